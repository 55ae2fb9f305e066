import type { Result } from '../contract';
import { isAppUrl } from './app-url';

/**
 * The main-process side of every IPC channel: only our own page may call the back end, and no
 * exception may cross the boundary as anything but a Dutch Result. Free of Electron imports so
 * it is unit-tested with a fake event.
 */

/** The part of IpcMainInvokeEvent we rely on. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** Synchronous or not: document exports answer with a promise (ipcMain.handle awaits it). */
export type Dispatch = (channel: string, payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

export interface IpcLog {
  error(message: string, error?: unknown): void;
}

export const INTERNAL_ERROR_MESSAGE =
  'Er ging onverwacht iets mis. Er is niets gewijzigd; probeer het opnieuw. Blijft dit gebeuren, start Wijkoverleg dan opnieuw.';

export class ForeignSenderError extends Error {
  constructor(readonly channel: string) {
    super('Verzoek geweigerd: het komt niet van Wijkoverleg zelf.');
    this.name = 'ForeignSenderError';
  }
}

function senderUrl(event: InvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // The frame may already be gone (navigated or destroyed); then we cannot vouch for it.
    return null;
  }
}

export function createIpcHandler(dispatch: Dispatch, log: IpcLog) {
  return (channel: string, event: InvokeEventLike, payload: unknown): Result<unknown> | Promise<Result<unknown>> => {
    const url = senderUrl(event);
    if (!isAppUrl(url)) {
      log.error(`Rejected IPC "${channel}" from ${url === null ? 'an unknown frame' : JSON.stringify(url.slice(0, 200))}`);
      // Throwing rejects the caller's promise: a foreign page gets no Result to learn from.
      throw new ForeignSenderError(channel);
    }
    const unexpected = (error: unknown): Result<unknown> => {
      // Never log the payload: it holds residents' personal data.
      log.error(`IPC "${channel}" failed unexpectedly`, error);
      return { ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } };
    };
    try {
      const result = dispatch(channel, payload);
      return result instanceof Promise ? result.catch(unexpected) : result;
    } catch (error) {
      return unexpected(error);
    }
  };
}
