// @vitest-environment happy-dom
import { createElement, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type Channel, type Result } from '../../../contract';
import { call } from '../../../renderer/src/api/client';
import { createQueryClient, invalidateAfter, queryClient, queryKey } from '../../../renderer/src/api/queryClient';
import { useQuery } from '../../../renderer/src/api/useQuery';

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

/**
 * The bridge as the preload puts it there, answering every channel and counting the calls per
 * channel and request: what the back end would see.
 */
function countingBridge(refuse: readonly string[] = []) {
  const calls = new Map<string, number>();
  window.api = {
    invoke: (channel: string, payload: unknown): Promise<Result<unknown>> => {
      const key = `${channel} ${JSON.stringify(payload)}`;
      calls.set(key, (calls.get(key) ?? 0) + 1);
      if (refuse.includes(channel)) return Promise.resolve({ ok: false, error: { code: 'validation', message: 'Controleer de invoer.' } });
      return Promise.resolve({ ok: true, data: { channel, payload } });
    },
  };
  return (channel: Channel, payload: unknown) => calls.get(`${channel} ${JSON.stringify(payload)}`) ?? 0;
}

const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: queryClient }, children);

/** Screens as they are mounted: two meetings open (a tab each would be the same) and the people list. */
function mountScreens() {
  const meeting1 = renderHook(() => useQuery('meeting:get', { id: 1 }), { wrapper });
  const meeting2 = renderHook(() => useQuery('meeting:get', { id: 2 }), { wrapper });
  const people = renderHook(() => useQuery('person:list', {}), { wrapper });
  return { meeting1, meeting2, people };
}

describe('the query layer in use: call() after a command refetches exactly the mounted queries it made stale', () => {
  beforeEach(() => queryClient.clear());
  afterEach(() => {
    cleanup();
    queryClient.clear();
    delete window.api;
  });

  it('a notes autosave refetches each open meeting once, and not the people list', async () => {
    const calls = countingBridge();
    const screens = mountScreens();
    await waitFor(() => expect(screens.people.result.current.data).toBeDefined());
    await waitFor(() => expect(screens.meeting2.result.current.data).toBeDefined());
    expect(calls('meeting:get', { id: 1 })).toBe(1);

    await call('agenda:updateItem', { id: 5, notes: 'Buurtbewoners bellen vaker over de speeltuin.' });
    await waitFor(() => expect(calls('meeting:get', { id: 1 })).toBe(2));
    await waitFor(() => expect(calls('meeting:get', { id: 2 })).toBe(2));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(calls('meeting:get', { id: 1 })).toBe(2);
    expect(calls('person:list', {})).toBe(1);
    expect(queryClient.getQueryState(queryKey('person:list', {}))?.isInvalidated).toBe(false);
  });

  it('a query that is not on screen is only marked stale, and read when it is shown again', async () => {
    const calls = countingBridge();
    queryClient.setQueryData(queryKey('meeting:list', {}), []);
    await call('agenda:updateItem', { id: 5, notes: 'Gesprek met de woningcorporatie gepland.' });
    await waitFor(() => expect(queryClient.getQueryState(queryKey('meeting:list', {}))?.isInvalidated).toBe(true));
    expect(calls('meeting:list', {})).toBe(0);
    renderHook(() => useQuery('meeting:list', {}), { wrapper });
    await waitFor(() => expect(calls('meeting:list', {})).toBe(1));
  });

  it('a read, or a command the back end refuses, makes nothing stale', async () => {
    const calls = countingBridge(['agenda:updateItem']);
    const screens = mountScreens();
    await waitFor(() => expect(screens.meeting1.result.current.data).toBeDefined());
    await call('person:list', {});
    await expect(call('agenda:updateItem', { id: 5, notes: '' })).rejects.toThrow('Controleer de invoer.');
    expect(queryClient.getQueryState(queryKey('meeting:get', { id: 1 }))?.isInvalidated).toBe(false);
    expect(calls('meeting:get', { id: 1 })).toBe(1);
  });
});
