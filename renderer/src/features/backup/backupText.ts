import type { BackupRestored } from '../../../../contract/schemas/backup';

/** "zaterdag 22 november 2026 om 11:00": a moment as a Dutch user reads it, in Dutch time. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
  const time = date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
  return `${day} om ${time}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/** The sentences after a restore: which date the data is from, and where the replaced data went. */
export function restoredSentences(result: Extract<BackupRestored, { status: 'restored' }>): string[] {
  const sentences = [
    result.dataDate === null
      ? 'De back-up is teruggezet.'
      : result.dataDateKind === 'backup'
        ? `De back-up is teruggezet. U werkt nu met de gegevens van ${formatMoment(result.dataDate)}.`
        : `De back-up is teruggezet. De laatste wijziging in deze gegevens is van ${formatMoment(result.dataDate)}.`,
  ];
  if (result.migrated) sentences.push('De back-up kwam uit een eerdere versie van Wijkoverleg en is bijgewerkt naar deze versie.');
  if (result.keptAs) sentences.push('De gegevens van vlak vóór het terugzetten zijn bewaard als automatische back-up; u kunt ze zo nodig terugzetten.');
  if (result.damagedKeptIn) sentences.push(`Het beschadigde bestand is apart gezet voor onderzoek: ${result.damagedKeptIn}`);
  return sentences;
}

/** A restore done on the recovery screen, shown once on the backup screen the user lands on next. */
let pendingNotice: string[] | null = null;
export const rememberRestore = (sentences: string[]) => {
  pendingNotice = sentences;
};
export const takeRestoreNotice = (): string[] | null => {
  const notice = pendingNotice;
  pendingNotice = null;
  return notice;
};
