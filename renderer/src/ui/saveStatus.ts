import { useSyncExternalStore } from 'react';

/** App-wide "is everything saved?" state, shown in the header so the chair can trust autosave. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

let state: SaveState = { kind: 'idle' };
let pending = 0;
const listeners = new Set<() => void>();
const emit = (next: SaveState) => {
  state = next;
  listeners.forEach((l) => l());
};

export async function trackSave<T>(work: () => Promise<T>): Promise<T> {
  pending++;
  emit({ kind: 'saving' });
  try {
    const result = await work();
    pending--;
    if (pending === 0) emit({ kind: 'saved', at: new Date() });
    return result;
  } catch (error) {
    pending--;
    emit({ kind: 'error', message: error instanceof Error ? error.message : 'Niet opgeslagen.' });
    throw error;
  }
}

export function useSaveState(): SaveState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
