/**
 * `npm run seed -- --years 10 --db <file>`: a new database with a deterministic municipality of
 * that many years of WCT history (see scripts/seed/municipality.ts). Refuses an existing file.
 *
 *   --years <n>     years of meetings (default 10)
 *   --db <file>     the database file to create (required)
 *   --today <date>  the day the last meeting of every team runs (default 2026-11-22)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/connection';
import { devKeyFileStore } from '../backend/storage/keyFile';
import { seedMunicipality } from './seed/municipality';

const { values } = parseArgs({ options: { years: { type: 'string', default: '10' }, db: { type: 'string' }, today: { type: 'string', default: '2026-11-22' } } });
if (!values.db) throw new Error('Geef het bestand op: npm run seed -- --years 10 --db <bestand>');
const file = resolve(values.db);
if (existsSync(file)) throw new Error(`${file} bestaat al; kies een nieuw bestand.`);
const years = Number(values.years);
if (!Number.isInteger(years) || years < 1 || years > 30) throw new Error('--years moet een heel getal van 1 tot 30 zijn.');

// Encrypted like the app's own file; the development key is kept next to it (never for real data).
const db = openDatabase(file, { keys: devKeyFileStore(`${file}.sleutel`) });
try {
  const c = seedMunicipality(db, { years, today: values.today });
  db.pragma('wal_checkpoint(TRUNCATE)');
  console.log(
    `${file}: ${c.teams} teams, ${c.meetings} overleggen, ${c.signals} signalen, ${c.actions} acties, ` +
      `${c.actionFollowUps} voortgangsnotities bij acties, ${c.signalFollowUps} bij signalen, ${c.decisions} besluiten, ` +
      `${c.attendance} aanwezigheidsregels, ${c.jobChanges} baanwisselingen — in ${(c.ms / 1000).toFixed(1)} s`,
  );
} finally {
  db.close();
}
