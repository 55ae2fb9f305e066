import { keepPreviousData, useQuery as useTanStackQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, RequestOf, ResponseOf } from '../../../contract';
import { ApiCallError, call, messageOf } from './client';
import { queryKey } from './queryClient';

export interface Query<T> {
  data: T | undefined;
  /** The Dutch message of a failed read. */
  error: string | null;
  /** Per-field messages of a refused request (e.g. an impossible period). */
  errorFields: Record<string, string>;
  loading: boolean;
  /** Replace the data locally after a command returned the new state (no extra round trip). */
  set: (data: T) => void;
  /** Change the data as it is now in the cache (which may be newer than this render's `data`). */
  update: (change: (current: T) => T) => void;
}

/**
 * Reads one query channel through TanStack Query, keyed by channel and request. It is refreshed
 * when a command changes what the channel reads (see `reads`/`changes` in contract/channels and
 * api/client.ts), and only then. While another request loads, the previous data stays on screen.
 */
export function useQuery<C extends Channel>(channel: C, request: RequestOf<C>, options: { enabled?: boolean } = {}): Query<ResponseOf<C>> {
  const client = useQueryClient();
  const key = queryKey(channel, request);
  const query = useTanStackQuery({
    queryKey: key,
    queryFn: () => call(channel, request),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
  });
  return {
    data: query.data,
    error: query.error ? messageOf(query.error) : null,
    errorFields: query.error instanceof ApiCallError ? query.error.fields : {},
    loading: query.isPending,
    set: (data) => client.setQueryData(key, data),
    update: (change) => client.setQueryData<ResponseOf<C>>(key, (current) => (current === undefined ? current : change(current))),
  };
}
