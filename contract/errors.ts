/**
 * The error half of every response. Messages are Dutch because the renderer shows them as-is;
 * `fields` maps a request path ("email", "buurten.2.naam") to the message for that field.
 */
/** 'storage': the database file could not be written or read (read-only, disk full, locked, damaged). */
export type ApiErrorCode = 'validation' | 'not_found' | 'conflict' | 'unknown_channel' | 'internal' | 'storage';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by handlers for expected failures; the dispatcher turns it into `{ ok: false }`. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} bestaat niet (meer).`);

/**
 * A record the caller just wrote or checked must be there. Instead of a `!` that would crash
 * with a TypeError, a vanished record fails the request with a Dutch message (and rolls back).
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw notFound(what);
  return value;
}
