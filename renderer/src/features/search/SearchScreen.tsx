import { namedOptions } from '../../ui/options';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { SEARCH_KINDS, type SearchKind, type SearchResult } from '../../../../contract/schemas/search';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';

/** Where a result opens: the signal or action in its overview, a decision in its meeting, a verslag on its own screen. */
const PATHS: Record<SearchKind, (r: SearchResult) => string> = {
  signal: (r) => `/signalen/${r.id}`,
  action: (r) => `/acties/${r.id}`,
  decision: (r) => `/overleg/${r.meetingId}`,
  verslag: (r) => `/verslag/${r.meetingId}`,
};
const pathOf = (r: SearchResult): string => PATHS[r.kind](r);

/** The index marks the words found with « and »: shown as highlighted text. */
function Snippet({ text }: { text: string }): ReactNode {
  const parts = text.split(/«|»/);
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>));
}

/**
 * Zoeken: signals, actions, decisions and verslagen of every meeting ever held, ranked (full-text index:
 * accents ignored, word beginnings match), with filters; a result opens the record. A
 * vertrouwelijk signal is found, but its text stays covered here as everywhere on screen.
 */
export function SearchScreen() {
  const wijken = useQuery('wijk:list', {});
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [wijkId, setWijkId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Every text asks the back end (a few milliseconds on ten years; the bench's keystroke metric);
  // deferring it keeps typing responsive while the previous results are still being drawn.
  const query = useDeferredValue(text.trim());
  const search = useQuery(
    'search:query',
    {
      text: query,
      ...(kind ? { kind: kind as SearchKind } : {}),
      ...(wijkId ? { wijkId: Number(wijkId) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      limit: 50,
    },
    { enabled: query.length > 0 },
  );
  const errors = search.errorFields;
  const answer = query.length > 0 && !search.error ? search.data : undefined;

  return (
    <Page title="Zoeken" intro="Zoek in de signalen, acties, besluiten en verslagen van alle overleggen. Hoofdletters en accenten maken niet uit; het begin van een woord is genoeg.">
      <div className="wo-card wo-row wo-period" role="search" aria-label="Zoeken in alle overleggen">
        <TextField label="Zoek naar" value={text} onChange={setText} placeholder="bijvoorbeeld: zwerfafval Molenkamp" className="wo-search-field" />
        <SelectField
          label="Soort"
          value={kind}
          onChange={setKind}
          options={Object.entries(SEARCH_KINDS).map(([value, label]) => ({ value, label }))}
          placeholder="Alles"
          className="wo-filter"
        />
        <SelectField
          label="Wijk"
          value={wijkId}
          onChange={setWijkId}
          options={namedOptions(wijken.data)}
          placeholder="Alle wijken"
          className="wo-filter"
        />
        <TextField label="Vanaf" type="date" value={from} onChange={setFrom} error={errors.from} className="wo-date" />
        <TextField label="Tot en met" type="date" value={to} onChange={setTo} error={errors.to} className="wo-date" />
      </div>
      {search.error && Object.keys(errors).length === 0 ? <Alert type="error">{search.error}</Alert> : null}
      {answer ? (
        <>
          <p className="wo-summary" aria-live="polite">
            <span>
              {answer.total === 0
                ? 'Niets gevonden.'
                : answer.total > answer.results.length
                  ? `${answer.total} resultaten; de ${answer.results.length} beste staan hieronder.`
                  : `${answer.total} ${answer.total === 1 ? 'resultaat' : 'resultaten'}.`}
            </span>
          </p>
          <ol className="wo-results" aria-label="Zoekresultaten">
            {answer.results.map((r) => (
              <li key={`${r.kind}-${r.id}`} className="wo-card wo-result">
                <p className="wo-result__meta">
                  <StatusBadge tone="neutral">{SEARCH_KINDS[r.kind]}</StatusBadge> {r.wijkName}, {formatDate(r.date)}
                  {r.confidential ? (
                    <>
                      {' '}
                      <StatusBadge tone="warning">Vertrouwelijk</StatusBadge>
                    </>
                  ) : null}
                </p>
                <a className="utrecht-link wo-result__title" href={href(pathOf(r))}>
                  {r.title}
                </a>
                {/* Confidential details stay covered on screen until the chair opens the signal itself. */}
                <p className="wo-result__snippet">{r.confidential ? <span className="wo-muted">Details afgeschermd; open het signaal om ze te tonen.</span> : <Snippet text={r.snippet} />}</p>
              </li>
            ))}
          </ol>
        </>
      ) : query.length === 0 ? (
        <p className="wo-hint">Typ een of meer woorden; de resultaten verschijnen terwijl u typt.</p>
      ) : null}
    </Page>
  );
}
