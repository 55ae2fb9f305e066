/**
 * The wijkagenda: per wijk per year the agreements all partners follow, under the themes of the
 * wijk's four-year plan, re-established at least twice a year. Pure rules only (no I/O): what may
 * go on the agenda, the review outcomes and their counts, staleness, the year turn, and the order
 * in which the chair walks through the agreements.
 */
import { addMonths, longDateNl } from './dates';

// ---- origin ---------------------------------------------------------------------------------

/** Where an agreement comes from. Action and decision keep a link to their meeting. */
export const AGREEMENT_ORIGINS = {
  action: 'Actie uit een overleg',
  decision: 'Besluit uit een overleg',
  hand: 'Handmatig, met grondslag',
} as const;
export type AgreementOrigin = keyof typeof AGREEMENT_ORIGINS;

// ---- review (actualisatie) ------------------------------------------------------------------

export const REVIEW_OUTCOMES = {
  nagekomen: 'Nagekomen',
  deels_nagekomen: 'Deels nagekomen',
  niet_nagekomen: 'Niet nagekomen',
  loopt_nog: 'Loopt nog',
} as const;
export type ReviewOutcome = keyof typeof REVIEW_OUTCOMES;
export const REVIEW_OUTCOME_KEYS = Object.keys(REVIEW_OUTCOMES) as ReviewOutcome[];

/** The minimum rhythm: the wijkagenda is re-established at least twice a year. */
export const REVIEW_INTERVAL_MONTHS = 6;

export interface ReviewStaleness {
  stale: boolean;
  /** Dutch warning for the wijkmanager, or null when the last actualisatie is recent enough. */
  message: string | null;
}

/**
 * Warn when the last actualisatie is more than six months old. Without any actualisatie the clock
 * starts at the oldest agreement on the agenda (an empty agenda has nothing to review).
 */
export function reviewStaleness(lastReviewDate: string | null, oldestAgreementDate: string | null, today: string): ReviewStaleness {
  const since = lastReviewDate ?? oldestAgreementDate;
  if (since === null || addMonths(since, REVIEW_INTERVAL_MONTHS) >= today) return { stale: false, message: null };
  return {
    stale: true,
    message: lastReviewDate
      ? `De laatste actualisatie is van ${longDateNl(lastReviewDate)}, meer dan zes maanden geleden. Stel de wijkagenda opnieuw vast.`
      : `Deze wijkagenda is nog nooit geactualiseerd, terwijl de oudste afspraak van ${longDateNl(since)} is. Stel de wijkagenda vast.`,
  };
}

/** What the actualisatie form proposes from the agreement's own state; the wijkmanager decides. */
export function suggestOutcome(a: { status: string; isOpen: boolean; overdue: boolean }): ReviewOutcome | null {
  if (a.status === 'gereed') return 'nagekomen';
  if (a.status === 'vervallen') return 'niet_nagekomen';
  if (a.isOpen && !a.overdue) return 'loopt_nog';
  // Overdue or settled otherwise: only the wijkmanager can say whether it was kept.
  return null;
}

export interface ReviewItemInput {
  agreementId: number;
  outcome?: ReviewOutcome | null;
  note?: string | null;
}

/**
 * Every agreement on the agenda gets an outcome; a note is required where the outcome needs an
 * explanation (not or partly kept). Returns agreementId → Dutch message.
 */
export function reviewItemProblems(agreementIds: readonly number[], items: readonly ReviewItemInput[]): Map<number, string> {
  const problems = new Map<number, string>();
  const byId = new Map(items.map((i) => [i.agreementId, i]));
  for (const id of agreementIds) {
    const item = byId.get(id);
    if (!item?.outcome) problems.set(id, 'Kies een uitkomst: nagekomen, deels nagekomen, niet nagekomen of loopt nog.');
    else if ((item.outcome === 'niet_nagekomen' || item.outcome === 'deels_nagekomen') && !item.note?.trim()) {
      problems.set(id, `Licht toe waarom de afspraak ${item.outcome === 'niet_nagekomen' ? 'niet' : 'maar deels'} is nagekomen.`);
    }
  }
  for (const item of items) if (!agreementIds.includes(item.agreementId)) problems.set(item.agreementId, 'Deze afspraak staat niet (meer) op deze wijkagenda.');
  return problems;
}

