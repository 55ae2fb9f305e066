import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { RequestOf, ResponseOf } from '../../../contract';
import { call, messageOf } from './client';
import { queryKey } from './queryClient';

/** Rows are fetched in blocks of this many: a screenful and a half. */
export const BLOCK = 60;

type PagedChannel = 'action:page' | 'signal:page' | 'meeting:page';
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
  rowAt: (index: number) => RowOf<C> | undefined;
  /** The table shows rows first..last: fetch the blocks that are missing. */
  showRange: (first: number, last: number) => void;
  /** Changes when rows arrive, so the table renders again. */
  version: number;
  /** The filter, search and sort the rows answer to: a new one starts the table at the top. */
  listKey: string;
}

const blockRequest = <C extends PagedChannel>(query: QueryOf<C>, block: number) => ({ ...query, offset: block * BLOCK, limit: BLOCK }) as RequestOf<C>;

/**
 * A long list the back end filters, sorts and pages: each block of rows the table shows is one
 * query of the renderer's query layer (keyed by channel and request), so a command that changes
 * what the channel reads refreshes exactly the blocks on screen, and blocks seen before come from
 * the cache. A new filter or sort waits until the request in flight has answered and then asks
 * for the latest one only: typing in the search box never queues a request per keystroke.
 */
export function usePagedQuery<C extends PagedChannel>(channel: C, query: QueryOf<C>): PagedQuery<C> {
  const client = useQueryClient();
  const wanted = JSON.stringify(query);
  const [active, setActive] = useState(wanted);
  const [range, setRange] = useState<{ key: string; first: number; last: number }>({ key: wanted, first: 0, last: BLOCK - 1 });
  const activeQuery = JSON.parse(active) as QueryOf<C>;
  const shown = range.key === active ? range : { first: 0, last: BLOCK - 1 };
  const blocks: number[] = [];
  for (let b = Math.floor(shown.first / BLOCK); b <= Math.floor(shown.last / BLOCK); b++) blocks.push(b);

  const results = useQueries({
    queries: blocks.map((block) => ({
      queryKey: queryKey(channel, blockRequest(activeQuery, block)),
      queryFn: (): Promise<PageOf<C>> => call(channel, blockRequest(activeQuery, block)),
    })),
  });
  const fetching = results.some((r) => r.isFetching);
  // The newest filter once nothing is in flight (the older answer is shown until then).
  useEffect(() => {
    if (active !== wanted && !fetching) setActive(wanted);
  }, [active, wanted, fetching]);

  // The totals stay while the blocks of a new window load (a table without a length would jump
  // back to the top); they go only with a new filter or sort.
  const fresh = results.find((r) => r.data !== undefined)?.data;
  const [kept, setKept] = useState<{ key: string; page: PageOf<C> } | null>(null);
  useEffect(() => {
    if (fresh && (kept?.key !== active || kept.page !== fresh)) setKept({ key: active, page: fresh });
  }, [fresh, active, kept]);
  const answered = fresh ?? (kept?.key === active ? kept.page : undefined);
  const failed = results.find((r) => r.error)?.error;
  const showRange = useCallback((first: number, last: number) => setRange({ key: active, first, last }), [active]);
  const rowAt = useCallback(
    (index: number) => {
      const page = client.getQueryData<PageOf<C>>(queryKey(channel, blockRequest(activeQuery, Math.floor(index / BLOCK))));
      const row: RowOf<C> | undefined = page?.rows[index % BLOCK];
      return row;
    },
    // activeQuery is parsed from `active`: the same text, the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, channel, active],
  );
  const summary = answered ? (({ rows: _rows, ...rest }) => rest)(answered) : null;
  return {
    total: answered ? answered.total : null,
    summary: summary as Omit<PageOf<C>, 'rows'> | null,
    error: failed ? messageOf(failed) : null,
    rowAt,
    showRange,
    listKey: active,
    // Counted as well as timed: with a clock that stands still (tests) or two answers in one
    // millisecond, the time alone would not change and the table would keep showing the old rows.
    version: results.reduce((sum, r, i) => sum + r.dataUpdatedAt + (client.getQueryState(queryKey(channel, blockRequest(activeQuery, blocks[i] ?? 0)))?.dataUpdateCount ?? 0), 0),
  };
}
