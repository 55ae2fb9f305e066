import { useId, useState, type ReactNode } from 'react';
import { CARRIED_INLINE_UP_TO, groupForFollowUp, overdueFirst, type FollowUpGroupSummary } from '../../../../domain/followUp';
import { StatusBadge } from '../../ui/Alert';
import { formatDate } from '../../ui/format';
import { FollowUpForm, type FollowUpValues } from './FollowUpForm';
import { useMeeting } from './MeetingContext';

/** A follow-up as the meeting screen shows it. */
export interface FollowUpView<S extends string> {
  id: number;
  meetingDate: string;
  note: string | null;
  statusAfter: S | null;
}

/** An item that returns in later meetings until it is closed: an action, a signal, a wijkagenda agreement. */
export interface FollowedUpItem<S extends string> {
  id: number;
  status: S;
  overdue?: boolean;
  followUps: FollowUpView<S>[];
  followUpHere: FollowUpView<S> | null;
}

/** What differs per kind of item; everything else (list, counts, groups, card, form) is the same. */
export interface FollowUpKindView<T extends FollowedUpItem<S>, S extends string> {
  statuses: Record<S, string>;
  /** Accessible name of the item's follow-up form ("Voortgang van actie …"). */
  formLabel: (item: T) => string;
  /** The card's own classes (kind, overdue, confidential). */
  cardClass: (item: T) => string;
  summary: (item: T) => ReactNode;
  /** Where the item comes from, before the last progress ("Afgesproken in het overleg van …"). */
  origin?: (item: T) => string;
  /** What a previous follow-up without a note says. */
  silentNote?: (item: T) => string;
  /** Extra text a status requires of this item (the outcome when a signal is closed). */
  needsText?: (item: T) => { status: S; label: string } | undefined;
  save: (item: T, meetingId: number, values: FollowUpValues<S>) => Promise<unknown>;
}

/** The counts a panel's head shows. */
interface FollowUpCounts {
  total: number;
  discussed: number;
  overdue: number;
}

/** What the meeting read sends of what carries over: counts per group, and the items when there are few. */
export interface CarriedSection<T> extends FollowUpCounts {
  groups: FollowUpGroupSummary[];
  items: T[] | null;
}

/** A group's items as the screen reads them when the chair opens it. */
export interface GroupRead<T> {
  data: T[] | undefined;
  error: string | null;
}

/**
 * The items of earlier meetings that come back in this one, each with its follow-up form, and how
 * many are discussed (and overdue). With `groupOf` they are grouped (per organisation, overdue
 * first); up to CARRIED_INLINE_UP_TO items every group is open.
 */
export function FollowUpPanel<T extends FollowedUpItem<S>, S extends string>({
  id,
  title,
  items,
  kind,
  empty,
  groupOf,
  children,
}: {
  id: string;
  title: ReactNode;
  items: T[];
  kind: FollowUpKindView<T, S>;
  empty: string;
  groupOf?: (item: T) => { key: string; name: string };
  /** Shown under the title (links). */
  children?: ReactNode;
}) {
  const card = (item: T) => <FollowUpCard key={item.id} item={item} kind={kind} />;
  const counts = { total: items.length, discussed: items.filter((i) => i.followUpHere).length, overdue: items.filter((i) => i.overdue).length };
  return (
    <PanelFrame id={id} title={title} counts={counts} empty={empty} head={children}>
      {groupOf ? <ItemGroups items={items} groupOf={groupOf} openByDefault={items.length <= CARRIED_INLINE_UP_TO} render={card} /> : <ul className="wo-cards">{items.map(card)}</ul>}
    </PanelFrame>
  );
}

/**
 * What carries over into a meeting as the meeting read sends it: all items of a usual team, or
 * for a team with hundreds only the group headers; a group's items are read (`useGroup`) and
 * rendered only while the chair has it open, so the screen stays light.
 */
export function CarriedPanel<T extends FollowedUpItem<S>, S extends string>({
  id,
  title,
  section,
  kind,
  empty,
  groupOf,
  useGroup,
}: {
  id: string;
  title: ReactNode;
  section: CarriedSection<T>;
  kind: FollowUpKindView<T, S>;
  empty: string;
  groupOf: (item: T) => { key: string; name: string };
  useGroup: (key: string) => GroupRead<T>;
}) {
  const card = (item: T) => <FollowUpCard key={item.id} item={item} kind={kind} />;
  return (
    <PanelFrame id={id} title={title} counts={section} empty={empty}>
      {section.items ? (
        <ItemGroups items={section.items} groupOf={groupOf} openByDefault render={card} />
      ) : (
        <FollowUpGroups groups={section.groups} openByDefault={false} renderItems={(group) => <GroupItems group={group} useGroup={useGroup} render={card} />} />
      )}
    </PanelFrame>
  );
}

