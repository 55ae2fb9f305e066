import { useState } from 'react';
import { BACKUP_REASON_LABELS } from '../../../../domain/backup';
import type { StorageProblem } from '../../../../contract/schemas/backup';
import { call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatMoment, rememberRestore, restoredSentences } from './backupText';

/**
 * Shown instead of the app when the start-up check found the database damaged: the back end has no
 * connection to it, so nothing can be written; the way forward is the most recent good backup.
 */
export function RecoveryScreen({ problem }: { problem: StorageProblem }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const newest = problem.newestBackup;

  const restore = async (source: { kind: 'automatic'; name: string } | { kind: 'file' }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('backup:restore', { source });
      if (result.status === 'restored') {
        // The app reloads its state after this write; the backup screen then says what happened.
        rememberRestore(restoredSentences(result));
        window.location.hash = '#/back-ups';
      }
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="wo-page wo-recovery" id="inhoud">
      <h1 className="utrecht-heading-1">De gegevens van Wijkoverleg moeten worden hersteld</h1>
      <Alert type="warning">{problem.message}</Alert>
      {error ? <Alert type="error">{error}</Alert> : null}
      <section className="wo-card" aria-labelledby="recovery-newest">
        <h2 className="utrecht-heading-2" id="recovery-newest">
          Meest recente goede back-up
        </h2>
        {newest ? (
          <>
            <p className="utrecht-paragraph">
              <strong>{formatMoment(newest.createdAt)}</strong> — {BACKUP_REASON_LABELS[newest.reason].toLowerCase()}. Wat daarna is ingevoerd, moet
              opnieuw worden ingevoerd.
            </p>
            <div className="wo-buttons">
              <Button variant="primary" onClick={() => void restore({ kind: 'automatic', name: newest.name })} disabled={busy}>
                Deze back-up terugzetten
              </Button>
              <Button onClick={() => void restore({ kind: 'file' })} disabled={busy}>
                Ander back-upbestand kiezen…
              </Button>
            </div>
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">Wijkoverleg heeft op deze computer geen back-up gevonden. Kies een back-up die u zelf hebt bewaard.</p>
            <div className="wo-buttons">
              <Button variant="primary" onClick={() => void restore({ kind: 'file' })} disabled={busy}>
                Back-upbestand kiezen…
              </Button>
            </div>
          </>
        )}
      </section>
      <details className="wo-technical">
        <summary>Technische details</summary>
        <pre>{problem.details}</pre>
      </details>
    </main>
  );
}
