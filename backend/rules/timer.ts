/** Seconds of the running turn of an agenda item (0 when it is not current). */
export function runningSeconds(currentSince: string | null, now: Date): number {
  if (!currentSince) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(currentSince)) / 1000));
}

/** Time spent on an item so far: finished turns plus the running one. */
export const elapsedSeconds = (item: { spentSeconds: number; currentSince: string | null }, now: Date): number =>
  item.spentSeconds + runningSeconds(item.currentSince, now);
