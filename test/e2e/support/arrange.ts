import type { E2EBackend } from './workerBackend';
import type { Channel, RequestOf, ResponseOf } from '../../../contract';

/**
 * Calls the real back end directly, to arrange what happened before the story of a test starts.
 * Takes the fixture (not its back end) so it keeps working after `app.restart()`.
 */
export function given(app: { backend: E2EBackend }) {
  return function call<C extends Channel>(channel: C, request: RequestOf<C>): ResponseOf<C> {
    const result = app.backend.dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
    return result.data as ResponseOf<C>;
  };
}
