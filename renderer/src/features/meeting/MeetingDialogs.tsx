import { unfinishedBusiness } from '../../../../domain/meeting';
import type { MeetingDetail } from '../../../../contract/schemas/meetings';
import { listNl, countNl } from '../../../../domain/text';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';


/** "Overleg afronden?" with what is still open, so nothing is closed by accident or unnoticed. */
export function CloseMeetingDialog({ detail, onConfirm, onCancel }: { detail: MeetingDetail; onConfirm: () => void; onCancel: () => void }) {
  const open = unfinishedBusiness(detail);
  const lines = [
    open.notDiscussed.length ? `Niet besproken: ${listNl(open.notDiscussed)}.` : null,
    open.unregistered.length ? `Aanwezigheid niet geregistreerd voor ${countNl(open.unregistered.length, 'lid', 'leden')}: ${listNl(open.unregistered)}.` : null,
    open.actionsWithoutFollowUp ? `${countNl(open.actionsWithoutFollowUp, 'openstaande actie', 'openstaande acties')} uit eerdere overleggen zonder voortgang.` : null,
    open.signalsWithoutFollowUp ? `${countNl(open.signalsWithoutFollowUp, 'lopend signaal', 'lopende signalen')} uit eerdere overleggen zonder voortgang.` : null,
  ].filter((l): l is string => l !== null);
  return (
    <Dialog title="Overleg afronden?" onClose={onCancel}>
      {lines.length ? (
        <>
          <p className="utrecht-paragraph">Nog niet alles is afgehandeld:</p>
          <ul className="wo-unfinished">
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="utrecht-paragraph">Alle agendapunten zijn besproken, de aanwezigheid is compleet en alle lopende acties en signalen hebben voortgang.</p>
      )}
      <p className="utrecht-paragraph">Na afronden ligt het overleg vast; heropenen kan nog.</p>
      <div className="wo-buttons">
        {/* The safe choice has the focus: Enter or a second click does not close the meeting. */}
        <Button variant="primary" onClick={onCancel} autoFocus>
          Terug naar het overleg
        </Button>
        <Button variant="secondary" onClick={onConfirm}>
          Overleg afronden
        </Button>
      </div>
    </Dialog>
  );
}

/** Starting or closing before the planned date is possible, but never without the chair's word. */
export function ConfirmEarlyDialog({ transition, message, onConfirm, onCancel }: { transition: 'start' | 'finish'; message: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <Dialog title={transition === 'start' ? 'Overleg nu al starten?' : 'Overleg nu al afronden?'} onClose={onCancel}>
      <p className="utrecht-paragraph">{message}</p>
      <div className="wo-buttons">
        <Button variant="primary" onClick={onCancel} autoFocus>
          {transition === 'start' ? 'Niet starten' : 'Niet afronden'}
        </Button>
        <Button variant="secondary" onClick={onConfirm}>
          {transition === 'start' ? 'Toch nu starten' : 'Toch nu afronden'}
        </Button>
      </div>
    </Dialog>
  );
}
