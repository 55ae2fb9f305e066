import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Remembering the window between sessions. The pure part (validate what was stored, decide where
 * the window may go on today's displays) is separate from the tiny file I/O so both are testable
 * without Electron.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export interface Display {
  workArea: Rect;
}

export interface WindowPlacement {
  /** Absent when the window should be centred by the OS. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  isMaximized: boolean;
}

export const MIN_SIZE = { width: 1024, height: 700 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

// The window's top strip (title bar) must lie on a display by at least this much, or the user
// could not grab it to move the window back.
const TITLE_BAR_HEIGHT = 40;
const MIN_VISIBLE_GRIP = { width: 160, height: 20 } as const;

const isFiniteInt = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && Number.isInteger(value);

/** Accepts only a well-formed stored state; anything else (old format, hand-edited, corrupt) means "use defaults". */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, isMaximized } = raw as { bounds?: unknown; isMaximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteInt(x) || !isFiniteInt(y) || !isFiniteInt(width) || !isFiniteInt(height)) return null;
  if (width <= 0 || height <= 0 || width > 100_000 || height > 100_000) return null;
  return { bounds: { x, y, width, height }, isMaximized: isMaximized === true };
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

/** True when the window's title-bar area is on some display, so the user can reach it. */
export function isReachable(bounds: Rect, displays: readonly Display[]): boolean {
  const grip: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, TITLE_BAR_HEIGHT) };
  return displays.some((display) => {
    const visible = overlap(grip, display.workArea);
    return (
      visible !== null &&
      visible.width >= Math.min(MIN_VISIBLE_GRIP.width, grip.width) &&
      visible.height >= Math.min(MIN_VISIBLE_GRIP.height, grip.height)
    );
  });
}

function containingDisplay(bounds: Rect, displays: readonly Display[]): Display | undefined {
  let best: Display | undefined;
  let bestArea = 0;
  for (const display of displays) {
    const o = overlap(bounds, display.workArea);
    const area = o ? o.width * o.height : 0;
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

/**
 * Where to open the window: the stored bounds when still reachable on a current display (clamped
 * so the window fits that display), otherwise the default size centred on the primary display.
 * The minimum size never exceeds the work area, or small screens could not show the whole window.
 */
export function placeWindow(stored: WindowState | null, displays: readonly Display[], primary: Display): WindowPlacement {
  const home = stored && isReachable(stored.bounds, displays) ? containingDisplay(stored.bounds, displays) : undefined;
  const area = (home ?? primary).workArea;
  const minWidth = Math.min(MIN_SIZE.width, area.width);
  const minHeight = Math.min(MIN_SIZE.height, area.height);
  const fit = (size: number, min: number, max: number) => Math.max(min, Math.min(size, max));

  if (stored && home) {
    const width = fit(stored.bounds.width, minWidth, area.width);
    const height = fit(stored.bounds.height, minHeight, area.height);
    const x = fit(stored.bounds.x, area.x, area.x + area.width - width);
    const y = fit(stored.bounds.y, area.y, area.y + area.height - height);
    return { x, y, width, height, minWidth, minHeight, isMaximized: stored.isMaximized };
  }
  return {
    width: fit(DEFAULT_SIZE.width, minWidth, area.width),
    height: fit(DEFAULT_SIZE.height, minHeight, area.height),
    minWidth,
    minHeight,
    isMaximized: stored?.isMaximized ?? false,
  };
}

export function loadWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    // Missing or unreadable: first start, or a file we cannot trust. Defaults are fine.
    return null;
  }
}

/** Write-then-rename, so a crash mid-write never leaves a half file that would reset the window. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(temp, file);
}

/** Calls `fn` once things have been quiet for `ms`; `flush` runs a pending call now. */
export function debounce(fn: () => void, ms: number): { schedule(): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, ms);
    },
    flush() {
      if (!timer) return;
      clearTimeout(timer);
      timer = undefined;
      fn();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
