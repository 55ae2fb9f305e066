import { z } from 'zod';
import { channels, isAsyncChannel, isChannel, DomainError, type ApiError, type Channel, type Result } from '../contract';
import type { BackendContext } from './context';
import { handlers } from './handlers';
import { constraintError } from '../db/errors';
import { stampAudit } from './privacy/audit';
import { afterCommit } from './privacy/purge';
import { echo } from '../contract/locale';
import { storageFaultMessage } from '../domain/storage';
import { storageFaultOf } from './storage/faults';

/**
 * Commands that manage their transactions themselves: a backup reads the database through the
 * backup API (not inside a write transaction of its own connection), a restore closes and reopens
 * it, and undo commits dropping a step that can no longer be applied before it reports the conflict.
 */
const OWN_TRANSACTION = new Set<string>(['backup:create', 'backup:restore', 'undo:last']);

/** What still works while the database file is damaged: saying so, and restoring a backup. */
const WHILE_DAMAGED = new Set<string>(['app:info', 'backup:list', 'backup:restore']);

export interface DispatchOptions {
  /** Check responses against the contract too: on in tests and dev, to catch drift early. */
  validateResponses?: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
  /** A storage fault (read-only, disk full, locked, damaged): the user gets a Dutch message, the log the details. */
  onStorageError?: (channel: string, error: unknown) => void;
}

/** Synchronous channels only: what most tests and the seeders call. */
export type Dispatch = (channel: string, payload: unknown) => Result<unknown>;
/** Every channel, the asynchronous ones (document exports) included: what hosts call. */
export type Invoke = (channel: string, payload: unknown) => Promise<Result<unknown>>;

const INTERNAL_MESSAGE = 'Er ging iets mis bij het opslaan. Er is niets gewijzigd; probeer het opnieuw.';

/**
 * The one entry point for every host (Electron IPC, the dev web host, the E2E bridge): validate
 * the request against the contract, run the handler (a query read-only), and return a Result. Nothing is written
 * when validation fails, because handlers only ever see parsed requests.
 */
export function createDispatcher(ctx: BackendContext, options: DispatchOptions = {}): Dispatch {
  const run = createRunner(ctx, options);
  return (name, payload) => {
    if (isChannel(name) && isAsyncChannel(name)) {
      return fail({ code: 'internal', message: `${String(name)} wordt asynchroon beantwoord; gebruik invoke.` });
    }
    return run(name, payload) as Result<unknown>;
  };
}

/** Like createDispatcher, for every channel: asynchronous ones (document exports) resolve when done. */
export function createInvoker(ctx: BackendContext, options: DispatchOptions = {}): Invoke {
  const run = createRunner(ctx, options);
  return (name, payload) => Promise.resolve(run(name, payload));
}

function createRunner(ctx: BackendContext, options: DispatchOptions) {
  const failure = (name: string, error: unknown): Result<never> => {
    if (error instanceof DomainError) return fail(error.toApiError());
    if (error instanceof z.ZodError) return fail(validationError(error));
    const constraint = constraintError(error);
    if (constraint) return fail(constraint.toApiError());
    const fault = storageFaultOf(error, ctx.databasePath) ?? (isReadOnlyRefusal(error) && ctx.storage.isOpen && ctx.db.readonly ? 'readonly_file' : null);
    if (fault) {
      // A transaction that failed is rolled back whole: what was saved before is intact.
      options.onStorageError?.(name, error);
      if (fault === 'corrupt') ctx.storage.markDamaged(error);
      const seconds = Math.max(1, Math.round(ctx.storage.busyTimeoutMs / 1000));
      return fail({ code: 'storage', message: storageFaultMessage(fault, 'write', { lockWaitSeconds: seconds }) });
    }
    options.onInternalError?.(name, error);
    return fail({ code: 'internal', message: INTERNAL_MESSAGE });
  };
  const success = (name: Channel, data: unknown): Result<unknown> => {
    // Who and when for what the audit triggers recorded during this command.
    if (channels[name].kind !== 'query') {
      stampAudit(ctx);
      afterCommit(ctx.db);
    }
    if (options.validateResponses) channels[name].response.parse(data);
    return { ok: true, data };
  };

  /** Validates and runs; an asynchronous handler's promise is passed on. */
  return (name: string, payload: unknown): Result<unknown> | Promise<Result<unknown>> => {
    if (!isChannel(name)) return fail({ code: 'unknown_channel', message: `Onbekend verzoek: ${echo(String(name))}.` });
    if (!ctx.storage.isOpen && !WHILE_DAMAGED.has(name)) {
      return fail({ code: 'storage', message: ctx.storage.problem()?.message ?? storageFaultMessage('unavailable', 'startup') });
    }
    const parsed = channels[name].request.safeParse(payload ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));
    try {
      const handler = handlers[name] as (c: BackendContext, r: unknown) => unknown;
      const def = channels[name];
      // An asynchronous query reads before its first await, so read-only covers all its reading.
      const data =
        def.kind === 'query'
          ? readOnly(ctx, () => handler(ctx, parsed.data))
          : OWN_TRANSACTION.has(name) || isAsyncChannel(name)
            ? handler(ctx, parsed.data)
            : // One IMMEDIATE transaction per command: the write lock is taken first, where busy_timeout
              // waits for it (a deferred transaction that reads and then writes fails at once with
              // SQLITE_BUSY while another program holds the lock), and a failure leaves nothing half-written.
              ctx.db.transaction(() => handler(ctx, parsed.data)).immediate();
      if (isAsyncChannel(name)) {
        return (data as Promise<unknown>).then(
          (value) => {
            try {
              return success(name, value);
            } catch (error) {
              return failure(name, error);
            }
          },
          (error: unknown) => failure(name, error),
        );
      }
      return success(name, data);
    } catch (error) {
      return failure(name, error);
    }
  };
}

/**
 * Queries never write: a query runs in a read transaction that is always rolled back, and one that
 * changed a row fails (an internal error: a bug, caught by every test that calls it) with nothing
 * kept. It also gives the query one consistent picture. SQLite's query_only switch would refuse the
 * write itself, but switching it expires every prepared statement, so each query would compile its
 * statements again (measured: a third of a meeting read).
 */
function readOnly<T>(ctx: BackendContext, read: () => T): T {
  // No connection (a damaged file): the few queries allowed then do not touch the database.
  if (!ctx.storage.isOpen) return read();
  const db = ctx.db;
  const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const before = changes();
  db.prepare('BEGIN').run();
  try {
    const result = read();
    if (changes() !== before) throw new Error('A query changed the database; its changes are rolled back.');
    return result;
  } finally {
    // A failed statement may have ended the transaction already.
    if (db.inTransaction) db.prepare('ROLLBACK').run();
  }
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

const isReadOnlyRefusal = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
};

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = echo(issue.path.map(String).join('.')) || '_';
    fields[key] ??= issue.message;
  }
  const messages = Object.values(fields);
  const [only] = messages;
  const message = messages.length === 1 && only !== undefined ? only : `Controleer de invoer: ${messages.length} velden kloppen niet.`;
  return { code: 'validation', message, fields };
}

export type { Channel };
