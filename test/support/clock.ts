/** A clock the test moves by hand, for timers and "today". */
export interface TestClock {
  now: () => Date;
  set(iso: string): void;
  advance(seconds: number): void;
}

export function createClock(startIso = '2026-11-22T09:00:00Z'): TestClock {
  let current = new Date(startIso).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (seconds) => {
      current += seconds * 1000;
    },
  };
}
