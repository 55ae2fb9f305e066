import type { BackendContext } from '../context';
import { todayIn } from '../context';
import type { Agreement, Review, ReviewSummary, Wijkagenda } from '../../contract/schemas/wijkagenda';
import { DomainError, notFound } from '../../contract';
import { getWijk } from '../../db/queries/wijken';
import * as q from '../../db/queries/wijkagenda';
import { deriveAction } from '../../domain/action';
import { coverConfidentialAction } from '../../domain/privacy';
import { countOutcomes, diffReviews, reviewStaleness, rolloverDue, movesToNextYear } from '../../domain/wijkagenda';

/** Adds the derived fields and covers a confidential agreement's text wherever the wijkagenda shows it. */
export function toAgreement(row: q.AgreementRow, today: string): Agreement {
  const confidential = row.confidential === 1;
  return { ...deriveAction(coverConfidentialAction(row, confidential), today), confidential };
}

export function agreementById(ctx: BackendContext, id: number): Agreement {
  const row = q.getAgreementRow(ctx.db, id);
  if (!row) throw notFound('Deze afspraak');
  return toAgreement(row, todayIn(ctx));
}

export function requireWijk(ctx: BackendContext, wijkId: number) {
  const wijk = getWijk(ctx.db, wijkId);
  if (!wijk) throw notFound('Deze wijk');
  return wijk;
}

export function requireThemeFor(ctx: BackendContext, themeId: number, wijkId: number, year: number): q.ThemeRow {
  const theme = q.getTheme(ctx.db, themeId);
  if (!theme || theme.wijkId !== wijkId) throw new DomainError('validation', 'Kies een thema van deze wijk.', { themeId: 'Kies een thema van deze wijk.' });
  if (theme.firstYear > year || theme.lastYear < year) {
    const message = `Het thema “${theme.title}” loopt van ${theme.firstYear} tot en met ${theme.lastYear}, niet in ${year}.`;
    throw new DomainError('validation', message, { themeId: message });
  }
  return theme;
}

const reviewTotal = (items: readonly q.ReviewItemRow[]) => countOutcomes(items, () => ({ key: '', label: '' })).total;

function toSummary(row: q.ReviewRow, items: readonly q.ReviewItemRow[]): ReviewSummary {
  return { id: row.id, date: row.date, note: row.note, createdAt: row.createdAt, total: reviewTotal(items) };
}

/** A review with its counts per theme and per organisation, and what changed since the previous one. */
export function buildReview(ctx: BackendContext, reviewId: number): Review {
  const row = q.getReviewRow(ctx.db, reviewId);
  if (!row) throw notFound('Deze actualisatie');
  const agenda = ctx.db.prepare('SELECT wijk_id AS wijkId, year FROM wijkagenda WHERE id = ?').get(row.wijkagendaId) as { wijkId: number; year: number };
  const all = q.listReviewRows(ctx.db, row.wijkagendaId);
  const index = all.findIndex((r) => r.id === row.id);
  const previous = index > 0 ? (all[index - 1] ?? null) : null;
  const items = q.listReviewItems(ctx.db, previous ? [row.id, previous.id] : [row.id]);
  const mine = items.get(row.id) ?? [];
  const before = previous ? (items.get(previous.id) ?? []) : null;
  const wijk = requireWijk(ctx, agenda.wijkId);
  return {
    ...toSummary(row, mine),
    wijkId: agenda.wijkId,
    wijkName: wijk.name,
    year: agenda.year,
    items: mine,
    byTheme: countOutcomes(mine, (i) => ({ key: String(i.themeId), label: i.themeTitle })).groups,
    byOrganisation: countOutcomes(mine, (i) => ({ key: String(i.ownerOrganisationId), label: i.ownerOrganisationName }))
      .groups.sort((a, b) => a.label.localeCompare(b.label, 'nl')),
    previousId: previous?.id ?? null,
    previousDate: previous?.date ?? null,
    changes: diffReviews(before, mine),
  };
}

/** The whole agenda of a wijk-year as the screen and the documents show it. */
export function buildWijkagenda(ctx: BackendContext, wijkId: number, year: number): Wijkagenda {
  const wijk = requireWijk(ctx, wijkId);
  const today = todayIn(ctx);
  const agendaId = q.findWijkagenda(ctx.db, wijkId, year);
  const agreements = agendaId ? q.listAgreementRows(ctx.db, agendaId).map((r) => toAgreement(r, today)) : [];
  const reviewRows = agendaId ? q.listReviewRows(ctx.db, agendaId) : [];
  const items = q.listReviewItems(ctx.db, reviewRows.map((r) => r.id));
  const latest = reviewRows.at(-1) ?? null;
  const oldest = agreements.reduce<string | null>((min, a) => (min === null || a.createdAt < min ? a.createdAt : min), null);
  // Staleness matters for the agenda being worked on, not for a year that has ended.
  const current = Number(today.slice(0, 4)) <= year;
  return {
    wijkId,
    wijkName: wijk.name,
    year,
    wijkagendaId: agendaId,
    themes: q.listThemesForYear(ctx.db, wijkId, year),
    agreements,
    reviews: reviewRows.map((r) => toSummary(r, items.get(r.id) ?? [])).reverse(),
    latestReview: latest ? buildReview(ctx, latest.id) : null,
    staleWarning: current ? reviewStaleness(latest?.date ?? null, oldest?.slice(0, 10) ?? null, today).message : null,
    toMove: agreements.filter((a) => movesToNextYear(a) && a.movedToYear === null).length,
    rolloverDue: rolloverDue(year, today),
    years: [...new Set([...q.agendaYears(ctx.db, wijkId), year])].sort((a, b) => a - b),
    today,
  };
}
