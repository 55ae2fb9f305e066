import { useState } from 'react';
import type { AppInfo } from '../../../../contract/schemas/masterdata';
import { call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

/**
 * Says on every screen that this is the made-up Voorbeeldgemeente, and offers the way out to the
 * user's own gemeente: the demo is cleared after a confirmation; real data never can be.
 */
export function DemoBanner({ onLeft }: { onLeft: (info: AppInfo) => void }) {
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

function LeaveDemoDialog({ onCancel, onLeft }: { onCancel: () => void; onLeft: (info: AppInfo) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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
    <Dialog title="Eigen gemeente inrichten" onClose={onCancel}>
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
    </Dialog>
  );
}
