import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, RequestOf, ResponseOf } from '../../../contract';
import { call, messageOf, onDataChanged } from './client';

export interface Query<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload(): Promise<void>;
  /** Replace the data locally after a write returned the new state (no extra round trip). */
  set(data: T): void;
}

/**
 * Loads one channel and reloads it whenever any write happens elsewhere in the app, so derived
 * values (counts, names in other lists) never go stale.
 */
export function useQuery<C extends Channel>(channel: C, request: RequestOf<C>, options: { enabled?: boolean } = {}): Query<ResponseOf<C>> {
  const [data, setData] = useState<ResponseOf<C>>();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(request);
  const keyRef = useRef(key);
  keyRef.current = key;
  const enabled = options.enabled ?? true;

  const reload = useCallback(async () => {
    if (!enabled) return;
    const requested = key;
    try {
      const result = await call(channel, JSON.parse(requested) as RequestOf<C>);
      if (keyRef.current === requested) {
        setData(result);
        setError(null);
      }
    } catch (e) {
      if (keyRef.current === requested) setError(messageOf(e));
    } finally {
      if (keyRef.current === requested) setLoading(false);
    }
  }, [channel, key, enabled]);

  useEffect(() => {
    setLoading(true);
    void reload();
    return onDataChanged(() => void reload());
  }, [reload]);

  return { data, error, loading, reload, set: setData };
}
