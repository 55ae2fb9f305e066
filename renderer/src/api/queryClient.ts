import { QueryClient } from '@tanstack/react-query';
import { channels, isChannel, type Channel, type RequestOf } from '../../../contract';
import { isStaleAfter, type Topic } from '../../../contract/channel';

/**
 * The renderer's server state (TanStack Query). Data changes only through this app's own
 * commands, which say what they changed, so nothing is refetched on focus, reconnect or a timer,
 * and a failed read is shown at once rather than retried.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });

export const queryClient = createQueryClient();

/** Every query is keyed by its channel and request, so a command can find the ones it made stale. */
export const queryKey = <C extends Channel>(channel: C, request: RequestOf<C>) => [channel, request] as const;

/**
 * After a command: refetch exactly the mounted queries that read what it changed (the others are
 * marked stale and load fresh when shown again).
 */
export function invalidateAfter(changes: readonly Topic[], client: QueryClient = queryClient): Promise<void> {
  return client.invalidateQueries({
    predicate: (query) => {
      const channel = query.queryKey[0];
      return isChannel(channel) && isStaleAfter(channels[channel], changes);
    },
  });
}
