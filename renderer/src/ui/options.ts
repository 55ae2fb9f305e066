import type { Option } from './fields';

/** Select options from a value → Dutch label map exported by the contract. */
export const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Select options from records with an id and a name (wijken, organisations, buurten); none while they load. */
export const namedOptions = (records: readonly { id: number; name: string }[] | undefined): Option[] =>
  (records ?? []).map((r) => ({ value: String(r.id), label: r.name }));
