/** "a", "a en b", "a, b en c": a Dutch enumeration for messages and notices. */
export const listNl = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1] ?? ''}`;

/**
 * Stuurtekens (NUL, escape, …) never belong in what a person types; tab and line breaks do. SQLite
 * would cut text at a NUL; contract/fields.ts applies this rule to every text field at once.
 */
// eslint-disable-next-line no-control-regex -- matching stuurtekens is the point of this rule
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const hasControlCharacter = (value: string): boolean => value.search(CONTROL_CHARACTERS) !== -1;
/** For echoing input back: every stuurteken (line breaks too) becomes a visible "?". */
export const replaceControlCharacters = (value: string): string => value.replace(CONTROL_CHARACTERS, '?').replace(/[\t\n\r]/g, '?');
export const controlCharacterMessage = (label: string): string =>
  `${label} bevat een onzichtbaar stuurteken (bijvoorbeeld een NUL-teken). Typ de tekst opnieuw in plaats van hem te plakken.`;
/** "1 actie", "3 acties": a number with the Dutch singular or plural. */
export const countNl = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Den Helder" → "Gemeente Den Helder"; a name that already says Gemeente is kept as it is. */
export const gemeenteName = (name: string): string => (/^gemeente /i.test(name.trim()) ? name.trim() : `Gemeente ${name.trim()}`.trim());