export type OutcomeCounts = Record<ReviewOutcome, number> & { total: number };

export const emptyCounts = (): OutcomeCounts => ({ total: 0, nagekomen: 0, deels_nagekomen: 0, niet_nagekomen: 0, loopt_nog: 0 });

export interface OutcomeGroup {
  key: string;
  label: string;
  counts: OutcomeCounts;
}

/** Counts per group (theme, organisation), in order of first appearance, plus the total. */
export function countOutcomes<T extends { outcome: ReviewOutcome }>(
  items: readonly T[],
  group: (item: T) => { key: string; label: string },
): { groups: OutcomeGroup[]; total: OutcomeCounts } {
  const groups = new Map<string, OutcomeGroup>();
  const total = emptyCounts();
  for (const item of items) {
    const { key, label } = group(item);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, counts: emptyCounts() }));
    g.counts[item.outcome] += 1;
    g.counts.total += 1;
    total[item.outcome] += 1;
    total.total += 1;
  }
  return { groups: [...groups.values()], total };
}

/** "7 van 12 nagekomen (2 deels)": the one line every summary of an actualisatie starts with. */
export function keptSentence(c: OutcomeCounts): string {
  if (c.total === 0) return 'Geen afspraken beoordeeld.';
  const parts = [`${c.nagekomen} van ${c.total} nagekomen`];
  if (c.deels_nagekomen) parts.push(`${c.deels_nagekomen} deels`);
  if (c.niet_nagekomen) parts.push(`${c.niet_nagekomen} niet`);
  if (c.loopt_nog) parts.push(`${c.loopt_nog} lopen nog`);
  return parts.join(', ');
}

export interface ReviewDiffEntry {
  agreementId: number;
  what: string;
  before: ReviewOutcome | null;
  after: ReviewOutcome | null;
  kind: 'new' | 'changed' | 'same' | 'gone';
}

/** What changed since the previous actualisatie, per agreement: new on the agenda, outcome changed, gone. */
export function diffReviews(
  previous: readonly { agreementId: number; what: string; outcome: ReviewOutcome }[] | null,
  current: readonly { agreementId: number; what: string; outcome: ReviewOutcome }[],
): ReviewDiffEntry[] {
  const before = new Map((previous ?? []).map((i) => [i.agreementId, i]));
  const entries: ReviewDiffEntry[] = current.map((i) => {
    const prev = before.get(i.agreementId);
    before.delete(i.agreementId);
    return {
      agreementId: i.agreementId,
      what: i.what,
      before: prev?.outcome ?? null,
      after: i.outcome,
      kind: !prev ? 'new' : prev.outcome === i.outcome ? 'same' : 'changed',
    };
  });
  for (const gone of before.values()) entries.push({ agreementId: gone.agreementId, what: gone.what, before: gone.outcome, after: null, kind: 'gone' });
  return entries;
}

const outcomeLabel = (o: ReviewOutcome | null): string => (o ? REVIEW_OUTCOMES[o] : 'geen beoordeling');

export const diffSentence = (d: ReviewDiffEntry): string =>
  d.kind === 'new'
    ? `Nieuw: ${outcomeLabel(d.after)}`
    : d.kind === 'gone'
      ? `Niet meer op de agenda (was: ${outcomeLabel(d.before)})`
      : d.kind === 'changed'
        ? `van ${outcomeLabel(d.before).toLowerCase()} naar ${outcomeLabel(d.after).toLowerCase()}`
        : `Ongewijzigd: ${outcomeLabel(d.after)}`;

// ---- what may go on the agenda --------------------------------------------------------------

/**
 * "Naar wijkagenda" reads a vastgesteld verslag: only what the team itself confirmed may go into
 * the wijk's plan. A later correction (a new concept version) does not undo that. Returns why not
 * (Dutch), or null when it may run.
 */
