import { namedOptions } from '../../ui/options';
import { useState } from 'react';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/fields';
import { todayIso } from '../../ui/format';
import { PartnerListsDialog, type PartnerListSource } from './PartnerListsDialog';

/**
 * "Actielijsten maken" from Alle acties: for any team on any date (to send before a meeting, or
 * again after a correction). First the team and the date, then the same dialog as after a meeting.
 */
export function PartnerListsLauncher({ initialWijkId }: { initialWijkId?: string }) {
  const wijken = useQuery('wijk:list', {});
  const [open, setOpen] = useState(false);
  const [wijkId, setWijkId] = useState(initialWijkId ?? '');
  const [asOf, setAsOf] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const [source, setSource] = useState<PartnerListSource | null>(null);

  const next = async () => {
    setError(null);
    if (!wijkId) return setError('Kies de wijk: de lijsten gaan naar de organisaties van dat wijk-coördinatieteam.');
    if (!asOf) return setError('Kies de datum van de lijsten.');
    try {
      const team = await call('team:get', { wijkId: Number(wijkId) });
      setSource({ teamId: team.id, asOf });
      setOpen(false);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Actielijsten maken…
      </Button>
      {open ? (
        <Dialog title="Actielijsten maken" onClose={() => setOpen(false)}>
          <p>Elke organisatie met open acties in het team krijgt een eigen actielijst met de stand op de gekozen datum.</p>
          <div className="wo-row">
            <SelectField
              label="Wijk"
              value={wijkId}
              onChange={setWijkId}
              options={namedOptions(wijken.data)}
              placeholder="Kies een wijk"
              className="wo-filter"
            />
            <TextField label="Stand per" type="date" value={asOf} onChange={setAsOf} className="wo-date" />
          </div>
          {error ? <Alert type="error">{error}</Alert> : null}
          <div className="wo-buttons">
            <Button variant="primary" onClick={() => void next()}>
              Verder
            </Button>
            <Button variant="subtle" onClick={() => setOpen(false)}>
              Annuleren
            </Button>
          </div>
        </Dialog>
      ) : null}
      {source ? <PartnerListsDialog source={source} onClose={() => setSource(null)} /> : null}
    </>
  );
}
