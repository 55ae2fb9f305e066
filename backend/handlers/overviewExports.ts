import { ACTION_SORT_KEYS, type ActionQuery } from '../../contract/schemas/actions';
import { SIGNAL_SORT_KEYS, type SignalQuery } from '../../contract/schemas/signals';
import { listActionsInOrder } from '../../db/queries/actionPage';
import { pageSignals } from '../../db/queries/signalPage';
import { getOrganisation } from '../../db/queries/organisations';
import { getTeam } from '../../db/queries/teams';
import { getBuurt, getWijk } from '../../db/queries/wijken';
import { ACTION_HORIZONS, ACTION_STATUSES } from '../../domain/action';
import { longDateNl } from '../../domain/dates';
import { actionsSheet, overviewWorkbook, signalsSheet } from '../../domain/documents/overviewSheets';
import { SIGNAL_SENSITIVITIES, SIGNAL_STATUSES, SIGNAL_THEMES } from '../../domain/signal';
import { todayIn, type BackendContext } from '../context';
import { exportWorkbook } from '../documents/exportWorkbook';
import type { HandlerMap } from '../handler';
import { toAction } from '../meeting/views';
import { authorOf } from './exports';

/** Every row of the filtered, sorted list: the table's query without its window. */
const ALL = { offset: 0, limit: Number.MAX_SAFE_INTEGER };

type About = { label: string; value: string };
const line = (label: string, value: string | null | undefined | false): About[] => (value ? [{ label, value }] : []);
const direction = (dir: 'asc' | 'desc') => (dir === 'asc' ? 'oplopend' : 'aflopend');
const period = (from?: string, to?: string) =>
  from && to ? `${longDateNl(from)} t/m ${longDateNl(to)}` : from ? `vanaf ${longDateNl(from)}` : to ? `t/m ${longDateNl(to)}` : null;
/**
 * The words typed in the search box are not repeated in the file: they may name a resident, and
 * next to a covered row they would tell what the covered case is about.
 */
const SEARCHED = 'Ja (de zoektekst staat niet in dit bestand)';

/** Which confidential signals the exported actions came from: their actions keep only wie, wanneer and status. */
function confidentialSignalIds(ctx: BackendContext, signalIds: readonly number[]): Set<number> {
  if (signalIds.length === 0) return new Set();
  const rows = ctx.db
    .prepare("SELECT value AS id FROM json_each(?) JOIN signal s ON s.id = value WHERE s.sensitivity <> 'normaal'")
    .all(JSON.stringify([...new Set(signalIds)])) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

function actionsAbout(ctx: BackendContext, { filter, sort }: ActionQuery): About[] {
  return [
    ...line('Team', filter.teamId !== undefined && (getTeam(ctx.db, filter.teamId)?.name ?? '—')),
    ...line('Wijk', filter.wijkId !== undefined && (getWijk(ctx.db, filter.wijkId)?.name ?? '—')),
    ...line('Organisatie', filter.organisationId !== undefined && (getOrganisation(ctx.db, filter.organisationId)?.name ?? '—')),
    ...line('Status', filter.status && ACTION_STATUSES[filter.status]),
    ...line('Horizon', filter.horizon && ACTION_HORIZONS[filter.horizon]),
    ...line('Alleen open', filter.openOnly && 'Ja'),
    ...line('Alleen verlopen', filter.overdueOnly && 'Ja'),
    ...line('Afgesproken in', period(filter.from, filter.to)),
    ...line('Gezocht', filter.text && SEARCHED),
    { label: 'Sortering', value: `${ACTION_SORT_KEYS[sort.key]}, ${direction(sort.dir)}` },
  ];
}

function signalsAbout(ctx: BackendContext, { filter, sort }: SignalQuery): About[] {
  return [
    ...line('Team', filter.teamId !== undefined && (getTeam(ctx.db, filter.teamId)?.name ?? '—')),
    ...line('Wijk', filter.wijkId !== undefined && (getWijk(ctx.db, filter.wijkId)?.name ?? '—')),
    ...line('Buurt', filter.buurtId !== undefined && (getBuurt(ctx.db, filter.buurtId)?.name ?? '—')),
    ...line('Organisatie', filter.organisationId !== undefined && (getOrganisation(ctx.db, filter.organisationId)?.name ?? '—')),
    ...line('Thema', filter.theme && SIGNAL_THEMES[filter.theme]),
    ...line('Status', filter.status && SIGNAL_STATUSES[filter.status]),
    ...line('Vertrouwelijkheid', filter.sensitivity && SIGNAL_SENSITIVITIES[filter.sensitivity]),
    ...line('Alleen open', filter.openOnly && 'Ja'),
    ...line('Periode', period(filter.from, filter.to)),
    ...line('Gezocht', filter.text && `${SEARCHED}; vertrouwelijke signalen worden in een export niet op hun omschrijving of locatie gevonden`),
    { label: 'Sortering', value: `${SIGNAL_SORT_KEYS[sort.key]}, ${direction(sort.dir)}` },
  ];
}

export const overviewExportHandlers: HandlerMap<'action:export' | 'signal:export'> = {
  /** Alle acties as shown: every row of the filter, in the order of the sort. */
  'action:export': async (ctx, query) => {
    const today = todayIn(ctx);
    const actions = listActionsInOrder(ctx.db, query, today).map((row) => toAction(row, today));
    const confidential = confidentialSignalIds(ctx, actions.flatMap((a) => (a.signalId === null ? [] : [a.signalId])));
    const sheet = actionsSheet(actions.map((a) => ({ ...a, signalConfidential: a.signalId !== null && confidential.has(a.signalId) })));
    const workbook = overviewWorkbook({ title: 'Alle acties', author: authorOf(ctx), createdAt: ctx.now().toISOString(), sheet, about: actionsAbout(ctx, query) });
    return exportWorkbook(ctx, workbook, `Alle acties ${today}`);
  },

  /**
   * Alle signalen as shown, read as partners may read it: a file leaves the app, so a search never
   * finds a vertrouwelijk signal by what only the wijkmanager may read (description, location).
   */
  'signal:export': async (ctx, query) => {
    const today = todayIn(ctx);
    const signals = pageSignals(ctx.db, { ...query, view: 'partner' }, ALL).rows;
    const workbook = overviewWorkbook({ title: 'Alle signalen', author: authorOf(ctx), createdAt: ctx.now().toISOString(), sheet: signalsSheet(signals), about: signalsAbout(ctx, query) });
    return exportWorkbook(ctx, workbook, `Alle signalen ${today}`);
  },
};
