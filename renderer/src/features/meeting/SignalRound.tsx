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
  /** Not at the table: the chair enters what the partner sent in (by mail, by phone). */
  absent: boolean;
}

/** Signalenronde: the chair goes round the partners present; each brings in its signals. */
export function SignalRound({ item }: { item: AgendaItem }) {
  const { detail, form, openForm, readOnly } = useMeeting();
  const partners = useMemo(() => {
    const byOrg = new Map<number, Partner>();
    for (const row of detail.attendance) {
      if (row.status === 'aanwezig') byOrg.set(row.organisationId, byOrg.get(row.organisationId) ?? { organisationId: row.organisationId, organisationName: row.organisationName, personId: row.personId, personName: row.name, absent: false });
      if (row.status === 'vervangen') {
        const orgId = row.substituteOrganisationId ?? row.organisationId;
        byOrg.set(orgId, byOrg.get(orgId) ?? { organisationId: orgId, organisationName: row.substituteOrganisationName ?? row.organisationName, personId: row.substitutePersonId, personName: row.substituteName ?? '', absent: false });
      }
    }
    // Partners with nobody at the table come last: their signals may have come in by mail or phone.
    const absent = new Map<number, Partner>();
    for (const row of detail.attendance) {
      if ((row.status === 'afgemeld' || row.status === 'afwezig') && !byOrg.has(row.organisationId) && !absent.has(row.organisationId)) {
        absent.set(row.organisationId, { organisationId: row.organisationId, organisationName: row.organisationName, personId: row.personId, personName: row.name, absent: true });
      }
    }
    return [...byOrg.values(), ...absent.values()];
  }, [detail.attendance]);
  const [turn, setTurn] = useState(0);
  const current = partners[Math.min(turn, partners.length - 1)];
  const present = partners.filter((p) => !p.absent);
  const absentees = partners.filter((p) => p.absent);
  // The open signal form follows whoever has the word, so it never keeps the previous speaker.
  const giveWord = (index: number) => {
    setTurn(index);
    const next = partners[index];
    if (next && form?.kind === 'signal') openForm({ kind: 'signal', organisationId: next.organisationId, personId: next.personId });
  };
  const partnerButton = (p: Partner) => {
    const index = partners.indexOf(p);
    return (
      <li key={p.organisationId}>
        <button type="button" className={p.absent ? 'wo-round__partner wo-round__partner--absent' : 'wo-round__partner'} aria-current={p === current ? 'true' : undefined} onClick={() => giveWord(index)}>
          <span>{p.organisationName}</span>
          <span className="wo-round__count" aria-label={`${countFor(p.organisationId)} signalen`}>
            {countFor(p.organisationId)}
          </span>
        </button>
      </li>
    );
  };
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
            {present.map(partnerButton)}
          </ol>
          {absentees.length > 0 ? (
            <div className="wo-round__absent">
              <p className="wo-hint" id="ronde-afwezig">
                Afwezig, maar signalen ingestuurd (per mail of telefoon)? Leg ze vast namens de partner:
              </p>
              <ol className="wo-round" aria-labelledby="ronde-afwezig">
                {absentees.map(partnerButton)}
              </ol>
            </div>
          ) : null}
          {current && !readOnly ? (
            <div className="wo-round__turn">
              <p className="wo-round__now">
                {current.absent ? (
                  <>
                    Namens <strong>{current.organisationName}</strong> (afwezig; ingestuurd
                    {current.personName ? ` door ${current.personName}` : ''})
                  </>
                ) : (
                  <>
                    Aan het woord: <strong>{current.organisationName}</strong>
                    {current.personName ? ` (${current.personName})` : ''}
                  </>
                )}
              </p>
              <Button variant="primary" onClick={() => openForm({ kind: 'signal', organisationId: current.organisationId, personId: current.personId })} aria-keyshortcuts="s">
                {current.absent ? 'Signaal namens partner vastleggen' : 'Signaal vastleggen'} <kbd>S</kbd>
              </Button>
              <Button onClick={() => giveWord(Math.min(turn + 1, partners.length - 1))} disabled={turn >= partners.length - 1}>
                Volgende partner
              </Button>
            </div>
          ) : null}
        </>
      )}
      {form?.kind === 'signal' ? (
        // Opened with the S key: the partner whose turn it is brings it in.
        <SignalForm
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
