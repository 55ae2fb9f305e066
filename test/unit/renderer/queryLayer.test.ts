import { describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../../contract';
import { createQueryClient, invalidateAfter, queryKey } from '../../../renderer/src/api/queryClient';

/** A client holding one cached result per query channel, as if every screen had been opened. */
function clientWithEveryQuery() {
  const client = createQueryClient();
  const queries = (Object.keys(channels) as Channel[]).filter((c) => channels[c].kind === 'query');
  for (const channel of queries) client.setQueryData(queryKey(channel, {}), { cached: channel });
  const stale = () => queries.filter((c) => client.getQueryState(queryKey(c, {}))?.isInvalidated).sort();
  return { client, stale };
}

describe('the query layer: a command makes exactly the queries stale that read what it changed', () => {
  it('a notes autosave (agenda:updateItem) touches the meeting screen, not the lists of people or organisations', async () => {
    const { client, stale } = clientWithEveryQuery();
    const def = channels['agenda:updateItem'];
    expect(def.kind).toBe('command');
    if (def.kind !== 'command') return;
    await invalidateAfter(def.changes, client);
    expect(stale()).toContain('meeting:get');
    expect(stale()).toContain('meeting:list');
    expect(stale()).not.toContain('person:list');
    expect(stale()).not.toContain('organisation:list');
    expect(stale()).not.toContain('wijk:list');
  });

  it('renaming an organisation refreshes every query that shows organisation names, and nothing else', async () => {
    const { client, stale } = clientWithEveryQuery();
    await invalidateAfter(['organisation', 'attendance'], client);
    const expected = (Object.keys(channels) as Channel[])
      .filter((c) => {
        const def = channels[c];
        return def.kind === 'query' && def.reads.some((t) => t === 'organisation' || t === 'attendance');
      })
      .sort();
    expect(stale()).toEqual(expected);
    expect(stale()).not.toContain('template:get');
  });

  it('keys a query by channel and request, so two meetings are cached apart', () => {
    const client = createQueryClient();
    client.setQueryData(queryKey('meeting:get', { id: 1 }), 'een');
    client.setQueryData(queryKey('meeting:get', { id: 2 }), 'twee');
    expect(client.getQueryData(queryKey('meeting:get', { id: 1 }))).toBe('een');
    expect(client.getQueryData(queryKey('meeting:get', { id: 2 }))).toBe('twee');
  });
});
