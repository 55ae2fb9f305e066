import { useId, useState, type ReactNode } from 'react';
import { groupForFollowUp, type FollowUpGroup } from '../../../../domain/followUp';
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

/** Up to this many items every group is open; above it the chair opens the groups one by one. */
export const OPEN_ALL_UP_TO = 20;

/**
 * The items of earlier meetings that come back in this one, each with its follow-up form, and how
 * many are discussed (and overdue). With `groupOf` they are grouped (per organisation, overdue
 * first) and a collapsed group renders no rows, so hundreds of carried items stay light.
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
  return (
    <section className="wo-panel" aria-labelledby={id}>
      <div className="wo-panel__head">
        <h3 className="utrecht-heading-3" id={id}>
          {title}
        </h3>
        <p className="wo-panel__count">{countText(items.length, items.filter((i) => i.followUpHere).length, items.filter((i) => i.overdue).length)}</p>
      </div>
      {children}
      {items.length === 0 ? <p className="wo-hint">{empty}</p> : null}
      {groupOf ? <FollowUpGroups groups={groupForFollowUp(items, groupOf)} openByDefault={items.length <= OPEN_ALL_UP_TO} render={card} /> : <ul className="wo-cards">{items.map(card)}</ul>}
    </section>
  );
}

const countText = (total: number, discussed: number, overdue: number) => `${discussed} van ${total} besproken${overdue ? ` · ${overdue} verlopen` : ''}`;

/** Collapsible groups; only an open group renders its items. */
export function FollowUpGroups<T>({ groups, openByDefault, render }: { groups: FollowUpGroup<T>[]; openByDefault: boolean; render: (item: T) => ReactNode }) {
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
                {countText(group.items.length, group.discussed, 0)}
                {group.overdue ? <span className="wo-overdue"> · {group.overdue} verlopen</span> : null}
              </span>
            </h4>
            {open ? (
              <ul className="wo-cards" id={`${headId}-items`}>
                {group.items.map(render)}
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
