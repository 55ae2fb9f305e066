import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../contract';
import { call, messageOf, onDataChanged } from './client';

/** Rows are fetched in blocks of this many: a screenful and a half. */
export const BLOCK = 60;

type PagedChannel = 'action:page' | 'signal:page';
type PageOf<C extends PagedChannel> = ResponseOf<C>;
type RowOf<C extends PagedChannel> = PageOf<C>['rows'][number];
type QueryOf<C extends PagedChannel> = Omit<RequestOf<C>, 'offset' | 'limit'>;

export interface PagedQuery<C extends PagedChannel> {
  /** Rows in the filtered list, once known. */
  total: number | null;
  /** The last page answered: its totals (open, overdue, confidential…). */
  summary: Omit<PageOf<C>, 'rows'> | null;
  error: string | null;
  /** The row at this position of the sorted list, if its block has arrived. */
  rowAt(index: number): RowOf<C> | undefined;
  /** The table shows rows first..last: fetch the blocks that are missing. */
  showRange(first: number, last: number): void;
  /** Bumped when rows arrive, so the table renders again. */
  version: number;
}

/**
 * A long list the back end filters, sorts and pages: only the blocks of rows the table shows are
 * fetched. A new filter or sort starts afresh; the answer to an older one is dropped. While a
 * block is being fetched, a newer request for the same block waits for it (typing in the search
 * box sends at most one request at a time, the latest text winning), so fast typing never queues
 * a request per keystroke. After any write elsewhere the blocks on screen are fetched again.
 */
export function usePagedQuery<C extends PagedChannel>(channel: C, query: QueryOf<C>): PagedQuery<C> {
  const key = JSON.stringify(query);
  const [state, setState] = useState<{ key: string; total: number | null; summary: Omit<PageOf<C>, 'rows'> | null; error: string | null; version: number }>({
    key,
    total: null,
    summary: null,
    error: null,
    version: 0,
  });
  const blocks = useRef(new Map<number, RowOf<C>[]>());
  const loading = useRef(new Set<number>());
  /** Blocks shown until their fresh copy arrives (after a write elsewhere). */
  const stale = useRef(new Set<number>());
  const keyRef = useRef(key);
  const range = useRef<[number, number]>([0, BLOCK - 1]);
  const busy = useRef(false);
  const pending = useRef(false);

  const fetchBlock = useCallback(
    async (block: number, requestKey: string): Promise<void> => {
      const request = { ...(JSON.parse(requestKey) as object), offset: block * BLOCK, limit: BLOCK } as RequestOf<C>;
      try {
        const page = (await call(channel, request)) as PageOf<C>;
        if (keyRef.current !== requestKey) return;
        const { rows, ...summary } = page;
        blocks.current.set(block, rows as RowOf<C>[]);
        stale.current.delete(block);
        setState((s) => (s.key === requestKey ? { ...s, total: page.total, summary: summary as Omit<PageOf<C>, 'rows'>, error: null, version: s.version + 1 } : s));
      } catch (e) {
        if (keyRef.current === requestKey) setState((s) => ({ ...s, error: messageOf(e) }));
      } finally {
        loading.current.delete(block);
      }
    },
    [channel],
  );

  /** Fetches the missing blocks of the shown range, one request in flight at a time. */
  const fill = useCallback(async () => {
    if (busy.current) {
      pending.current = true;
      return;
    }
    busy.current = true;
    try {
      do {
        pending.current = false;
        const requestKey = keyRef.current;
        const [first, last] = range.current;
        for (let block = Math.floor(first / BLOCK); block <= Math.floor(last / BLOCK); block++) {
          if (keyRef.current !== requestKey) break;
          if ((blocks.current.has(block) && !stale.current.has(block)) || loading.current.has(block)) continue;
          loading.current.add(block);
          await fetchBlock(block, requestKey);
        }
      } while (pending.current);
    } finally {
      busy.current = false;
    }
  }, [fetchBlock]);

  // A new filter or sort: forget every block and start at the top.
  useEffect(() => {
    keyRef.current = key;
    blocks.current = new Map();
    loading.current = new Set();
    stale.current = new Set();
    range.current = [0, BLOCK - 1];
    setState({ key, total: null, summary: null, error: null, version: 0 });
    void fill();
  }, [key, fill]);

  // Something changed elsewhere: fetch what is on screen again (totals included).
  useEffect(
    () =>
      onDataChanged(() => {
        stale.current = new Set(blocks.current.keys());
        void fill();
      }),
    [fill],
  );

  const showRange = useCallback(
    (first: number, last: number) => {
      range.current = [first, last];
      void fill();
    },
    [fill],
  );
  const rowAt = useCallback((index: number) => blocks.current.get(Math.floor(index / BLOCK))?.[index % BLOCK], []);

  const current = state.key === key;
  return {
    total: current ? state.total : null,
    summary: current ? state.summary : null,
    error: current ? state.error : null,
    rowAt,
    showRange,
    version: state.version,
  };
}
