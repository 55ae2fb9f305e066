/** The agenda of a meeting and of a team's template: kinds, the required items, the standard agenda, ordering. */
import { listNl } from './text';

/** What an agenda item is for; tells the meeting screen what to show under it. */
export const AGENDA_ITEM_KINDS = {
  opening: 'Opening en mededelingen',
  verslag_actielijst: 'Verslag en actielijst vorig overleg',
  signalenronde: 'Signalenronde',
  thema: 'Thema / casus',
  wijkagenda: 'Wijkagenda',
  rondvraag: 'Rondvraag',
  sluiting: 'Sluiting',
  overig: 'Overig agendapunt',
} as const;
export type AgendaItemKind = keyof typeof AGENDA_ITEM_KINDS;

/**
 * Kinds every agenda (meeting or template) keeps at least one item of: the meeting screen shows
 * carried-over work under them, so without one that work would silently disappear.
 */
export const REQUIRED_AGENDA_KINDS = {
  opening: { name: 'De Opening', noun: 'een Opening', why: 'daar wordt de aanwezigheid bijgehouden', what: 'de aanwezigheid' },
  verslag_actielijst: {
    name: 'Het punt Verslag en actielijst',
    noun: 'een Verslag en actielijst',
    why: 'daar komen de open acties van eerdere overleggen terug',
    what: 'de open acties van eerdere overleggen',
  },
  signalenronde: { name: 'De Signalenronde', noun: 'een Signalenronde', why: 'daar komen de lopende signalen terug', what: 'de lopende signalen' },
} as const satisfies Partial<Record<AgendaItemKind, { name: string; noun: string; why: string; what: string }>>;
export type RequiredAgendaKind = keyof typeof REQUIRED_AGENDA_KINDS;

export const isRequiredAgendaKind = (kind: AgendaItemKind): kind is RequiredAgendaKind => kind in REQUIRED_AGENDA_KINDS;

const KEEP_TITLE = 'Wijzig de titel als u het punt anders wilt noemen.';

/** Dutch refusals for removing or re-kinding the last item of a required kind, or a template without one. */
export const requiredKindMessage = {
  remove: (kind: RequiredAgendaKind) => `${REQUIRED_AGENDA_KINDS[kind].name} kan niet weg: ${REQUIRED_AGENDA_KINDS[kind].why}. ${KEEP_TITLE}`,
  rekind: (kind: RequiredAgendaKind) =>
    `${REQUIRED_AGENDA_KINDS[kind].name} moet blijven: ${REQUIRED_AGENDA_KINDS[kind].why}. Kies daarom geen andere soort; wijzig de titel als u het punt anders wilt noemen.`,
  missing: (kinds: readonly RequiredAgendaKind[]) => {
    const why = kinds.length === 1 && kinds[0] ? REQUIRED_AGENDA_KINDS[kinds[0]].why : `daar staan ${listNl(kinds.map((k) => REQUIRED_AGENDA_KINDS[k].what))}`;
    return `Een agenda heeft altijd ${listNl(kinds.map((k) => REQUIRED_AGENDA_KINDS[k].noun))} nodig: ${why}. Zet de soort terug of voeg het punt weer toe; de titel mag u zelf kiezen.`;
  },
};

/** Required kinds that do not occur in the list, in agenda order. */
export const missingRequiredKinds = (kinds: readonly AgendaItemKind[]): RequiredAgendaKind[] =>
  (Object.keys(REQUIRED_AGENDA_KINDS) as RequiredAgendaKind[]).filter((k) => !kinds.includes(k));

export interface TemplateItem {
  title: string;
  kind: AgendaItemKind;
  plannedMinutes: number;
}

/** The standard WCT agenda; every team starts with it until its template is edited. */
export const DEFAULT_AGENDA: readonly TemplateItem[] = [
  { title: 'Opening en mededelingen', kind: 'opening', plannedMinutes: 5 },
  { title: 'Verslag en actielijst vorig overleg', kind: 'verslag_actielijst', plannedMinutes: 15 },
  { title: 'Signalenronde', kind: 'signalenronde', plannedMinutes: 30 },
  { title: 'Thema / casus', kind: 'thema', plannedMinutes: 20 },
  { title: 'Wijkagenda', kind: 'wijkagenda', plannedMinutes: 15 },
  { title: 'Rondvraag', kind: 'rondvraag', plannedMinutes: 5 },
  { title: 'Sluiting', kind: 'sluiting', plannedMinutes: 5 },
];

/** Where an item ends up: a target index (clamped) or one step up/down. */
export function targetIndex(length: number, from: number, move: { toIndex?: number; direction?: 'up' | 'down' }): number {
  const raw = move.toIndex ?? (move.direction === 'up' ? from - 1 : from + 1);
  return Math.min(Math.max(raw, 0), length - 1);
}

/** The list with the element at `from` moved to `to`. */
export function reorder<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [moved] = copy.splice(from, 1);
  if (moved !== undefined) copy.splice(to, 0, moved);
  return copy;
}

/**
 * A stored template from before the required kinds were enforced may lack one. Each missing
 * standard item goes right after the required item before it in the standard agenda (or first),
 * so a new meeting never loses the place where carried-over work is shown.
 */
export function withRequiredKinds(items: readonly TemplateItem[]): TemplateItem[] {
  const result = [...items];
  let after = -1;
  for (const kind of Object.keys(REQUIRED_AGENDA_KINDS) as RequiredAgendaKind[]) {
    const at = result.findIndex((i) => i.kind === kind);
    if (at >= 0) {
      after = at;
      continue;
    }
    const standard = DEFAULT_AGENDA.find((i) => i.kind === kind);
    if (!standard) continue;
    result.splice(after + 1, 0, { ...standard });
    after += 1;
  }
  return result;
}
