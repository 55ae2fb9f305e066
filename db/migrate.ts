import type { Db } from './connection';
import { migrations } from './migrations';
import { DomainError } from '../contract/errors';

export const latestSchemaVersion = (): number => migrations.length;

export class NewerDatabaseError extends DomainError {
  constructor(found: number, supported: number) {
    super(
      'conflict',
      `Dit databasebestand is gemaakt met een nieuwere versie van Wijkoverleg (schemaversie ${found}; deze versie kent tot en met ${supported}). ` +
        'Werk Wijkoverleg bij om dit bestand te openen. Het bestand is niet gewijzigd.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/** Refuses a file from a newer app version before anything (even a pragma) touches it. */
export function assertNotNewer(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new NewerDatabaseError(current, migrations.length);
}

/**
 * Brings the schema to the latest version. All pending migrations run in one transaction, so a
 * failure leaves the file exactly as it was. `user_version` records how far we got.
 */
export function migrate(db: Db, target = migrations.length): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw new NewerDatabaseError(current, migrations.length);
  if (current >= target) return current;

  db.transaction(() => {
    for (let version = current + 1; version <= target; version++) {
      const migration = migrations[version - 1];
      if (!migration) throw new Error(`Migration ${version} is not registered`);
      migration.up(db);
      db.pragma(`user_version = ${version}`);
    }
    // Inside the transaction, so a dangling reference rolls back every step, user_version too.
    const problems = db.pragma('foreign_key_check') as unknown[];
    if (problems.length > 0) throw new Error(`Foreign key check failed after migration: ${JSON.stringify(problems.slice(0, 3))}`);
    // IMMEDIATE: the write lock first, so a second Wijkoverleg holding it is waited for (busy_timeout).
  }).immediate();
  return target;
}