export function naarWijkagendaRefusal(meetingStatus: string, verslagVersions: readonly { status: 'concept' | 'vastgesteld' }[]): string | null {
  if (meetingStatus !== 'afgerond') return 'Zet afspraken pas op de wijkagenda als het overleg is afgerond en het verslag is vastgesteld.';
  if (verslagVersions.length === 0) return 'Er is nog geen verslag van dit overleg. Zet afspraken op de wijkagenda als het verslag is vastgesteld: stel het verslag eerst op.';
  if (!verslagVersions.some((v) => v.status === 'vastgesteld')) {
    return 'Het verslag van dit overleg is nog een concept. Zet afspraken op de wijkagenda als het verslag is vastgesteld (in het volgende overleg, of door de notulist met de datum).';
  }
  return null;
}


/** A decision must lie behind an agreement, and what/who must be clear (afspraak is afspraak). */
export function actionEligibility(a: { status: string; horizon: string }): string | null {
  if (a.status === 'vervallen') return 'Deze actie is vervallen: daar ligt geen afspraak meer achter.';
  if (a.horizon === 'nooit') return 'Deze actie gaat niet door (Nooit): er valt niets na te komen.';
  return null;
}

export const GROUND_MESSAGES = {
  decision: 'Noem het besluit waarop deze afspraak rust.',
  body: 'Noem wie het besluit nam (bijvoorbeeld het college, de stuurgroep of het WCT).',
} as const;

/** A hand-entered agreement names its ground: which decision, taken by which body. */
export function groundProblems(g: { groundDecision?: string | null; groundBody?: string | null }): Partial<Record<'groundDecision' | 'groundBody', string>> {
  const problems: Partial<Record<'groundDecision' | 'groundBody', string>> = {};
  if (!g.groundDecision?.trim()) problems.groundDecision = GROUND_MESSAGES.decision;
  if (!g.groundBody?.trim()) problems.groundBody = GROUND_MESSAGES.body;
  return problems;
}

// ---- themes ---------------------------------------------------------------------------------

/** A wijkontwikkelingsplan runs four years; a theme comes from it. */
export const PLAN_YEARS = 4;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const themeCoversYear = (t: { firstYear: number; lastYear: number }, year: number): boolean => t.firstYear <= year && year <= t.lastYear;

/** The goal of a theme is one sentence: one full stop, question or exclamation mark at most, at the end. */
export function isOneSentence(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  // A terminator followed by more words starts a second sentence (abbreviations like "o.a." are allowed).
  return !/[.!?]\s+[A-ZÀ-Ý0-9]/.test(t);
}

export function themeProblems(t: { goal: string; firstYear: number; lastYear: number }): Partial<Record<'goal' | 'lastYear', string>> {
  const problems: Partial<Record<'goal' | 'lastYear', string>> = {};
  if (!isOneSentence(t.goal)) problems.goal = 'Vat het doel samen in één zin.';
  if (t.lastYear < t.firstYear) problems.lastYear = 'Het laatste jaar ligt vóór het eerste jaar.';
  else if (t.lastYear - t.firstYear + 1 > PLAN_YEARS) problems.lastYear = `Een thema komt uit het wijkontwikkelingsplan en loopt hoogstens ${PLAN_YEARS} jaar.`;
  return problems;
}

// ---- the year turn --------------------------------------------------------------------------

/** At the turn of the year an agreement still running moves to next year's agenda. */
export const movesToNextYear = (a: { isOpen: boolean }): boolean => a.isOpen;

/** The agenda year an agreement of a meeting belongs to. */
export const agendaYearOf = (date: string): number => Number(date.slice(0, 4));

/** The year turn is offered once the year has ended (or in its last month, to prepare). */
export const rolloverDue = (year: number, today: string): boolean => today >= `${year}-12-01`;

// ---- in the meeting -------------------------------------------------------------------------

/** Overdue first (oldest due date first), then running ones by due date, then the settled ones. */
export function orderForMeeting<T extends { overdue: boolean; isOpen: boolean; dueDate: string | null; id: number }>(items: readonly T[]): T[] {
  const rank = (a: T) => (a.overdue ? 0 : a.isOpen ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
}
