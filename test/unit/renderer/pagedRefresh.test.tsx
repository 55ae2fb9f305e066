// @vitest-environment happy-dom
import { createElement, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../contract';
import { call } from '../../../renderer/src/api/client';
import { queryClient } from '../../../renderer/src/api/queryClient';
import { usePagedQuery } from '../../../renderer/src/api/usePagedQuery';

const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client: queryClient }, children);

/**
 * A window of a paged overview (Overleggen here) follows a command that changed what it shows,
 * also when the clock stands still (as in the E2E tests, which fix "now"): the table re-renders
 * on `version`, which must change with every answer.
 */
describe('usePagedQuery after a command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    cleanup();
    queryClient.clear();
    delete window.api;
  });
  it('gives the changed row and a new version, with a clock that stands still', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-22T10:00:00Z'));
    let place = 'Buurthuis De Molen';
    window.api = {
      invoke: (channel: string): Promise<Result<unknown>> =>
        Promise.resolve(channel === 'meeting:page' ? { ok: true, data: { rows: [{ id: 7, place }], offset: 0, total: 1, upcoming: 1 } } : { ok: true, data: {} }),
    };
    const hook = renderHook(() => usePagedQuery('meeting:page', { filter: {}, sort: { key: 'upcoming', dir: 'asc' } }), { wrapper });
    await waitFor(() => expect(hook.result.current.rowAt(0)?.place).toBe('Buurthuis De Molen'));
    const before = hook.result.current.version;
    place = 'Wijkcentrum De Wieken, zaal 2';
    await call('meeting:update', { id: 7, date: '2027-01-19', startTime: '19:30', endTime: '21:30', place, chairId: null, secretaryId: null });
    await waitFor(() => expect(hook.result.current.rowAt(0)?.place).toBe(place));
    expect(hook.result.current.version).not.toBe(before);
  });
});
