// Constants that scripts/build-electron.mjs injects with esbuild's `define`. Only the entry
// points (main.ts, preload.ts) may read them: the pure modules stay runnable under vitest.

/** package.json "version" at build time. */
declare const __APP_VERSION__: string;

/** `channelNames` from contract/, evaluated at build time so the sandboxed preload stays tiny. */
declare const __CHANNEL_NAMES__: readonly string[];
