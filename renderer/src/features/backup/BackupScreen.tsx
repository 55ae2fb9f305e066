import { useState } from 'react';
import { BACKUP_REASON_LABELS } from '../../../../domain/backup';
import type { BackupEntry } from '../../../../contract/schemas/backup';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatMoment, formatSize, restoredSentences, takeRestoreNotice } from './backupText';

type Choice = { kind: 'automatic'; backup: BackupEntry } | { kind: 'file' };

/** Beheer › Back-ups: make a backup somewhere safe, see the automatic ones, restore one. */
export function BackupScreen() {
  const overview = useQuery('backup:list', {});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; lines: string[] } | null>(() => {
    const restored = takeRestoreNotice();
    return restored ? { type: 'ok', lines: restored } : null;
  });
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<Choice | null>(null);

  const makeBackup = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call('backup:create', {});
      if (result.status === 'saved') {
        setNotice({ type: 'ok', lines: [`Back-up opgeslagen (${formatSize(result.sizeBytes)}):`, result.file] });
      }
    } catch (e) {
      setNotice({ type: 'error', lines: [messageOf(e)] });
    } finally {
      setBusy(false);
    }
  };

  const restore = async (source: Choice) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await call('backup:restore', { source: source.kind === 'file' ? { kind: 'file' } : { kind: 'automatic', name: source.backup.name } });
      if (result.status === 'restored') setNotice({ type: 'ok', lines: restoredSentences(result) });
    } catch (e) {
      setNotice({ type: 'error', lines: [messageOf(e)] });
    } finally {
      setBusy(false);
      setChoice(null);
    }
  };

  return (
    <Page title="Back-ups" intro="Een back-up is een volledige kopie van alle gegevens van Wijkoverleg op één moment.">
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type}>
            {notice.lines.map((line, i) => (
              <p key={i} className={i === 0 ? 'wo-notice__lead' : 'wo-notice__line'}>
                {line}
              </p>
            ))}
          </Alert>
        ) : null}
      </div>

      <section className="wo-card" aria-labelledby="backup-make">
        <h2 className="utrecht-heading-2" id="backup-make">
          Back-up maken
        </h2>
        <p className="utrecht-paragraph">
          Bewaar een back-up op een andere plek dan deze laptop, bijvoorbeeld op een USB-stick of in een netwerkmap van de gemeente. Het bestand bevat
          vertrouwelijke signalen over inwoners: bewaar het even zorgvuldig als de laptop zelf.
        </p>
        <div className="wo-buttons">
          <Button variant="primary" onClick={() => void makeBackup()} disabled={busy}>
            Back-up maken
          </Button>
        </div>
      </section>

      <section className="wo-card" aria-labelledby="backup-restore">
        <h2 className="utrecht-heading-2" id="backup-restore">
          Back-up terugzetten
        </h2>
        <p className="utrecht-paragraph">
          Terugzetten vervangt alle gegevens van nu door die uit de back-up. Wijkoverleg bewaart de gegevens van nu eerst zelf als back-up, zodat u altijd
          terug kunt.
        </p>
        {overview.data ? (
          <>
            <p className="utrecht-paragraph">{overview.data.policy}</p>
            <dl className="wo-facts">
              <dt>Map met automatische back-ups</dt>
              <dd>
                <code data-testid="backup-folder">{overview.data.folder}</code>
              </dd>
            </dl>
            {overview.data.lastFailure ? <Alert type="warning">De laatste automatische back-up is mislukt. {overview.data.lastFailure}</Alert> : null}
            <BackupTable backups={overview.data.backups} busy={busy} onRestore={(backup) => setChoice({ kind: 'automatic', backup })} />
          </>
        ) : overview.error ? (
          <Alert type="error">{overview.error}</Alert>
        ) : null}
        <div className="wo-buttons">
          <Button onClick={() => setChoice({ kind: 'file' })} disabled={busy}>
            Ander back-upbestand kiezen…
          </Button>
        </div>
      </section>

      {choice ? <ConfirmRestore choice={choice} busy={busy} onConfirm={() => void restore(choice)} onCancel={() => setChoice(null)} /> : null}
    </Page>
  );
}

function BackupTable({ backups, busy, onRestore }: { backups: BackupEntry[]; busy: boolean; onRestore: (backup: BackupEntry) => void }) {
  if (backups.length === 0) {
    return <p className="utrecht-paragraph">Er zijn nog geen automatische back-ups. De eerste komt bij de volgende start van Wijkoverleg of na het afronden van een overleg.</p>;
  }
  return (
    <table className="utrecht-table wo-backup-table">
      <caption className="wo-visually-hidden">Automatische back-ups, nieuwste eerst</caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            Gemaakt op
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Aanleiding
          </th>
          <th className="utrecht-table__header-cell utrecht-table__header-cell--numeric" scope="col">
            Grootte
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            <span className="wo-visually-hidden">Actie</span>
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {backups.map((backup) => (
          <tr key={backup.name} className="utrecht-table__row">
            <td className="utrecht-table__cell">{formatMoment(backup.createdAt)}</td>
            <td className="utrecht-table__cell">{BACKUP_REASON_LABELS[backup.reason]}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatSize(backup.sizeBytes)}</td>
            <td className="utrecht-table__cell">
              <Button className="wo-button--compact" onClick={() => onRestore(backup)} disabled={busy} aria-label={`Back-up van ${formatMoment(backup.createdAt)} terugzetten`}>
                Terugzetten
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConfirmRestore({ choice, busy, onConfirm, onCancel }: { choice: Choice; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog title="Back-up terugzetten?" onClose={onCancel}>
      <p className="utrecht-paragraph">
        {choice.kind === 'automatic'
          ? `Alle gegevens van nu worden vervangen door de back-up van ${formatMoment(choice.backup.createdAt)}.`
          : 'U kiest zo een back-upbestand. Wijkoverleg controleert het eerst; daarna worden alle gegevens van nu vervangen door die uit het bestand.'}{' '}
        Wat u sindsdien hebt ingevoerd, staat daarna alleen nog in de back-up die Wijkoverleg vlak vóór het terugzetten maakt.
      </p>
      <div className="wo-buttons">
        <Button variant="primary" onClick={onConfirm} disabled={busy}>
          {choice.kind === 'automatic' ? 'Terugzetten' : 'Bestand kiezen en terugzetten'}
        </Button>
        <Button variant="subtle" onClick={onCancel} autoFocus>
          Annuleren
        </Button>
      </div>
    </Dialog>
  );
}
