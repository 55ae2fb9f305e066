import { useSyncExternalStore } from 'react';

/** Hash routing: works the same under app://, the E2E host and the dev web host. */
export interface Location {
  path: string;
  segments: string[];
}

const read = (): Location => {
  const path = window.location.hash.replace(/^#/, '') || '/';
  return { path, segments: path.split('/').filter(Boolean).map(decodeURIComponent) };
};

let current = read();
const listeners = new Set<() => void>();
window.addEventListener('hashchange', () => {
  current = read();
  listeners.forEach((l) => l());
});

export function useLocation(): Location {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export const href = (path: string): string => `#${path}`;
