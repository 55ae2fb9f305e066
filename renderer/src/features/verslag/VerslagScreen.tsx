import { useEffect, useMemo, useState } from 'react';
import type { VerslagView } from '../../../../contract/schemas/verslag';
import type { VerslagItem } from '../../../../domain/verslag/content';
import { buildVerslagDocument, establishedText, verslagTitle } from '../../../../domain/verslag/document';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { DocumentPreview, DocumentPrint } from '../../documents/DocumentPreview';
import { ExportButtons } from '../../documents/ExportButtons';
import { href } from '../../layout/router';
import { Page } from '../../layout/Page';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { useEditable } from '../../ui/useEditable';
import './verslag.css';

type Tab = 'tekst' | 'voorbeeld';

/**
 * The notulist's screen: the verslag of one meeting. Per agenda item a text that starts from the
 * notes taken in the meeting (saved while typing); what comes from data (attendance, signals,
 * actions, decisions) is corrected where it lives, in the meeting. A preview as it will look,
 * printing, the three file formats, vaststellen with a date, corrections as new versions.
 */
export function VerslagScreen({ meetingId }: { meetingId: number }) {
  const [version, setVersion] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<Tab>('tekst');
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const query = useQuery('verslag:get', version === undefined ? { meetingId } : { meetingId, version }, { enabled: Number.isInteger(meetingId) && meetingId > 0 });
  const view = query.data;
  const model = useMemo(() => (view?.selected ? buildVerslagDocument(view.content, view.selected, view.createdAt) : null), [view]);

  // Ctrl+P prints the verslag (the print copy), not the editor around it.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p' && model) {
        e.preventDefault();
        window.print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [model]);

  const run = async (work: () => Promise<VerslagView>, ok: string) => {
    try {
      const next = await trackSave(work);
      setVersion(undefined);
      query.set(next);
      setNotice({ type: 'ok', text: ok });
    } catch (e) {
      setNotice({ type: 'error', text: messageOf(e) });
    }
  };

  if (query.error) {
    return (
      <Page title="Verslag">
        <Alert type="error">{query.error}</Alert>
      </Page>
    );
  }
  if (!view) return <p className="wo-loading wo-page">Verslag wordt geladen…</p>;

  const title = verslagTitle(view.content);
  const selected = view.selected;
  const latest = view.versions.at(-1) ?? null;
  const back = (
    <a className="utrecht-link" href={href(`/overleg/${meetingId}`)}>
      Naar het overleg
    </a>
  );

  if (!selected) {
    return (
      <Page title={title} intro={`${view.content.wijk} · ${view.content.place}`} actions={back}>
        {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
        <section className="wo-panel">
          <h2 className="utrecht-heading-2">Nog geen verslag</h2>
          {view.meetingStatus === 'gepland' ? (
            <p className="utrecht-paragraph">Dit overleg is nog niet gehouden. Het verslag kan worden opgesteld zodra het overleg is gestart.</p>
          ) : (
            <>
              <p className="utrecht-paragraph">
                Het verslag wordt opgesteld uit wat in het overleg is vastgelegd: aanwezigheid, signalen, acties en besluiten. Per agendapunt schrijft u een korte tekst;
                die begint bij de notities uit het overleg.
              </p>
              <Button variant="primary" onClick={() => void run(() => call('verslag:create', { meetingId }), 'Het verslag is aangemaakt als concept.')}>
                Verslag opstellen
              </Button>
            </>
          )}
        </section>
      </Page>
    );
  }

  const status = selected.status === 'vastgesteld' ? establishedText(selected) : `Concept, versie ${selected.version}`;
  return (
    <Page
      title={title}
      intro={
        <>
          <StatusBadge tone={selected.status === 'vastgesteld' ? 'safe' : 'warning'}>{selected.status === 'vastgesteld' ? 'Vastgesteld' : 'Concept'}</StatusBadge> {status}
          {view.versions.length > 1 ? ` · versie ${selected.version} van ${view.versions.length}` : ''}
        </>
      }
      actions={back}
      wide
    >
      {model ? <DocumentPrint model={model} /> : null}
      {notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}
      <div className="wo-verslag">
        <div className="wo-verslag__main">
          <div className="wo-tabs" role="tablist" aria-label="Weergave">
            {(['tekst', 'voorbeeld'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`verslag-tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`verslag-panel-${t}`}
                className={tab === t ? 'wo-tabs__tab wo-tabs__tab--active' : 'wo-tabs__tab'}
                onClick={() => setTab(t)}
              >
                {t === 'tekst' ? 'Tekst per agendapunt' : 'Voorbeeld'}
              </button>
            ))}
          </div>
          {tab === 'tekst' ? (
            <div role="tabpanel" id="verslag-panel-tekst" aria-labelledby="verslag-tab-tekst">
              {!view.editable ? (
                <Alert type="info">
                  {selected.status === 'vastgesteld'
                    ? 'Deze versie is vastgesteld en verandert niet meer. Een fout herstelt u met een correctie: die wordt een nieuwe versie.'
                    : 'Dit is een oudere versie. Alleen de nieuwste versie kan worden bewerkt.'}
                </Alert>
              ) : (
                <p className="utrecht-paragraph wo-hint">
                  Aanwezigheid, besluiten, signalen en acties komen uit het overleg; pas die daar aan. Hier schrijft u de tekst per agendapunt. Alles wordt direct opgeslagen.
                </p>
              )}
              {view.content.items.map((item) => (
                <ItemText key={item.agendaItemId} meetingId={meetingId} item={item} editable={view.editable} notes={view.notes.find((n) => n.agendaItemId === item.agendaItemId)?.notes ?? null} text={view.summaries.find((s) => s.agendaItemId === item.agendaItemId)?.text ?? ''} />
              ))}
            </div>
          ) : (
            <div role="tabpanel" id="verslag-panel-voorbeeld" aria-labelledby="verslag-tab-voorbeeld" className="wo-verslag__preview">
              {model ? <DocumentPreview model={model} /> : null}
            </div>
          )}
        </div>
        <aside className="wo-verslag__side" aria-label="Verslag: opslaan, vaststellen en versies">
          <section className="wo-panel">
            <h2 className="utrecht-heading-3">Opslaan en afdrukken</h2>
            <ExportButtons key={selected.version} what={`Verslag versie ${selected.version}`} exportFile={(format) => call('verslag:export', { meetingId, version: selected.version, format })} />
            <p className="wo-verslag__print">
              <Button variant="subtle" onClick={() => window.print()} aria-keyshortcuts="Control+P">
                Afdrukken (Ctrl+P)
              </Button>
            </p>
          </section>
          {view.editable ? <EstablishForm meetingId={meetingId} meetingStatus={view.meetingStatus} meetingDate={view.content.date} run={run} /> : null}
          {latest?.status === 'vastgesteld' && selected.version === latest.version ? <CorrectForm meetingId={meetingId} run={run} /> : null}
          <section className="wo-panel">
            <h2 className="utrecht-heading-3">Versies</h2>
            <ol className="wo-versions" reversed>
              {[...view.versions].reverse().map((v) => (
                <li key={v.version} className={v.version === selected.version ? 'wo-versions__item wo-versions__item--current' : 'wo-versions__item'}>
                  <p className="wo-versions__head">
                    <strong>Versie {v.version}</strong> · {v.status === 'vastgesteld' ? 'vastgesteld' : 'concept'}
                    {v.version === selected.version ? (
                      ' (getoond)'
                    ) : (
                      <>
                        {' · '}
                        <button type="button" className="wo-link-button" onClick={() => setVersion(v.version === latest?.version ? undefined : v.version)}>
                          Versie {v.version} bekijken
                        </button>
                      </>
                    )}
                  </p>
                  <p className="wo-versions__meta">
                    {v.version === 1 ? 'Opgesteld' : 'Correctie gemaakt'} op {formatDate(v.createdAt.slice(0, 10))}
                    {v.createdBy ? ` door ${v.createdBy}` : ''}
                    {v.reason ? `: ${v.reason}` : ''}
                  </p>
                  {v.changes.length > 0 ? <p className="wo-versions__meta">Gewijzigd: {v.changes.join('; ')}</p> : null}
                  {v.status === 'vastgesteld' ? <p className="wo-versions__meta">{establishedText(v)}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </Page>
  );
}

function counts(item: VerslagItem): string {
  const parts: string[] = [];
  const n = (count: number, one: string, many: string) => count > 0 && parts.push(`${count} ${count === 1 ? one : many}`);
  n(item.decisions.length, 'besluit', 'besluiten');
  n(item.signalsNew.length, 'nieuw signaal', 'nieuwe signalen');
  n(item.signalsFollowed.length, 'besproken signaal', 'besproken signalen');
  n(item.actionsNew.length, 'nieuwe actie', 'nieuwe acties');
  n(item.actionsUpdated.length, 'actie met voortgang', 'acties met voortgang');
  return parts.length > 0 ? `Uit het overleg: ${parts.join(', ')}.` : 'Geen besluiten, signalen of acties bij dit punt.';
}

function ItemText({ meetingId, item, editable, notes, text }: { meetingId: number; item: VerslagItem; editable: boolean; notes: string | null; text: string }) {
  const edit = useEditable({ id: item.agendaItemId, text }, (v) =>
    call('verslag:saveSummary', { meetingId, agendaItemId: v.id, text: v.text }).then((r) => ({ id: r.agendaItemId, text: r.text ?? '' })),
  );
  return (
    <section className="wo-panel wo-verslag__item" aria-labelledby={`verslag-item-${item.agendaItemId}`}>
      <h2 className="utrecht-heading-3" id={`verslag-item-${item.agendaItemId}`}>
        {item.number}. {item.title}
      </h2>
      <p className="wo-verslag__facts">{counts(item)}</p>
      {editable ? (
        <>
          <TextAreaField
            label={`Verslag bij ${item.number}. ${item.title}`}
            value={edit.draft.text}
            rows={Math.min(12, Math.max(3, edit.draft.text.split('\n').length + 1))}
            onChange={(v) => edit.set('text', v)}
            onCommit={() => void edit.commit()}
            error={edit.errors.text}
            description={notes && notes.trim() !== edit.draft.text.trim() ? `Notities uit het overleg: ${notes}` : undefined}
          />
          {edit.formError ? <Alert type="error">{edit.formError}</Alert> : null}
        </>
      ) : (
        <div className="wo-verslag__text">{text ? text.split(/\n\s*\n/).map((p, i) => <p key={i}>{p}</p>) : <p className="wo-hint">Geen tekst bij dit punt.</p>}</div>
      )}
    </section>
  );
}

function EstablishForm({ meetingId, meetingStatus, meetingDate, run }: { meetingId: number; meetingStatus: string; meetingDate: string; run: (work: () => Promise<VerslagView>, ok: string) => Promise<void> }) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  if (meetingStatus !== 'afgerond') {
    return (
      <section className="wo-panel">
        <h2 className="utrecht-heading-3">Vaststellen</h2>
        <p className="utrecht-paragraph">Het overleg is nog niet afgerond. Rond het overleg af; daarna kan het verslag worden vastgesteld.</p>
      </section>
    );
  }
  return (
    <section className="wo-panel">
      <h2 className="utrecht-heading-3">Vaststellen</h2>
      <p className="utrecht-paragraph">
        Normaal stelt de voorzitter het verslag vast in het volgende overleg, bij het agendapunt Verslag en actielijst. Is het op een andere manier vastgesteld (bijvoorbeeld per
        e-mail), vul dan de datum in.
      </p>
      <TextField label="Vastgesteld op" type="date" value={date} onChange={setDate} error={error} description={`Op of na ${formatDate(meetingDate)}.`} />
      <Button
        variant="secondary"
        onClick={() => {
          if (!date) {
            setError('Vul de datum van vaststelling in.');
            return;
          }
          setError(undefined);
          void run(() => call('verslag:establish', { meetingId, date }), `Het verslag is vastgesteld op ${formatDate(date)}.`);
        }}
      >
        Vaststellen met deze datum
      </Button>
    </section>
  );
}

function CorrectForm({ meetingId, run }: { meetingId: number; run: (work: () => Promise<VerslagView>, ok: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  return (
    <section className="wo-panel">
      <h2 className="utrecht-heading-3">Correctie</h2>
      <p className="utrecht-paragraph">Een vastgesteld verslag verandert niet meer. Een correctie wordt een nieuwe versie; de vorige blijft te lezen.</p>
      <TextAreaField label="Wat wordt er gecorrigeerd, en waarom?" value={reason} rows={2} onChange={setReason} />
      <Button variant="secondary" onClick={() => void run(() => call('verslag:correct', { meetingId, reason }), 'Er is een nieuwe versie gemaakt. Pas de tekst aan en stel die opnieuw vast.')}>
        Correctie maken (nieuwe versie)
      </Button>
    </section>
  );
}
