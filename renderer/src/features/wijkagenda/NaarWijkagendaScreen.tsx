import { useState } from 'react';
import type { Candidate, MeetingCandidates } from '../../../../contract/schemas/wijkagenda';
import { ACTION_HORIZONS } from '../../../../contract/schemas/actions';
import { ApiCallError, call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href } from '../../layout/router';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { CheckboxField, SelectField } from '../../ui/fields';
import { formatDate, formatDateShort } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { ActionStatusBadge } from '../actions/actionBadges';
import { OwnFields, emptyOwn, ownRequest, type OwnValues } from './OwnFields';

interface Pick {
  on: boolean;
  themeId: string;
  /** A decision states wat, wie and wanneer when it goes on the agenda. */
  own: OwnValues;
}

const key = (c: Candidate) => `${c.kind}:${c.id}`;

/**
 * "Naar wijkagenda": the actions and decisions of a settled meeting, and the wijkmanager picks
 * which go on the wijk's agenda and under which theme. Running it again adds nothing twice.
 */
export function NaarWijkagendaScreen({ meetingId }: { meetingId: number }) {
  const data = useQuery('naarWijkagenda:list', { meetingId }, { enabled: Number.isInteger(meetingId) && meetingId > 0 });
  const d = data.data;
  if (data.error) return <div className="wo-page"><Alert type="error">{data.error}</Alert></div>;
  if (!d) return <p className="wo-loading wo-page">Overleg wordt geladen…</p>;
  return <Picker key={d.meetingId} data={d} />;
}

