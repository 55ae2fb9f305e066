import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../contract';
import { createBridge } from './bridge';

// Runs sandboxed: this file is bundled into one script that requires nothing but 'electron'.
// The channel list is injected at build time (see scripts/build-electron.mjs) so the contract's
// schemas (and zod) stay out of the preload; the main process validates every request anyway.

const api: Bridge = createBridge(__CHANNEL_NAMES__, (channel, payload) => ipcRenderer.invoke(channel, payload));

contextBridge.exposeInMainWorld('api', api);
