import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { AGENDA_ITEM_KINDS, type AgendaItemKind, type AgendaTemplate, type TemplateItem } from '../../../../contract/schemas/meetings';
import { ApiCallError, call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { optionsOf } from '../../ui/options';
import { trackSave } from '../../ui/saveStatus';

const kindOptions = optionsOf(AGENDA_ITEM_KINDS);

/** Per team the agenda every new meeting starts with. */
export function TemplatesScreen({ wijkId }: { wijkId: number | null }) {
  const wijken = useQuery('wijk:list', {});
  const current = wijkId ?? wijken.data?.[0]?.id ?? null;
  return (
    <Page
      title="Agendasjablonen"
      intro="Per wijk-coördinatieteam de vaste agenda waarmee elk nieuw overleg begint. Al geplande overleggen houden hun eigen agenda; die past u in het overleg zelf aan."
    >
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      <nav aria-label="Teams" className="wo-tabs">
        {(wijken.data ?? []).map((w) => (
          <a key={w.id} className="wo-tab" href={href(`/sjablonen/${w.id}`)} aria-current={w.id === current ? 'page' : undefined}>
            WCT {w.name}
          </a>
        ))}
      </nav>
      {current !== null ? <TeamTemplate key={current} wijkId={current} /> : wijken.data ? <p className="wo-hint">Nog geen wijken.</p> : null}
    </Page>
  );
}

function TeamTemplate({ wijkId }: { wijkId: number }) {
  const team = useQuery('team:get', { wijkId });
  const teamId = team.data?.id;
  const template = useQuery('template:get', { teamId: teamId ?? 1 }, { enabled: teamId !== undefined });
  if (team.error || template.error) return <Alert type="error">{team.error ?? template.error}</Alert>;
  if (!team.data || !template.data || template.data.teamId !== team.data.id) return <p className="wo-loading">Laden…</p>;
  return <TemplateEditor key={team.data.id} teamName={team.data.name} stored={template.data} />;
}

/** A row being edited; minutes stay text while typing so nothing typed is thrown away. */
interface Draft {
  key: number;
  title: string;
  kind: AgendaItemKind;
  minutes: string;
}
type FieldErrors = Partial<Record<'title' | 'kind' | 'plannedMinutes', string>>;

let nextKey = 1;
const toDraft = (item: TemplateItem): Draft => ({ key: nextKey++, title: item.title, kind: item.kind, minutes: String(item.plannedMinutes) });
// A non-number goes to the back end as typed, so its Dutch message explains what is wrong.
const toItem = (d: Draft) => ({ title: d.title, kind: d.kind, plannedMinutes: /^\s*\d+\s*$/.test(d.minutes) ? Number(d.minutes) : (d.minutes as unknown as number) });
const same = (a: Draft[], b: Draft[]) => JSON.stringify(a.map(toItem)) === JSON.stringify(b.map(toItem));

export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${total} minuten`;
  return `${total} minuten (${hours} uur${rest ? ` en ${rest} min` : ''})`;
}

/** Splits "items.2.title" errors per row; anything else is a message for the whole list. */
function splitErrors(error: unknown, sent: Draft[]): { rows: Record<number, FieldErrors>; general: string | null } {
  const rows: Record<number, FieldErrors> = {};
  const fields = error instanceof ApiCallError ? error.fields : {};
  let general: string | null = null;
  for (const [path, message] of Object.entries(fields)) {
    const match = /^items\.(\d+)\.(title|kind|plannedMinutes)$/.exec(path);
    const draft = match ? sent[Number(match[1])] : undefined;
    if (match && draft) rows[draft.key] = { ...rows[draft.key], [match[2] as keyof FieldErrors]: message };
    else general = message;
  }
  return { rows, general: general ?? (Object.keys(rows).length === 0 ? messageOf(error) : null) };
}

function TemplateEditor({ teamName, stored }: { teamName: string; stored: AgendaTemplate }) {
  const [items, setItems] = useState<Draft[]>(() => stored.items.map(toDraft));
  const [isDefault, setIsDefault] = useState(stored.isDefault);
  const [rowErrors, setRowErrors] = useState<Record<number, FieldErrors>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [adding, setAdding] = useState<{ title: string; kind: AgendaItemKind; minutes: string }>({ title: '', kind: 'overig', minutes: '10' });
  const [addErrors, setAddErrors] = useState<FieldErrors>({});
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const savedRef = useRef(items);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [focusAfterMove, setFocusAfterMove] = useState<string | null>(null);

  // Keep the keyboard where it was after a row moved (React re-inserts the row, which drops focus).
  useLayoutEffect(() => {
    if (!focusAfterMove) return;
    const target = document.getElementById(focusAfterMove) as HTMLButtonElement | null;
    const fallback = target?.disabled ? document.getElementById(focusAfterMove.replace(/-(up|down)$/, (_m, d: string) => (d === 'up' ? '-down' : '-up'))) : null;
    (fallback ?? target)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, items]);

  // Another screen (or window) changed this template: take it over when nothing is pending here.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    const fresh = stored.items.map(toDraft);
    if (same(itemsRef.current, savedRef.current) && !same(fresh, savedRef.current)) {
      savedRef.current = fresh;
      setItems(fresh);
      setIsDefault(stored.isDefault);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storedKey]);

  /**
   * Writes the whole list. Saves run one after another; a refused structural change (add, move,
   * remove) is rolled back, a refused text edit stays in its field with the message beside it.
   */
  const save = (next: Draft[], { rollback }: { rollback: boolean }): Promise<{ ok: boolean; rows: Record<number, FieldErrors> }> => {
    const run = async () => {
      if (same(next, savedRef.current)) {
        setRowErrors({});
        setGeneral(null);
        return { ok: true, rows: {} };
      }
      const before = savedRef.current;
      try {
        const result = await trackSave(() => call('template:update', { teamId: stored.teamId, items: next.map(toItem) }));
        // Same order and length as sent: keep the row keys so inputs keep focus.
        const saved = result.items.map((item, i) => ({ ...toDraft(item), key: next[i]?.key ?? nextKey++ }));
        savedRef.current = saved;
        if (same(itemsRef.current, next)) {
          itemsRef.current = saved;
          setItems(saved);
        }
        setIsDefault(result.isDefault);
        setRowErrors({});
        setGeneral(null);
        return { ok: true, rows: {} };
      } catch (error) {
        const { rows, general: message } = splitErrors(error, next);
        if (rollback) {
          itemsRef.current = before;
          setItems(before);
        }
        setRowErrors(rollback ? {} : rows);
        setGeneral(rollback && Object.keys(rows).length > 0 ? messageOf(error) : message);
        return { ok: false, rows };
      }
    };
    const done = queue.current.then(run, run);
    queue.current = done;
    return done;
  };

  const change = (key: number, patch: Partial<Draft>) => {
    const next = itemsRef.current.map((d) => (d.key === key ? { ...d, ...patch } : d));
    itemsRef.current = next;
    setItems(next);
  };
  const commit = () => void save(itemsRef.current, { rollback: false });
  const restructure = (next: Draft[]) => {
    itemsRef.current = next;
    setItems(next);
    return save(next, { rollback: true });
  };
  const move = (index: number, direction: -1 | 1) => {
    const next = [...itemsRef.current];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + direction, 0, item);
    setFocusAfterMove(`tpl-${item.key}-${direction < 0 ? 'up' : 'down'}`);
    void restructure(next);
  };
  const remove = (key: number) => void restructure(itemsRef.current.filter((d) => d.key !== key));
  const add = async () => {
    const draft: Draft = { key: nextKey++, title: adding.title, kind: adding.kind, minutes: adding.minutes };
    const sent = [...itemsRef.current, draft];
    itemsRef.current = sent;
    setItems(sent);
    setAddErrors({});
    const result = await save(sent, { rollback: false });
    if (result.ok) {
      setAdding({ title: '', kind: 'overig', minutes: '10' });
      return;
    }
    // Refused: the new row goes again and its messages move to the add form, where the text still is.
    const { [draft.key]: own = {}, ...others } = result.rows;
    setAddErrors(own);
    setRowErrors(others);
    itemsRef.current = itemsRef.current.filter((d) => d.key !== draft.key);
    setItems(itemsRef.current);
  };

  const total = items.reduce((sum, d) => sum + (Number(d.minutes) || 0), 0);

  return (
    <section aria-labelledby="sjabloon-titel">
      <div className="wo-template__head">
        <h2 className="utrecht-heading-2" id="sjabloon-titel">
          Agenda van {teamName}
        </h2>
        {isDefault ? <StatusBadge tone="neutral">Standaardagenda</StatusBadge> : <StatusBadge tone="active">Eigen sjabloon</StatusBadge>}
      </div>
      <p className="wo-hint">Elke wijziging wordt direct opgeslagen. Tekst en minuten worden opgeslagen zodra u het veld verlaat.</p>
      {general ? <Alert type="error">{general}</Alert> : null}
      <div className="utrecht-table-container wo-card wo-template">
        <table className="utrecht-table utrecht-table--html-table wo-table">
          <caption className="wo-visually-hidden">Agendapunten van {teamName}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell wo-template__nr">Nr.</th>
              <th scope="col" className="utrecht-table__header-cell">Agendapunt</th>
              <th scope="col" className="utrecht-table__header-cell wo-template__kind">Soort</th>
              <th scope="col" className="utrecht-table__header-cell wo-template__minutes">Minuten</th>
              <th scope="col" className="utrecht-table__header-cell wo-template__tools">
                <span className="wo-visually-hidden">Volgorde en verwijderen</span>
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {items.map((d, index) => {
              const errors = rowErrors[d.key] ?? {};
              const n = index + 1;
              const name = d.title.trim() || `agendapunt ${n}`;
              return (
                <tr key={d.key} className="utrecht-table__row">
                  <td className="utrecht-table__cell wo-template__nr">{n}</td>
                  <td className="utrecht-table__cell">
                    <CellInput id={`tpl-${d.key}-title`} label={`Titel van agendapunt ${n}`} value={d.title} error={errors.title} onChange={(v) => change(d.key, { title: v })} onCommit={commit} />
                  </td>
                  <td className="utrecht-table__cell wo-template__kind">
                    <select
                      className="utrecht-select utrecht-select--html-select"
                      aria-label={`Soort van agendapunt ${n}`}
                      value={d.kind}
                      // A refused kind (the last Signalenronde, say) springs back, with the reason above the table.
                      onChange={(e) => void restructure(itemsRef.current.map((x) => (x.key === d.key ? { ...x, kind: e.target.value as AgendaItemKind } : x)))}
                    >
                      {kindOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="utrecht-table__cell wo-template__minutes">
                    <CellInput
                      id={`tpl-${d.key}-minutes`}
                      label={`Geplande minuten van agendapunt ${n}`}
                      value={d.minutes}
                      error={errors.plannedMinutes}
                      onChange={(v) => change(d.key, { minutes: v })}
                      onCommit={commit}
                      numeric
                    />
                  </td>
                  <td className="utrecht-table__cell wo-template__tools">
                    <Button id={`tpl-${d.key}-up`} variant="subtle" className="wo-button--compact" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`${name} omhoog`}>
                      <span aria-hidden="true">↑</span> Omhoog
                    </Button>
                    <Button
                      id={`tpl-${d.key}-down`}
                      variant="subtle"
                      className="wo-button--compact"
                      disabled={index === items.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`${name} omlaag`}
                    >
                      <span aria-hidden="true">↓</span> Omlaag
                    </Button>
                    <Button variant="subtle" className="wo-button--compact wo-button--remove" onClick={() => remove(d.key)} aria-label={`${name} verwijderen`}>
                      Verwijderen
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="utrecht-table__row wo-template__total">
              <th scope="row" colSpan={3} className="utrecht-table__cell">
                Totaal gepland
              </th>
              <td colSpan={2} className="utrecht-table__cell" aria-live="polite">
                {formatMinutes(total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <form
        className="wo-card wo-row wo-inline-form"
        aria-label="Agendapunt toevoegen"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <TextField label="Nieuw agendapunt" value={adding.title} onChange={(v) => setAdding((a) => ({ ...a, title: v }))} error={addErrors.title} className="wo-grow" />
        <SelectField label="Soort" value={adding.kind} options={kindOptions} onChange={(v) => setAdding((a) => ({ ...a, kind: v as AgendaItemKind }))} error={addErrors.kind} className="wo-template__addkind" />
        <TextField label="Minuten" value={adding.minutes} inputMode="numeric" onChange={(v) => setAdding((a) => ({ ...a, minutes: v }))} error={addErrors.plannedMinutes} className="wo-template__addminutes" />
        <Button type="submit" variant="primary">
          Agendapunt toevoegen
        </Button>
      </form>
    </section>
  );
}

/** A text input inside a table cell: the column header is the visible label, the aria-label says which row. */
function CellInput({ id, label, value, error, onChange, onCommit, numeric }: { id: string; label: string; value: string; error?: string; onChange: (v: string) => void; onCommit: () => void; numeric?: boolean }) {
  return (
    <>
      <input
        id={id}
        className={['utrecht-textbox', 'utrecht-textbox--html-input', error ? 'utrecht-textbox--invalid' : ''].join(' ')}
        aria-label={label}
        value={value}
        inputMode={numeric ? 'numeric' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onCommit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onCommit();
          }
        }}
      />
      {error ? (
        <div className="utrecht-form-field-error-message wo-cell-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </>
  );
}