function Picker({ data: d }: { data: MeetingCandidates }) {
  const organisations = useQuery('organisation:list', {});
  const people = useQuery('person:list', {});
  const onlyTheme = d.themes.length === 1 ? d.themes[0] : undefined;
  const defaultTheme = onlyTheme ? String(onlyTheme.id) : '';
  const [picks, setPicks] = useState<Record<string, Pick>>(() =>
    Object.fromEntries(d.candidates.map((c) => [key(c), { on: false, themeId: defaultTheme, own: emptyOwn(c.kind === 'decision' ? c.text : '') }])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Every candidate has a pick from the start; a fresh one stands in should a key ever be missing.
  const pickOf = (p: Record<string, Pick>, k: string): Pick => p[k] ?? { on: false, themeId: defaultTheme, own: emptyOwn('') };
  const update = (k: string, patch: Partial<Pick>) => setPicks((p) => ({ ...p, [k]: { ...pickOf(p, k), ...patch } }));
  // Functional, so two fields set in one event (organisation, then person) both stick.
  const updateOwn = (k: string, patch: Partial<OwnValues>) => setPicks((p) => ({ ...p, [k]: { ...pickOf(p, k), own: { ...pickOf(p, k).own, ...patch } } }));
  const chosen = d.candidates.filter((c) => picks[key(c)]?.on);

  const submit = async () => {
    setBusy(true);
    try {
      const items = chosen.map((c) => {
        const p = pickOf(picks, key(c));
        const themeId = Number(p.themeId) || 0;
        return c.kind === 'action' ? { kind: 'action' as const, actionId: c.id, themeId } : { kind: 'decision' as const, decisionId: c.id, themeId, ...ownRequest(p.own) };
      });
      const result = await trackSave(() => call('wijkagenda:addFromMeeting', { meetingId: d.meetingId, items }));
      setErrors({});
      setNotice({ type: 'ok', text: result.message });
      setPicks((p) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { ...v, on: false }])));
    } catch (e) {
      setErrors(e instanceof ApiCallError ? e.fields : {});
      setNotice({ type: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  // Field messages come back as items.<index>.<field>, in the order of the chosen list.
  const errorsFor = (c: Candidate): Record<string, string> => {
    const index = chosen.findIndex((x) => key(x) === key(c));
    const prefix = `items.${index}.`;
    return index < 0 ? {} : Object.fromEntries(Object.entries(errors).filter(([f]) => f.startsWith(prefix)).map(([f, m]) => [f.slice(prefix.length), m]));
  };

  return (
    <Page
      title={`Naar wijkagenda: overleg ${formatDate(d.meetingDate)}`}
      intro={`${d.teamName}. Kies welke acties en besluiten op de wijkagenda ${d.wijkName} ${d.year} komen, en onder welk thema. Wat er al op staat, komt er niet nog eens op.`}
      actions={
        <>
          <a className="utrecht-link" href={href(`/overleg/${d.meetingId}`)}>
            Terug naar het overleg
          </a>
          <a className="utrecht-link" href={href(`/wijkagenda/${d.wijkId}/${d.year}`)}>
            Wijkagenda {d.wijkName} {d.year}
          </a>
        </>
      }
    >
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {d.blocked ? (
        <Alert type="warning">
          {d.blocked}{' '}
          <a className="utrecht-link" href={href(`/verslag/${d.meetingId}`)}>
            Naar het verslag
          </a>
        </Alert>
      ) : null}
      {!d.blocked && d.themes.length === 0 ? (
        <Alert type="warning">
          De wijkagenda {d.wijkName} {d.year} heeft nog geen thema's.{' '}
          <a className="utrecht-link" href={href(`/wijkagenda/${d.wijkId}/${d.year}`)}>
            Voeg eerst de thema's uit het wijkontwikkelingsplan toe
          </a>
          .
        </Alert>
      ) : null}
      {d.candidates.length === 0 ? <p className="wo-card wo-hint">In dit overleg zijn geen acties of besluiten vastgelegd.</p> : null}
      <ul className="wo-cards wo-wa-candidates">
        {d.candidates.map((c) => {
          const p = pickOf(picks, key(c));
          const fieldErrors = errorsFor(c);
          const disabled = !!d.blocked || c.notEligible !== null || c.onAgenda !== null;
          return (
            <li key={key(c)} className={['wo-card', c.onAgenda ? 'wo-card--done' : ''].join(' ')}>
              <div className="wo-card__title">
                <strong>
                  {c.kind === 'action' ? 'Actie' : 'Besluit'}: {c.text}
                </strong>
                {c.status ? <ActionStatusBadge status={c.status} horizon={c.horizon ?? undefined} /> : null}
              </div>
              <p className="wo-card__meta">
                {c.ownerOrganisationName ? <span>Wie: {c.ownerOrganisationName}</span> : null}
                {c.horizon ? <span>{ACTION_HORIZONS[c.horizon]}</span> : null}
                {c.dueDate ? <span>Wanneer: {formatDateShort(c.dueDate)}</span> : null}
                {c.agendaItemTitle ? <span>Agendapunt: {c.agendaItemTitle}</span> : null}
              </p>
              {c.onAgenda ? (
                <p className="wo-discussed">
                  Staat al op de wijkagenda {c.onAgenda.year}, onder “{c.onAgenda.themeTitle}”.
                </p>
              ) : c.notEligible ? (
                <p className="wo-hint">{c.notEligible}</p>
              ) : null}
              {!disabled ? (
                <div className="wo-wa-pick">
                  <CheckboxField label={`Op de wijkagenda zetten: ${c.text}`} checked={p.on} onChange={(on) => update(key(c), { on })} />
                  {p.on ? (
                    <SelectField
                      label="Onder thema"
                      value={p.themeId}
                      options={d.themes.map((t) => ({ value: String(t.id), label: t.title }))}
                      placeholder="Kies een thema"
                      onChange={(themeId) => update(key(c), { themeId })}
                      error={fieldErrors.themeId}
                      required
                      className="wo-compact"
                    />
                  ) : null}
                </div>
              ) : null}
              {p.on && c.kind === 'decision' ? (
                <div className="wo-wa-own">
                  <p className="wo-hint">Een besluit wordt een afspraak: vul in wat er gebeurt, wie het doet en wanneer.</p>
                  <OwnFields
                    values={p.own}
                    set={(field, value) => updateOwn(key(c), { [field]: value })}
                    errors={fieldErrors}
                    organisations={organisations.data ?? []}
                    people={people.data ?? []}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {!d.blocked && d.candidates.length > 0 ? (
        <div className="wo-buttons">
          <Button variant="primary" onClick={() => void submit()} disabled={busy || chosen.length === 0}>
            {chosen.length === 0 ? 'Kies wat op de wijkagenda komt' : `${chosen.length === 1 ? '1 afspraak' : `${chosen.length} afspraken`} op de wijkagenda zetten`}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}
