import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  debounce,
  isReachable,
  loadWindowState,
  parseWindowState,
  placeWindow,
  saveWindowState,
  type Display,
} from '../../../electron/window-state';

const laptop: Display = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const rightMonitor: Display = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const small: Display = { workArea: { x: 0, y: 0, width: 1280, height: 680 } };

describe('parseWindowState', () => {
  it('accepts what we store', () => {
    expect(parseWindowState({ bounds: { x: 10, y: 20, width: 1300, height: 900 }, isMaximized: true })).toEqual({
      bounds: { x: 10, y: 20, width: 1300, height: 900 },
      isMaximized: true,
    });
    expect(parseWindowState({ bounds: { x: -1910, y: 0, width: 1300, height: 900 } })).toMatchObject({ isMaximized: false });
  });

  it('rejects anything malformed', () => {
    for (const raw of [
      null,
      'x',
      42,
      [],
      {},
      { bounds: null },
      { bounds: { x: 1, y: 2, width: 3 } },
      { bounds: { x: '1', y: 2, width: 300, height: 300 } },
      { bounds: { x: 1.5, y: 2, width: 300, height: 300 } },
      { bounds: { x: Number.NaN, y: 2, width: 300, height: 300 } },
      { bounds: { x: 1, y: 2, width: 0, height: 300 } },
      { bounds: { x: 1, y: 2, width: 300, height: -5 } },
      { bounds: { x: 1, y: 2, width: 1e9, height: 300 } },
    ]) {
      expect(parseWindowState(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});

describe('isReachable', () => {
  it('needs the title bar on some display', () => {
    expect(isReachable({ x: 100, y: 100, width: 1200, height: 800 }, [laptop])).toBe(true);
    expect(isReachable({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop, rightMonitor])).toBe(true);
    expect(isReachable({ x: 2000, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
    // Title bar above the top edge: the window cannot be grabbed.
    expect(isReachable({ x: 100, y: -300, width: 1200, height: 800 }, [laptop])).toBe(false);
    // Only a sliver of the title bar visible at the right edge.
    expect(isReachable({ x: 1900, y: 100, width: 1200, height: 800 }, [laptop])).toBe(false);
  });
});

describe('placeWindow', () => {
  it('uses the defaults, centred, on first start', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      width: DEFAULT_SIZE.width,
      height: DEFAULT_SIZE.height,
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      isMaximized: false,
    });
  });

  it('restores the stored bounds when still visible', () => {
    const stored = { bounds: { x: 2100, y: 50, width: 1500, height: 1000 }, isMaximized: true };
    expect(placeWindow(stored, [laptop, rightMonitor], laptop)).toEqual({ ...stored.bounds, minWidth: 1024, minHeight: 700, isMaximized: true });
  });

  it('falls back to the primary display when the monitor is gone, keeping "maximized"', () => {
    const stored = { bounds: { x: 2100, y: 50, width: 1500, height: 1000 }, isMaximized: true };
    const placement = placeWindow(stored, [laptop], laptop);
    expect(placement.x).toBeUndefined();
    expect(placement).toMatchObject({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, isMaximized: true });
  });

  it('clamps size and position so the window fits its display', () => {
    const stored = { bounds: { x: 1000, y: 500, width: 3000, height: 2000 }, isMaximized: false };
    expect(placeWindow(stored, [laptop], laptop)).toEqual({ x: 0, y: 0, width: 1920, height: 1040, minWidth: 1024, minHeight: 700, isMaximized: false });

    const tooSmall = { bounds: { x: 10, y: 10, width: 400, height: 300 }, isMaximized: false };
    expect(placeWindow(tooSmall, [laptop], laptop)).toMatchObject({ width: 1024, height: 700 });

    const overhanging = { bounds: { x: 1500, y: 600, width: 1200, height: 800 }, isMaximized: false };
    expect(placeWindow(overhanging, [laptop], laptop)).toMatchObject({ x: 720, y: 240, width: 1200, height: 800 });
  });

  it('never demands a minimum size larger than the screen', () => {
    expect(placeWindow(null, [small], small)).toMatchObject({ width: 1280, height: 680, minWidth: 1024, minHeight: 680 });
  });
});

describe('window-state.json', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const tempFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wijkoverleg-window-'));
    dirs.push(dir);
    return join(dir, 'sub', 'window-state.json');
  };

  it('round-trips and tolerates missing or corrupt files', () => {
    const file = tempFile();
    expect(loadWindowState(file)).toBeNull();
    const state = { bounds: { x: 5, y: 6, width: 1100, height: 750 }, isMaximized: false };
    saveWindowState(file, state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(loadWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": 1', 'utf8');
    expect(loadWindowState(file)).toBeNull();
  });
});

describe('debounce', () => {
  it('runs once after quiet time, and flush runs a pending call immediately', () => {
    vi.useFakeTimers();
    try {
      const fn = vi.fn();
      const d = debounce(fn, 500);
      d.schedule();
      d.schedule();
      vi.advanceTimersByTime(499);
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(fn).toHaveBeenCalledTimes(1);

      d.schedule();
      d.flush();
      expect(fn).toHaveBeenCalledTimes(2);
      d.flush();
      vi.advanceTimersByTime(1000);
      expect(fn).toHaveBeenCalledTimes(2);

      d.schedule();
      d.cancel();
      vi.advanceTimersByTime(1000);
      expect(fn).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
