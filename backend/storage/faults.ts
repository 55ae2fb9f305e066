import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { classifyStorageError, type StorageFault } from '../../domain/storage';
import { DamagedDatabaseError } from '../../db/health';
import { NewerDatabaseError } from '../../db/migrate';
import { WrongKeyError } from '../../db/encryption';

const writable = (target: string): boolean => {
  try {
    accessSync(target, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Which storage fault an error is, looking at the disk where SQLite's code is ambiguous: a file
 * SQLite cannot open or write is a read-only *folder* when the folder refuses writes (WAL needs
 * its -wal and -shm files there), and a read-only *file* when the file itself does.
 */
export function storageFaultOf(error: unknown, file?: string): StorageFault | null {
  if (error instanceof NewerDatabaseError) return 'newer_version';
  if (error instanceof DamagedDatabaseError) return 'corrupt';
  if (error instanceof WrongKeyError) return 'wrong_key';
  const code = (error as { code?: unknown } | null)?.code;
  const fault = classifyStorageError(typeof code === 'string' ? code : undefined);
  if (file && (fault === 'readonly_file' || fault === 'unavailable')) {
    const folder = path.dirname(file);
    if (existsSync(folder) && !writable(folder)) return 'readonly_folder';
    if (existsSync(file) && !writable(file)) return 'readonly_file';
    // SQLite says read-only while file and folder take writes: the connection itself refused
    // (a connection opened read-only that was asked to write) — a bug, not the disk.
    if (fault === 'readonly_file' && typeof code === 'string' && code.startsWith('SQLITE_') && existsSync(file)) return null;
  }
  return fault;
}

/** SQLite's own words for the "Technische details" part of a message. */
export const technicalDetail = (error: unknown): string => {
  if (error instanceof DamagedDatabaseError) return error.problems.slice(0, 10).join('\n');
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && /^(SQLITE_|E[A-Z]+$)/.test(code) ? `${code}: ${message}` : message;
};

/** A read-only file is not an error at start-up: the app opens it to read and says so. */
export const isReadOnlyFile = (file: string): boolean => existsSync(file) && !writable(file);
