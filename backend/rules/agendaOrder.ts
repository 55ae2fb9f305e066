/** Where an item ends up: a target index (clamped) or one step up/down. */
export function targetIndex(length: number, from: number, move: { toIndex?: number; direction?: 'up' | 'down' }): number {
  const raw = move.toIndex ?? (move.direction === 'up' ? from - 1 : from + 1);
  return Math.min(Math.max(raw, 0), length - 1);
}

/** The list with the element at `from` moved to `to`. */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved as T);
  return copy;
}
