import { z } from 'zod';

/**
 * Every message a user can see is Dutch. Fields in fields.ts carry their own wording; anything
 * without one (unknown keys under .strict(), a bare z.boolean()) falls back to zod's Dutch locale.
 * The two most common fallbacks get plainer Dutch here: the locale still says "key" and names
 * types in English ("boolean").
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee',
  object: 'een groep velden',
  array: 'een lijst',
  date: 'een datum',
  null: 'een lege waarde',
  undefined: 'niets',
  nan: 'geen getal',
};

const received = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
};
const typeName = (type: string) => TYPE_NAMES[type] ?? type;

z.config(z.locales.nl());
z.config({
  customError: (issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.length === 1 ? `Onbekend veld: ${issue.keys[0]}.` : `Onbekende velden: ${issue.keys.join(', ')}.`;
    }
    if (issue.code === 'invalid_type') {
      return `Ongeldige waarde: verwacht ${typeName(issue.expected)}, maar kreeg ${typeName(received(issue.input))}.`;
    }
    return undefined; // the Dutch locale
  },
});
