import { useState } from 'react';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField } from '../../ui/fields';
import { parseRecoveryKey } from '../../../../domain/recoveryKey';
import type { BackupRestored } from '../../../../contract/schemas/backup';

/**
 * The herstelsleutel of this laptop, shown only on request (it opens every backup): to print or
 * write down and keep apart from the laptop.
 */
export function RecoveryKeyCard() {
  const [visible, setVisible] = useState(false);
  // Read only when asked for; refreshed like any query, so after a restore with another
  // herstelsleutel the card shows the new one.
  const key = useQuery('recoveryKey:get', {}, { enabled: visible });
  const shown = visible ? (key.data ?? null) : null;
  const error = visible ? key.error : null;
  return (
    <section className={shown ? 'wo-card wo-recovery-key wo-recovery-key--shown' : 'wo-card wo-recovery-key'} aria-labelledby="recovery-key">
      <h2 className="utrecht-heading-2" id="recovery-key">
        Herstelsleutel
      </h2>
      <p className="utrecht-paragraph">
        Wijkoverleg versleutelt de database en alle back-ups. De sleutel staat beveiligd op deze laptop. Gaat de laptop kapot of verloren, dan opent u een
        back-up op een nieuwe laptop alleen met de <strong>herstelsleutel</strong>. Zonder herstelsleutel kan niemand de back-ups meer openen, ook de
        leverancier niet.
      </p>
      <p className="utrecht-paragraph">
        Druk de herstelsleutel af of schrijf hem over, en bewaar hem op een andere plek dan de laptop en de back-ups (bijvoorbeeld in de kluis of bij
        de informatiebeveiliger van de gemeente). Wie de herstelsleutel én een back-up heeft, kan alle gegevens lezen.
      </p>
      {error ? <Alert type="error">{error}</Alert> : null}
      {shown ? (
        <>
          <p className="wo-recovery-key__value" data-testid="herstelsleutel">
            <code>
              {/* Groups never break inside: a line ends only after a dash. */}
              {shown.herstelsleutel.split('-').map((group, i, all) => (
                <span key={i} className="wo-recovery-key__group">
                  {i < all.length - 1 ? `${group}-` : group}
                </span>
              ))}
            </code>
          </p>
          <p className="utrecht-paragraph">De sleutel zelf staat op deze laptop in {shown.keptBy}.</p>
          <div className="wo-buttons">
            <Button variant="primary" onClick={() => window.print()}>
              Afdrukken
            </Button>
            <Button onClick={() => setVisible(false)}>Verbergen</Button>
          </div>
        </>
      ) : (
        <div className="wo-buttons">
          <Button onClick={() => setVisible(true)}>Herstelsleutel tonen</Button>
        </div>
      )}
    </section>
  );
}

/** Restoring a database or backup from another laptop: pick the file, type its herstelsleutel. */
export function RestoreWithRecoveryKey({
  onRestored,
  busy,
  setBusy,
}: {
  onRestored: (result: Extract<BackupRestored, { status: 'restored' }>) => void;
  busy: boolean;
  setBusy: (busy: boolean) => void;
}) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    // The check characters catch a typo here already; the back end checks again.
    const parsed = parseRecoveryKey(value);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const result = await call('backup:restore', { source: { kind: 'file', herstelsleutel: value } });
      if (result.status === 'restored') onRestored(result);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="wo-card" aria-labelledby="restore-recovery-key">
      <h2 className="utrecht-heading-2" id="restore-recovery-key">
        Terugzetten met herstelsleutel
      </h2>
      <p className="utrecht-paragraph">
        Voor een database of back-up van een andere laptop (bijvoorbeeld na een nieuwe laptop): typ de herstelsleutel die bij die gegevens hoort en kies
        daarna het bestand. De herstelsleutel wordt daarna ook de sleutel van deze laptop.
      </p>
      {/* Two lines: the whole key (77 characters) stays in view on a 1366 laptop while it is checked against the paper. */}
      <TextAreaField
        label="Herstelsleutel"
        description="13 groepen van 5 tekens; streepjes, spaties, regels en hoofdletters maken niet uit."
        value={value}
        onChange={setValue}
        error={error ?? undefined}
        rows={2}
        className="wo-recovery-key-input"
      />
      <div className="wo-buttons">
        <Button variant="primary" onClick={() => void submit()} disabled={busy || value.trim() === ''}>
          Bestand kiezen en terugzetten
        </Button>
      </div>
    </section>
  );
}
