import type { Bridge, Result } from '../contract';

/**
 * What the preload exposes as `window.api`, built from plain inputs so it is unit-tested without
 * Electron. Unknown channels are answered locally: the main process never sees them.
 */
export function createBridge(allowedChannels: readonly string[], send: (channel: string, payload: unknown) => Promise<unknown>): Bridge {
  const allowed = new Set(allowedChannels);
  return Object.freeze({
    invoke(channel: string, payload: unknown): Promise<Result<unknown>> {
      if (typeof channel !== 'string' || !allowed.has(channel)) {
        const name = typeof channel === 'string' ? channel : `(${typeof channel})`;
        return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Onbekend verzoek: ${name}.` } });
      }
      // The main process answers every call with a Result; a rejection means the call never got
      // there (refused or the app is closing), which the renderer should see as a Result too.
      return send(channel, payload).then(
        (result) => result as Result<unknown>,
        (): Result<unknown> => ({
          ok: false,
          error: { code: 'internal', message: 'Wijkoverleg kon dit verzoek niet verwerken. Probeer het opnieuw.' },
        }),
      );
    },
  });
}
