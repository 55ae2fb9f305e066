import { describe, expect, it, vi } from 'vitest';
import { channelNames, type Result } from '../../../contract';
import { createBridge } from '../../../electron/bridge';
import { ForeignSenderError, INTERNAL_ERROR_MESSAGE, createIpcHandler } from '../../../electron/ipc';

const fromApp = { senderFrame: { url: 'app://wijkoverleg/index.html' } };
const ok: Result<unknown> = { ok: true, data: { naam: 'Oost' } };

describe('IPC handler (main process)', () => {
  it('dispatches calls from our own page', () => {
    const dispatch = vi.fn(() => ok);
    const handle = createIpcHandler(dispatch, { error: vi.fn() });
    expect(handle('wijk:list', fromApp, { x: 1 })).toBe(ok);
    expect(dispatch).toHaveBeenCalledWith('wijk:list', { x: 1 });
  });

  it('refuses other senders without dispatching', () => {
    const dispatch = vi.fn(() => ok);
    const log = { error: vi.fn() };
    const handle = createIpcHandler(dispatch, log);
    for (const event of [
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'file:///tmp/x.html' } },
      { senderFrame: { url: 'app://other/index.html' } },
      { senderFrame: null },
      {
        get senderFrame(): { url: string } {
          throw new Error('Render frame was disposed');
        },
      },
    ]) {
      expect(() => handle('wijk:list', event, {})).toThrow(ForeignSenderError);
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(log.error).toHaveBeenCalledTimes(5);
  });

  it('turns unexpected exceptions into a Dutch Result and logs without the payload', () => {
    const log = { error: vi.fn() };
    const boom = new Error('SQLITE_BUSY');
    const handle = createIpcHandler(() => {
      throw boom;
    }, log);
    expect(handle('person:create', fromApp, { naam: 'Jan Jansen', email: 'jan@example.nl' })).toEqual({
      ok: false,
      error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE },
    });
    expect(log.error).toHaveBeenCalledWith('IPC "person:create" failed unexpectedly', boom);
    expect(JSON.stringify(log.error.mock.calls)).not.toContain('Jan Jansen');
  });

  it('passes on asynchronous answers (document exports) and turns their failures into a Dutch Result too', async () => {
    const log = { error: vi.fn() };
    const done = createIpcHandler(() => Promise.resolve(ok), log);
    await expect(done('verslag:export', fromApp, {})).resolves.toBe(ok);
    const boom = new Error('worker crashed');
    const failing = createIpcHandler(() => Promise.reject(boom), log);
    await expect(failing('verslag:export', fromApp, {})).resolves.toEqual({ ok: false, error: { code: 'internal', message: INTERNAL_ERROR_MESSAGE } });
    expect(log.error).toHaveBeenCalledWith('IPC "verslag:export" failed unexpectedly', boom);
  });
});

describe('preload bridge', () => {
  it('forwards known channels', async () => {
    const send = vi.fn(() => Promise.resolve(ok));
    const bridge = createBridge(channelNames, send);
    await expect(bridge.invoke('wijk:list', {})).resolves.toBe(ok);
    expect(send).toHaveBeenCalledWith('wijk:list', {});
  });

  it('answers unknown channels itself, in Dutch', async () => {
    const send = vi.fn(() => Promise.resolve(ok));
    const bridge = createBridge(channelNames, send);
    await expect(bridge.invoke('fs:readFile', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Onbekend verzoek: fs:readFile.' },
    });
    await expect(bridge.invoke('__proto__', {})).resolves.toMatchObject({ ok: false });
    await expect(bridge.invoke(42 as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(send).not.toHaveBeenCalled();
  });

  it('turns a refused call into a Result instead of a rejected promise', async () => {
    const bridge = createBridge(['wijk:list'], () => Promise.reject(new Error('refused')));
    await expect(bridge.invoke('wijk:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('is frozen', () => {
    const bridge = createBridge(channelNames, vi.fn());
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
