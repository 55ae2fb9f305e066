import type { Option } from './fields';

/** Select options from a value → Dutch label map exported by the contract. */
export const optionsOf = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
