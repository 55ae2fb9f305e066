import type { ApiError, Bridge, Channel, RequestOf, ResponseOf } from '../../../contract';

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

/** Typed call of one contract channel. Resolves with the data or throws ApiCallError. */
export async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  if (!window.api) throw new ApiCallError(NO_BRIDGE);
  let result;
  try {
    result = await window.api.invoke(channel, request);
  } catch {
    throw new ApiCallError({ code: 'internal', message: 'De verbinding met de gegevensopslag is verbroken. Er is mogelijk niets opgeslagen.' });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  notifyChange(channel);
  return result.data as ResponseOf<C>;
}

/** Screens that show derived data (counts, names) listen here to refresh after another screen wrote. */
const listeners = new Set<(channel: Channel) => void>();
export function onDataChanged(listener: (channel: Channel) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const isWrite = (channel: Channel) => !/:(get|list|info|page|summary|query)$/.test(channel) && !channel.startsWith('report:') && !channel.includes(':export');
function notifyChange(channel: Channel): void {
  if (isWrite(channel)) for (const l of listeners) l(channel);
}

export const messageOf = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : 'Er ging iets onverwachts mis. Probeer het opnieuw.';
