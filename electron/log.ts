import { inspect } from 'node:util';
import { appendFileSync, mkdirSync } from 'node:fs';
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

export function createLogger(file: () => string | null, now: () => Date = () => new Date()): Logger {
  const write = (line: string) => {
    const target = file();
    if (!target) return;
    try {
      mkdirSync(path.dirname(target), { recursive: true });
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
