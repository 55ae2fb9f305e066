import { z } from 'zod';
import { replaceControlCharacters } from '../domain/text';

/**
 * Every message a user can see is Dutch. Fields in fields.ts carry their own wording; anything
 * without one (unknown keys under .strict(), a bare z.boolean()) falls back to zod's Dutch locale.
 * The common fallbacks get plainer Dutch here: the locale still says "key", names types in English
 * ("boolean", "bigint", "string >=3") and quotes regular expressions.
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
  infinity: 'een oneindig getal',
  fraction: 'een getal met decimalen',
  bigint: 'een getal van een ander soort',
};

const received = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  if (typeof input === 'number' && !Number.isFinite(input)) return 'infinity';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'fraction';
  return typeof input;
};
const typeName = (type: string) => TYPE_NAMES[type] ?? 'een andere soort waarde';

/** What is echoed back of user input (unknown field names) is capped: a hostile 1 MB key stays a line. */
export const ECHO_MAX_CHARS = 60;
const ECHO_MAX_KEYS = 5;
export const echo = (text: string): string => {
  const printable = replaceControlCharacters(text);
  return printable.length > ECHO_MAX_CHARS ? `${printable.slice(0, ECHO_MAX_CHARS - 1)}…` : printable;
};
const echoKeys = (keys: readonly string[]): string => {
  const shown = keys.slice(0, ECHO_MAX_KEYS).map(echo).join(', ');
  return keys.length > ECHO_MAX_KEYS ? `${shown} en nog ${keys.length - ECHO_MAX_KEYS}` : shown;
};

const unit = (origin: string): string => (origin === 'string' ? ' tekens' : origin === 'array' || origin === 'set' ? ' onderdelen' : '');

z.config(z.locales.nl());
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'unrecognized_keys':
        return issue.keys.length === 1 ? `Onbekend veld: ${echoKeys(issue.keys)}.` : `Onbekende velden: ${echoKeys(issue.keys)}.`;
      case 'invalid_type':
        return `Ongeldige waarde: verwacht ${typeName(issue.expected)}, maar kreeg ${typeName(received(issue.input))}.`;
      case 'too_small':
        return `Te ${issue.origin === 'string' ? 'kort' : 'klein'}: ${issue.inclusive === false ? 'meer dan' : 'minstens'} ${String(issue.minimum)}${unit(issue.origin)}.`;
      case 'too_big':
        return `Te ${issue.origin === 'string' ? 'lang' : 'groot'}: ${issue.inclusive === false ? 'minder dan' : 'hoogstens'} ${String(issue.maximum)}${unit(issue.origin)}.`;
      case 'invalid_format':
        return 'Deze tekst heeft niet de verwachte vorm.';
      case 'invalid_key':
        return 'Ongeldige veldnaam.';
      default:
        return undefined; // the Dutch locale
    }
  },
});
