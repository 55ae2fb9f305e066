import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../../../contract/schemas/masterdata';
import { call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/**
 * Says on every screen that this is the made-up Voorbeeldgemeente, and offers the way out to the
 * user's own gemeente: the demo is cleared after a confirmation; real data never can be.
 */
export function DemoBanner({ onLeft }: { onLeft(info: AppInfo): void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="wo-demo-banner" role="note" aria-label="Voorbeeldgemeente">
      <p>
        <strong>Voorbeeldgemeente</strong> — verzonnen gegevens om Wijkoverleg te leren kennen.
      </p>
      <Button variant="secondary" className="wo-button--compact" onClick={() => setConfirming(true)}>
        Eigen gemeente inrichten
      </Button>
      {confirming ? <LeaveDemoDialog onCancel={() => setConfirming(false)} onLeft={onLeft} /> : null}
    </div>
  );
}

function LeaveDemoDialog({ onCancel, onLeft }: { onCancel(): void; onLeft(info: AppInfo): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => dialog?.close();
  }, []);
  const leave = async () => {
    setBusy(true);
    try {
      onLeft(await call('setup:leaveDemo', {}));
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="wo-dialog" aria-labelledby="demo-verlaten-titel" onClose={onCancel}>
      <h2 className="utrecht-heading-2" id="demo-verlaten-titel">
        Eigen gemeente inrichten
      </h2>
      <p className="utrecht-paragraph">
        De Voorbeeldgemeente wordt gewist: alle verzonnen wijken, partners, personen, overleggen, signalen en acties. Daarna richt u uw eigen
        gemeente in. Dit kan niet ongedaan worden gemaakt.
      </p>
      {error ? <Alert type="error">{error}</Alert> : null}
      <div className="wo-buttons">
        <Button variant="primary" onClick={() => void leave()} disabled={busy}>
          Voorbeeldgemeente wissen
        </Button>
        <Button variant="subtle" onClick={onCancel} autoFocus>
          Annuleren
        </Button>
      </div>
    </dialog>
  );
}
