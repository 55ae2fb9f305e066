import { inspect } from 'node:util';
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Minimal main-process log: console for development, a file for support on users' machines
 * (a packaged app has no visible console). Callers pass messages without personal data.
 */
export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export function formatLogLine(level: 'INFO' | 'ERROR', message: string, error: unknown, now: Date): string {
  const detail = error === undefined ? '' : ` :: ${error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : typeof error === 'string' ? error : inspect(error)}`;
  return `${now.toISOString()} ${level} ${message}${detail}\n`;
}

/** Size cap per log file and how many older files are kept: main.log, main.1.log … main.3.log (4 MB at most). */
export const LOG_ROTATION = { maxBytes: 1024 * 1024, keep: 3 } as const;

const numbered = (file: string, n: number): string => {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.${n}${ext}`;
};

/** Shifts main.log → main.1.log → … when the next line would pass the cap; the oldest falls off. */
export function rotateLog(file: string, incomingBytes: number, rotation: { maxBytes: number; keep: number } = LOG_ROTATION): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // no file yet
  }
  if (size + incomingBytes <= rotation.maxBytes) return;
  rmSync(numbered(file, rotation.keep), { force: true });
  for (let n = rotation.keep - 1; n >= 1; n--) {
    try {
      renameSync(numbered(file, n), numbered(file, n + 1));
    } catch {
      // that one did not exist
    }
  }
  renameSync(file, numbered(file, 1));
}

export function createLogger(file: () => string | null, now: () => Date = () => new Date(), rotation: { maxBytes: number; keep: number } = LOG_ROTATION): Logger {
  const write = (line: string) => {
    const target = file();
    if (!target) return;
    try {
      mkdirSync(path.dirname(target), { recursive: true });
      rotateLog(target, Buffer.byteLength(line), rotation);
      appendFileSync(target, line, 'utf8');
    } catch {
      // Logging must never take the app down; the console still has the line.
    }
  };
  return {
    error(message, error) {
      const line = formatLogLine('ERROR', message, error, now());
      console.error(line.trimEnd());
      write(line);
    },
    info(message) {
      const line = formatLogLine('INFO', message, undefined, now());
      console.log(line.trimEnd());
      write(line);
    },
  };
}
