import { useMemo, useState } from 'react';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { Button } from '../../ui/Button';
import { useMeeting } from './MeetingContext';
import { SignalCard } from './SignalCard';
import { SignalForm } from './SignalForm';

interface Partner {
  organisationId: number;
  organisationName: string;
  /** Who speaks for the organisation today (the member, or their substitute). */
  personId: number | null;
  personName: string;
}

/** Signalenronde: the chair goes round the partners present; each brings in its signals. */
export function SignalRound({ item }: { item: AgendaItem }) {
  const { detail, form, openForm, readOnly } = useMeeting();
  const partners = useMemo(() => {
    const byOrg = new Map<number, Partner>();
    for (const row of detail.attendance) {
      if (row.status === 'aanwezig') byOrg.set(row.organisationId, byOrg.get(row.organisationId) ?? { organisationId: row.organisationId, organisationName: row.organisationName, personId: row.personId, personName: row.name });
      if (row.status === 'vervangen') {
        const orgId = row.substituteOrganisationId ?? row.organisationId;
        byOrg.set(orgId, byOrg.get(orgId) ?? { organisationId: orgId, organisationName: row.substituteOrganisationName ?? row.organisationName, personId: row.substitutePersonId, personName: row.substituteName ?? '' });
      }
    }
    return [...byOrg.values()];
  }, [detail.attendance]);
  const [turn, setTurn] = useState(0);
  const current = partners[Math.min(turn, partners.length - 1)];
  const countFor = (orgId: number) => detail.signals.filter((s) => s.broughtByOrganisationId === orgId).length;

  return (
    <section className="wo-panel" aria-labelledby="ronde-kop">
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id="ronde-kop">
          Ronde langs de partners
        </h3>
        <p className="wo-panel__count">
          {detail.signals.length} {detail.signals.length === 1 ? 'nieuw signaal' : 'nieuwe signalen'}
        </p>
      </div>
      {partners.length === 0 ? (
        <p className="wo-hint">Registreer eerst de aanwezigheid (agendapunt Opening): de ronde gaat langs de partners die er zijn.</p>
      ) : (
        <>
          <ol className="wo-round" aria-label="Partners in de ronde">
            {partners.map((p, i) => (
              <li key={p.organisationId}>
                <button type="button" className="wo-round__partner" aria-current={p === current ? 'true' : undefined} onClick={() => setTurn(i)}>
                  <span>{p.organisationName}</span>
                  <span className="wo-round__count">{countFor(p.organisationId)}</span>
                </button>
              </li>
            ))}
          </ol>
          {current && !readOnly ? (
            <div className="wo-round__turn">
              <p className="wo-round__now">
                Aan het woord: <strong>{current.organisationName}</strong>
                {current.personName ? ` (${current.personName})` : ''}
              </p>
              <Button variant="primary" onClick={() => openForm({ kind: 'signal', organisationId: current.organisationId, personId: current.personId })} aria-keyshortcuts="s">
                Signaal vastleggen <kbd>S</kbd>
              </Button>
              <Button onClick={() => setTurn((t) => Math.min(t + 1, partners.length - 1))} disabled={turn >= partners.length - 1}>
                Volgende partner
              </Button>
            </div>
          ) : null}
        </>
      )}
      {form?.kind === 'signal' ? (
        // Opened with the S key: the partner whose turn it is brings it in.
        <SignalForm
          key={form.organisationId ?? current?.organisationId ?? 'none'}
          item={item}
          preset={form.organisationId !== undefined ? form : { organisationId: current?.organisationId ?? null, personId: current?.personId ?? null }}
        />
      ) : null}
      {detail.signals.length > 0 ? (
        <ul className="wo-cards" aria-label="Signalen van dit overleg">
          {detail.signals.map((s) => (
            <SignalCard key={s.id} signal={s} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
