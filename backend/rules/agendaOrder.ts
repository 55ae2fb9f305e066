import { DEFAULT_AGENDA, REQUIRED_AGENDA_KINDS, type RequiredAgendaKind, type TemplateItem } from '../../contract/schemas/meetings';

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

/**
 * A stored template from before the required kinds were enforced may lack one. Each missing
 * standard item goes right after the required item before it in the standard agenda (or first),
 * so a new meeting never loses the place where carried-over work is shown.
 */
export function withRequiredKinds(items: readonly TemplateItem[]): TemplateItem[] {
  const result = [...items];
  let after = -1;
  for (const kind of Object.keys(REQUIRED_AGENDA_KINDS) as RequiredAgendaKind[]) {
    const at = result.findIndex((i) => i.kind === kind);
    if (at >= 0) {
      after = at;
      continue;
    }
    const standard = DEFAULT_AGENDA.find((i) => i.kind === kind)!;
    result.splice(after + 1, 0, { ...standard });
    after += 1;
  }
  return result;
}