function PanelFrame({ id, title, counts, empty, head, children }: { id: string; title: ReactNode; counts: FollowUpCounts; empty: string; head?: ReactNode; children: ReactNode }) {
  return (
    <section className="wo-panel" aria-labelledby={id}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={id}>
          {title}
        </h3>
        <p className="wo-panel__count">{countText(counts.total, counts.discussed, counts.overdue)}</p>
      </div>
      {head}
      {counts.total === 0 ? <p className="wo-hint">{empty}</p> : children}
    </section>
  );
}

const countText = (total: number, discussed: number, overdue: number) => `${discussed} van ${total} besproken${overdue ? ` · ${overdue} verlopen` : ''}`;

function ItemGroups<T extends { overdue?: boolean; followUpHere: unknown }>({
  items,
  groupOf,
  openByDefault,
  render,
}: {
  items: T[];
  groupOf: (item: T) => { key: string; name: string };
  openByDefault: boolean;
  render: (item: T) => ReactNode;
}) {
  return <FollowUpGroups groups={groupForFollowUp(items, groupOf)} openByDefault={openByDefault} renderItems={(group) => group.items.map(render)} />;
}

/** An opened group of a big team: its items as read, overdue first. */
function GroupItems<T extends { overdue?: boolean }>({ group, useGroup, render }: { group: FollowUpGroupSummary; useGroup: (key: string) => GroupRead<T>; render: (item: T) => ReactNode }) {
  const read = useGroup(group.key);
  if (read.error) return <li className="wo-hint" role="alert">{read.error}</li>;
  if (!read.data) return <li className="wo-hint">{`${group.name}: ${group.total} laden…`}</li>;
  return <>{overdueFirst(read.data).map(render)}</>;
}

/** Collapsible groups; only an open group renders its items. */
export function FollowUpGroups<G extends FollowUpGroupSummary>({ groups, openByDefault, renderItems }: { groups: G[]; openByDefault: boolean; renderItems: (group: G) => ReactNode }) {
  // Only what the chair toggled; the rest follows the default (also for a group that appears later).
  const [toggled, setToggled] = useState<Record<string, boolean>>({});
  const prefix = useId();
  return (
    <div className="wo-fugroups">
      {groups.map((group, index) => {
        const open = toggled[group.key] ?? openByDefault;
        const headId = `${prefix}-${index}`;
        return (
          <div key={group.key} role="group" aria-labelledby={headId} className="wo-fugroup">
            <h4 className="wo-fugroup__head">
              <button
                type="button"
                id={headId}
                className="wo-fugroup__toggle"
                aria-expanded={open}
                aria-controls={open ? `${headId}-items` : undefined}
                onClick={() => setToggled((t) => ({ ...t, [group.key]: !open }))}
              >
                <span aria-hidden="true" className="wo-fugroup__icon">
                  {open ? '▾' : '▸'}
                </span>
                {group.name}
              </button>
              <span className="wo-fugroup__count">
                {countText(group.total, group.discussed, 0)}
                {group.overdue ? <span className="wo-overdue"> · {group.overdue} verlopen</span> : null}
              </span>
            </h4>
            {open ? (
              <ul className="wo-cards" id={`${headId}-items`}>
                {renderItems(group)}
              </ul>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/** One carried item: what it is, its last progress, whether it was discussed here, and its follow-up form. */
function FollowUpCard<T extends FollowedUpItem<S>, S extends string>({ item, kind }: { item: T; kind: FollowUpKindView<T, S> }) {
  const { meetingId, readOnly } = useMeeting();
  const here = item.followUpHere;
  const last = item.followUps.filter((f) => f.id !== here?.id).at(-1);
  const origin = kind.origin?.(item);
  const progress = last ? `${origin ? 'vorige' : 'Vorige'} voortgang (${formatDate(last.meetingDate)}): ${last.note ?? kind.silentNote?.(item) ?? 'status gewijzigd'}` : null;
  return (
    <li className={['wo-card', kind.cardClass(item), here ? 'wo-card--done' : ''].join(' ')}>
      {kind.summary(item)}
      {origin || progress ? <p className="wo-card__meta">{[origin, progress].filter(Boolean).join(' · ')}</p> : null}
      {here ? (
        <p className="wo-discussed">
          <StatusBadge tone="safe">Besproken</StatusBadge> {here.note ?? ''}
          {here.statusAfter ? ` — status: ${kind.statuses[here.statusAfter]}` : ''}
        </p>
      ) : (
        <p className="wo-discussed">
          <StatusBadge tone="warning">Nog niet besproken</StatusBadge>
        </p>
      )}
      {!readOnly ? (
        <FollowUpForm<S>
          label={kind.formLabel(item)}
          statuses={kind.statuses}
          current={item.status}
          needsText={kind.needsText?.(item)}
          save={(values) => kind.save(item, meetingId, values)}
        />
      ) : null}
    </li>
  );
}
