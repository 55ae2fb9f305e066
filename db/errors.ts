import { DomainError } from '../contract/errors';

/**
 * SQLite's constraint errors, named by what they mean for the user. The contract and the handlers
 * catch almost everything first; this is the net under them, so a broken rule is never `internal`.
 */
const code = (error: unknown): string | undefined => {
  const value = (error as { code?: unknown } | null)?.code;
  return typeof value === 'string' ? value : undefined;
};

/** A reference to a row that does not exist, or a delete of a row still in use (RESTRICT reports itself as a trigger). */
export const isForeignKeyViolation = (error: unknown): boolean => {
  const c = code(error);
  return c === 'SQLITE_CONSTRAINT_FOREIGNKEY' || c === 'SQLITE_CONSTRAINT_TRIGGER';
};

const UNCHANGED = 'Er is niets gewijzigd.';

const MEANINGS: Record<string, DomainError> = {
  SQLITE_CONSTRAINT_FOREIGNKEY: new DomainError('conflict', `Dit verwijst naar iets dat niet (meer) bestaat, of het wordt nog ergens gebruikt. ${UNCHANGED}`),
  SQLITE_CONSTRAINT_TRIGGER: new DomainError('conflict', `Dit wordt nog ergens gebruikt en kan daarom niet worden verwijderd. ${UNCHANGED}`),
  SQLITE_CONSTRAINT_UNIQUE: new DomainError('conflict', `Dit bestaat al. ${UNCHANGED}`),
  SQLITE_CONSTRAINT_PRIMARYKEY: new DomainError('conflict', `Dit bestaat al. ${UNCHANGED}`),
  SQLITE_CONSTRAINT_NOTNULL: new DomainError('validation', `Een verplicht gegeven ontbreekt. ${UNCHANGED}`),
  SQLITE_CONSTRAINT_CHECK: new DomainError('validation', `Deze gegevens kloppen niet met elkaar (bijvoorbeeld een verplicht veld of een datum die niet past). ${UNCHANGED}`),
  SQLITE_CONSTRAINT_DATATYPE: new DomainError('validation', `Een gegeven heeft niet de juiste vorm. ${UNCHANGED}`),
  SQLITE_TOOBIG: new DomainError('validation', `Deze tekst is te lang om op te slaan. ${UNCHANGED}`),
};
const GENERIC_CONSTRAINT = new DomainError('validation', `Deze gegevens kunnen zo niet worden opgeslagen. ${UNCHANGED}`);

/** Our own triggers speak Dutch: RAISE(ABORT, 'Wijkoverleg: …') carries the message for the user. */
export const OWN_TRIGGER_PREFIX = 'Wijkoverleg: ';

/** The Dutch meaning of a constraint error, or null when the error is something else. */
export function constraintError(error: unknown): DomainError | null {
  const c = code(error);
  if (!c) return null;
  const message = error instanceof Error ? error.message : '';
  if (c === 'SQLITE_CONSTRAINT_TRIGGER' && message.startsWith(OWN_TRIGGER_PREFIX)) return new DomainError('conflict', message.slice(OWN_TRIGGER_PREFIX.length));
  return MEANINGS[c] ?? (c.startsWith('SQLITE_CONSTRAINT') ? GENERIC_CONSTRAINT : null);
}
