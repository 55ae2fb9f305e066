import { channels, type ApiError, type Bridge, type Channel, type RequestOf, type ResponseOf } from '../../../contract';
import { invalidateAfter } from './queryClient';

declare global {
  interface Window {
    /** Put there by the Electron preload, or by the test / dev-web bridge. Never by the renderer itself. */
    api?: Bridge;
  }
}

/** A failed call, carrying the back end's Dutch message and per-field messages. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
  get fields(): Record<string, string> {
    return this.error.fields ?? {};
  }
}

const NO_BRIDGE: ApiError = {
  code: 'internal',
  message: 'Wijkoverleg kan zijn gegevens niet bereiken. Start de app opnieuw.',
};

/**
 * Typed call of one contract channel. Resolves with the data or throws ApiCallError. After a
 * command, the queries that read what it changed (its `changes` in the contract) are refreshed;
 * screens read through useQuery, so they follow without listening for anything themselves.
 */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  if (!window.api) throw new ApiCallError(NO_BRIDGE);
  let result;
  try {
    result = await window.api.invoke(channel, request);
  } catch {
    throw new ApiCallError({ code: 'internal', message: 'De verbinding met de gegevensopslag is verbroken. Er is mogelijk niets opgeslagen.' });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  const def = channels[channel];
  if (def.kind === 'command') void invalidateAfter(def.changes);
  return result.data as ResponseOf<C>;
}

export const messageOf = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : 'Er ging iets onverwachts mis. Probeer het opnieuw.';
