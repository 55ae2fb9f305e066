/**
 * Follow-up of actions and signals, one rule for both: an item raised in an earlier meeting
 * returns in later meetings of its team while it is open; each meeting records at most one
 * follow-up per item (a note and/or a new status), and a second one in the same meeting edits it.
 */

export const FOLLOW_UP_MESSAGES = {
  empty: 'Vul een notitie in of kies een nieuwe status.',
} as const;

/** The kinds of item that are followed up: actions, signals, and wijkagenda agreements with a status of their own. */
export type FollowUpKind = 'action' | 'signal' | 'agreement';

/** Dutch wording per kind, for messages and undo labels. */
export const FOLLOW_UP_TEXT: Record<FollowUpKind, { subject: string; otherTeam: string; later: string; laterField: string }> = {
  action: {
    subject: 'actie',
    otherTeam: 'Deze actie hoort bij een ander team.',
    later: 'Deze actie is pas in een later overleg afgesproken.',
    laterField: 'Kies een overleg op of na het overleg van de afspraak.',
  },
  agreement: {
    subject: 'wijkagenda-afspraak',
    otherTeam: 'Deze afspraak staat op de wijkagenda van een andere wijk.',
    later: 'Deze afspraak stond toen nog niet op de wijkagenda.',
    laterField: 'Kies een overleg van deze wijk.',
  },
  signal: {
    subject: 'signaal',
    otherTeam: 'Dit signaal hoort bij een ander team.',
    later: 'Dit signaal is pas in een later overleg ingebracht.',
    laterField: 'Kies een overleg op of na het overleg waarin het signaal is ingebracht.',
  },
};

export interface FollowUpRecord<S extends string> {
  meetingId: number;
  note: string | null;
  statusBefore: S;
  statusAfter: S | null;
}

export interface FollowUpRequest<S extends string> {
  note: string | null;
  status?: S | undefined;
}

export interface FollowUpPlan<S extends string> {
  /** The follow-up row as it will be stored for this meeting. */
  note: string | null;
  statusBefore: S;
  /** Null when the status did not change in that meeting. */
  statusAfter: S | null;
  /** The item's status after the follow-up. */
  status: S;
  /** Whether the item itself changes status. */
  statusChanged: boolean;
}

/** A follow-up says something: a note, a new status, or both. */
export const followUpProblems = (req: FollowUpRequest<string>): Partial<Record<'note', string>> =>
  !req.note && !req.status ? { note: FOLLOW_UP_MESSAGES.empty } : {};

/**
 * What a follow-up request writes. A follow-up already recorded in this meeting is edited: it keeps
 * the status the item had when the meeting first discussed it, and a new note replaces the old one
 * only when given.
 */
export function planFollowUp<S extends string>(item: { status: S }, existing: Pick<FollowUpRecord<S>, 'note' | 'statusBefore'> | null, req: FollowUpRequest<S>): FollowUpPlan<S> {
  const status = req.status ?? item.status;
  const statusBefore = existing?.statusBefore ?? item.status;
  return {
    note: req.note ?? existing?.note ?? null,
    statusBefore,
    statusAfter: status !== statusBefore ? status : null,
    status,
    statusChanged: status !== item.status,
  };
}

/**
 * Carry-over: an item raised in an earlier meeting of the team is shown in a later meeting while
 * it is open. It also stays in the meeting where it was closed or followed up, and in meetings held
 * before it was closed, so nothing silently disappears from a meeting's view.
 */
export function carriesOver(item: { isOpen: boolean; closedOn: string | null }, meeting: { date: string }, followedUpInMeeting: boolean): boolean {
  if (item.isOpen || followedUpInMeeting) return true;
  return item.closedOn !== null && item.closedOn >= meeting.date;
}

/** An item with its whole follow-up history and the follow-up of the meeting being viewed. */
export function withFollowUps<T, F extends { meetingId: number }>(item: T, followUps: F[], meetingId: number): T & { followUps: F[]; followUpHere: F | null } {
  return { ...item, followUps, followUpHere: followUps.find((f) => f.meetingId === meetingId) ?? null };
}

/** The latest follow-up note, for lists ("laatste voortgang"). */
export const latestFollowUp = <F extends { note: string | null }>(followUps: readonly F[]): F | null => followUps[followUps.length - 1] ?? null;

/** Up to this many carried items the meeting read sends them all and every group is open; above it the chair opens the groups one by one. */
export const CARRIED_INLINE_UP_TO = 20;

/** What a group header shows: who, how many, how many overdue and discussed. */
export interface FollowUpGroupSummary {
  key: string;
  name: string;
  total: number;
  overdue: number;
  discussed: number;
}

/** One group of carried-over items (per organisation): its items overdue first, and its counts. */
export interface FollowUpGroup<T> extends FollowUpGroupSummary {
  items: T[];
}

/** Who a carried action's group is: the organisation that carries it out. */
export const actionFollowUpGroup = (a: { ownerOrganisationId: number; ownerOrganisationName: string }) => ({ key: String(a.ownerOrganisationId), name: a.ownerOrganisationName });

export const NO_PROBLEM_OWNER = 'Nog geen probleemeigenaar';
/** A signal group's name: its problem owner, or that there is none yet. */
export const problemOwnerGroupName = (name: string | null): string => name ?? NO_PROBLEM_OWNER;

/** Who a carried signal's group is: its problem owner, who answers for it ('' while there is none). */
export const signalFollowUpGroup = (s: { problemOwnerId: number | null; problemOwnerName: string | null }) => ({
  key: s.problemOwnerId === null ? '' : String(s.problemOwnerId),
  name: problemOwnerGroupName(s.problemOwnerName),
});

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Groups with overdue items first, then by name: the order the chair takes the partners in. */
export const orderFollowUpGroups = <G extends FollowUpGroupSummary>(groups: G[]): G[] =>
  groups.sort((a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || byName.compare(a.name, b.name));

/** Inside a group overdue items first, the rest in the order given. */
export const overdueFirst = <T extends { overdue?: boolean }>(items: readonly T[]): T[] => [...items.filter((i) => i.overdue), ...items.filter((i) => !i.overdue)];

/**
 * The carried-over items of a meeting, grouped (per organisation) so the chair takes one partner
 * at a time, in the order of orderFollowUpGroups and overdueFirst.
 */
export function groupForFollowUp<T extends { overdue?: boolean; followUpHere: unknown }>(items: readonly T[], groupOf: (item: T) => { key: string; name: string }): FollowUpGroup<T>[] {
  const groups = new Map<string, FollowUpGroup<T>>();
  for (const item of items) {
    const { key, name } = groupOf(item);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, name, items: [], total: 0, overdue: 0, discussed: 0 }));
    group.items.push(item);
    group.total++;
    if (item.overdue) group.overdue++;
    if (item.followUpHere) group.discussed++;
  }
  const list = [...groups.values()];
  for (const group of list) group.items = overdueFirst(group.items);
  return orderFollowUpGroups(list);
}
