import { useState } from 'react';
import type { Agreement, Theme, Wijkagenda } from '../../../../contract/schemas/wijkagenda';
import { keptSentence, type ReviewOutcome } from '../../../../domain/wijkagenda';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { href, navigate } from '../../layout/router';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/fields';
import { formatDate, formatDateShort } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { ActionStatusBadge, HorizonBadge, OverdueBadge } from '../actions/actionBadges';
import { OutcomeBadge } from './badges';
import { HandAgreementForm, ThemeForm } from './forms';
import { WijkagendaExports } from './WijkagendaExports';
import { ReviewForm } from './ReviewForm';
import { ReviewView } from './ReviewView';
import { yearOptions } from './WijkagendaOverviewScreen';
import { CONFIDENTIAL_DETAILS } from '../../../../domain/privacy';

type Panel = { kind: 'theme'; theme?: Theme } | { kind: 'hand' } | { kind: 'review' } | { kind: 'showReview'; id: number } | null;

/** The wijkagenda of one wijk and year: themes, the agreements under them, actualisaties, the year turn. */
export function WijkagendaScreen({ wijkId, year }: { wijkId: number; year: number }) {
  const agenda = useQuery('wijkagenda:get', { wijkId, year });
  const [panel, setPanel] = useState<Panel>(null);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const a = agenda.data;

  if (agenda.error) return <div className="wo-page"><Alert type="error">{agenda.error}</Alert></div>;
  if (!a) return <p className="wo-loading wo-page">Wijkagenda wordt geladen…</p>;

  const overdue = a.agreements.filter((g) => g.overdue).length;
  const latest = a.latestReview;
  const rollover = async () => {
    try {
      const r = await trackSave(() => call('wijkagenda:rollover', { wijkId, year }));
      setNotice({ type: 'ok', text: r.message });
    } catch (e) {
      setNotice({ type: 'error', text: messageOf(e) });
    }
  };

  return (
    <Page
      wide
      title={`Wijkagenda ${a.wijkName} ${year}`}
      intro="Het actieplan van alle partners in de wijk: de thema's uit het wijkontwikkelingsplan en de afspraken eronder. Minstens twee keer per jaar stelt u vast wat is nagekomen."
      actions={
        <>
          <SelectField label="Jaar" value={String(year)} options={yearOptions(year, a.years)} onChange={(v) => navigate(`/wijkagenda/${wijkId}/${v}`)} className="wo-filter--narrow" />
          <a className="utrecht-link wo-wa-back" href={href('/wijkagenda')}>
            Alle wijken
          </a>
        </>
      }
    >
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      {a.staleWarning ? (
        <Alert type="warning">
          {a.staleWarning}{' '}
          <Button variant="secondary" className="wo-button--compact" onClick={() => setPanel({ kind: 'review' })}>
            Actualisatie starten
          </Button>
        </Alert>
      ) : null}
      {a.rolloverDue && a.toMove > 0 ? (
        <Alert type="info">
          Het jaar {year} loopt af. {a.toMove === 1 ? 'Eén afspraak loopt' : `${a.toMove} afspraken lopen`} nog: zet ze over naar de wijkagenda {year + 1}; hun
          geschiedenis gaat mee.{' '}
          <Button variant="secondary" className="wo-button--compact" onClick={() => void rollover()}>
            Lopende afspraken overzetten naar {year + 1}
          </Button>
        </Alert>
      ) : null}

      <section className="wo-wa-summary" aria-label="Samenvatting">
        <p>
          <strong>{a.agreements.length}</strong> {a.agreements.length === 1 ? 'afspraak' : 'afspraken'} onder {a.themes.length}{' '}
          {a.themes.length === 1 ? 'thema' : "thema's"}
        </p>
        <p className={overdue ? 'wo-overdue' : undefined}>
          <strong>{overdue}</strong> verlopen
        </p>
        <p>
          Laatste actualisatie:{' '}
          {latest ? (
            <>
              <strong>{formatDate(latest.date)}</strong> — {keptSentence(latest.total)}
            </>
          ) : (
            <strong>nog geen</strong>
          )}
        </p>
      </section>

      <div className="wo-buttons wo-buttons--top">
        <Button variant="primary" onClick={() => setPanel({ kind: 'review' })} disabled={a.agreements.length === 0}>
          Actualisatie starten
        </Button>
        <Button onClick={() => setPanel({ kind: 'hand' })} disabled={a.themes.length === 0} title={a.themes.length === 0 ? 'Voeg eerst een thema toe' : undefined}>
          Afspraak toevoegen (met grondslag)
        </Button>
        <Button onClick={() => setPanel({ kind: 'theme' })}>Thema toevoegen</Button>
      </div>
      <WijkagendaExports wijkId={wijkId} year={year} disabled={a.agreements.length === 0} />

      {panel?.kind === 'theme' ? <ThemeForm wijkId={wijkId} year={year} theme={panel.theme} onDone={() => setPanel(null)} /> : null}
      {panel?.kind === 'hand' ? <HandAgreementForm agenda={a} onDone={() => setPanel(null)} /> : null}
      {panel?.kind === 'review' ? (
        <ReviewForm
          agenda={a}
          onCancel={() => setPanel(null)}
          onSaved={(id, text) => {
            setNotice({ type: 'ok', text });
            setPanel({ kind: 'showReview', id });
          }}
        />
      ) : null}
      {panel?.kind === 'showReview' ? <ReviewView reviewId={panel.id} onClose={() => setPanel(null)} /> : null}

      {a.themes.length === 0 ? (
        <p className="wo-card wo-hint">
          Deze wijkagenda heeft nog geen thema's. Voeg de thema's uit het wijkontwikkelingsplan toe; daarna kunt u afspraken uit de overleggen ("Naar wijkagenda" bij
          een afgerond overleg) of met een grondslag eronder zetten.
        </p>
      ) : null}
      {a.themes.map((t) => (
        <ThemeSection key={t.id} theme={t} agenda={a} onEdit={() => setPanel({ kind: 'theme', theme: t })} />
      ))}

      <section className="wo-panel" aria-labelledby="actualisaties">
        <h2 className="utrecht-heading-2" id="actualisaties">
          Actualisaties
        </h2>
        {a.reviews.length === 0 ? <p className="wo-hint">Deze wijkagenda is nog niet geactualiseerd.</p> : null}
        <ul className="wo-wa-reviews">
          {a.reviews.map((r) => (
            <li key={r.id}>
              <button type="button" className="wo-rowbutton utrecht-link" onClick={() => setPanel({ kind: 'showReview', id: r.id })}>
                Actualisatie van {formatDate(r.date)}
              </button>{' '}
              — {keptSentence(r.total)}
              {r.note ? <span className="wo-muted"> · {r.note}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function ThemeSection({ theme, agenda, onEdit }: { theme: Theme; agenda: Wijkagenda; onEdit: () => void }) {
  const agreements = agenda.agreements.filter((g) => g.themeId === theme.id);
  const outcomes = new Map((agenda.latestReview?.items ?? []).map((i) => [i.agreementId, i]));
  const headingId = `thema-${theme.id}`;
  return (
    <section className="wo-panel wo-wa-theme" aria-labelledby={headingId}>
      <div className="wo-panel__head">
        <h2 className="utrecht-heading-2" id={headingId}>
          {theme.title}
        </h2>
        <p className="wo-panel__count">
          {theme.firstYear === theme.lastYear ? theme.firstYear : `${theme.firstYear}–${theme.lastYear}`} ·{' '}
          <button type="button" className="wo-rowbutton utrecht-link" onClick={onEdit} aria-label={`Thema ${theme.title} wijzigen`}>
            Wijzigen
          </button>
        </p>
      </div>
      <p className="wo-wa-goal">Doel: {theme.goal}</p>
      {agreements.length === 0 ? (
        <p className="wo-hint">Nog geen afspraken onder dit thema.</p>
      ) : (
        <div className="utrecht-table-container">
          <table className="utrecht-table utrecht-table--html-table wo-table wo-wa-table">
            <caption className="wo-visually-hidden">Afspraken onder {theme.title}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Wat</th>
                <th scope="col" className="utrecht-table__header-cell">Wie</th>
                <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
                <th scope="col" className="utrecht-table__header-cell">Horizon · status</th>
                <th scope="col" className="utrecht-table__header-cell">Herkomst</th>
                <th scope="col" className="utrecht-table__header-cell">Laatste voortgang</th>
                <th scope="col" className="utrecht-table__header-cell">Actualisatie</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {agreements.map((g) => (
                <AgreementRow key={g.id} agreement={g} outcome={outcomes.get(g.id)?.outcome ?? null} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function AgreementRow({ agreement: g, outcome }: { agreement: Agreement; outcome: ReviewOutcome | null }) {
  return (
    <tr className={g.overdue ? 'utrecht-table__row wo-row--overdue' : 'utrecht-table__row'}>
      <td className="utrecht-table__cell wo-cell--first">
        <span className="wo-block">{g.what}</span>
        {g.carriedFromId !== null ? <span className="wo-hint wo-small">Overgezet uit {g.year - 1}</span> : null}
        {g.movedToYear !== null ? <span className="wo-hint wo-small"> Loopt door in {g.movedToYear}</span> : null}
      </td>
      <td className="utrecht-table__cell">
        {g.ownerOrganisationName}
        {g.ownerPersonName ? <span className="wo-block wo-small">{g.ownerPersonName}</span> : null}
      </td>
      <td className="utrecht-table__cell">
        <span className="wo-due">
          {g.dueDate ? <span className={g.overdue ? 'wo-overdue' : undefined}>{formatDateShort(g.dueDate)}</span> : <span className="wo-muted">—</span>}
          {g.overdue ? <OverdueBadge /> : null}
        </span>
      </td>
      <td className="utrecht-table__cell">
        <span className="wo-cell-badges">
          <HorizonBadge horizon={g.horizon} />
          <ActionStatusBadge status={g.status} horizon={g.horizon} />
        </span>
      </td>
      <td className="utrecht-table__cell wo-small">
        <Origin agreement={g} />
      </td>
      <td className="utrecht-table__cell wo-small">
        {g.lastFollowUpDate ? (
          <>
            <span className="wo-block">{formatDateShort(g.lastFollowUpDate)}</span>
            {g.lastFollowUpNote ?? (g.confidential ? CONFIDENTIAL_DETAILS : 'status gewijzigd')}
          </>
        ) : (
          <span className="wo-muted">—</span>
        )}
      </td>
      <td className="utrecht-table__cell">{outcome ? <OutcomeBadge outcome={outcome} /> : <span className="wo-muted" title="Nog niet beoordeeld">—</span>}</td>
    </tr>
  );
}

/** One click back to the meeting, or the ground of a hand-entered agreement. */
export function Origin({ agreement: g }: { agreement: Agreement }) {
  if (g.meetingId !== null && g.meetingDate) {
    return (
      <>
        {g.origin === 'decision' ? 'Besluit' : 'Actie'} uit{' '}
        <a className="utrecht-link" href={href(`/overleg/${g.meetingId}`)}>
          overleg {formatDateShort(g.meetingDate)}
        </a>
        {g.decisionText ? <span className="wo-block wo-muted">“{g.decisionText}”</span> : null}
      </>
    );
  }
  return (
    <>
      Grondslag: {g.groundDecision}
      <span className="wo-block wo-muted">
        {g.groundBody}
        {g.groundDate ? `, ${formatDateShort(g.groundDate)}` : ''}
      </span>
    </>
  );
}
