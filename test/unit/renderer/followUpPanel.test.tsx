// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CarriedPanel, FollowUpPanel, type CarriedSection, type FollowUpKindView, type FollowUpView, type GroupRead } from '../../../renderer/src/features/meeting/FollowUpPanel';
import { CARRIED_INLINE_UP_TO, groupForFollowUp } from '../../../domain/followUp';
import { MeetingContext, type MeetingContextValue } from '../../../renderer/src/features/meeting/MeetingContext';

type Status = 'open' | 'gereed';
interface Carried {
  id: number;
  what: string;
  organisation: string;
  status: Status;
  overdue: boolean;
  followUps: FollowUpView<Status>[];
  followUpHere: FollowUpView<Status> | null;
}

const ORGANISATIONS = ['Gemeente Voorbeeldgemeente', 'Politie basisteam Kop van Noord', 'Woonstichting De Kolk', 'Stichting Welzijn Samen', 'Sociaal Wijkteam'];

/** Actions carried over from earlier meetings, spread over the partners; every seventh one overdue. */
const carried = (count: number): Carried[] =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    what: `Actie ${i + 1}`,
    organisation: ORGANISATIONS[i % ORGANISATIONS.length] ?? '',
    status: 'open',
    overdue: (i + 1) % 7 === 0,
    followUps: [],
    followUpHere: null,
  }));

const kindWith = (save: FollowUpKindView<Carried, Status>['save']): FollowUpKindView<Carried, Status> => ({
  statuses: { open: 'Open', gereed: 'Gereed' },
  formLabel: (a) => `Voortgang van actie ${a.what}`,
  cardClass: () => 'wo-action',
  summary: (a) => <strong>{a.what}</strong>,
  save,
});
// Only what the panel reads of the meeting screen's context.
const meeting = { meetingId: 42, readOnly: false } as MeetingContextValue;
const byOrganisation = (a: Carried) => ({ key: a.organisation, name: a.organisation });

function show(items: Carried[], save = vi.fn(() => Promise.resolve())) {
  const kind = kindWith(save);
  render(
    <MeetingContext.Provider value={meeting}>
      <FollowUpPanel id="lopende-acties" title="Actielijst" items={items} kind={kind} empty="Geen openstaande acties." groupOf={(a) => ({ key: a.organisation, name: a.organisation })} />
    </MeetingContext.Provider>,
  );
  return save;
}

const groupButton = (name: string) => screen.getByRole('button', { name });
const cards = () => screen.queryAllByRole('listitem');

afterEach(cleanup);

describe('the follow-up panel of carried-over items', () => {
  it('with hundreds of carried actions, renders only the group headers until a group is opened', () => {
    show(carried(350));
    expect(cards()).toHaveLength(0);
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(ORGANISATIONS.length);
    expect(screen.getByText(`0 van 350 besproken · ${Math.floor(350 / 7)} verlopen`)).toBeTruthy();

    fireEvent.click(groupButton('Woonstichting De Kolk'));
    const group = screen.getByRole('group', { name: 'Woonstichting De Kolk' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(70);
    expect(cards()).toHaveLength(70);
    // Overdue first: actions 7·k that fall to this organisation (3, 8, 13, …: 28, 63, 98, …).
    const first = within(group).getAllByRole('listitem').slice(0, 10).map((li) => li.querySelector('strong')?.textContent);
    expect(first).toEqual(['Actie 28', 'Actie 63', 'Actie 98', 'Actie 133', 'Actie 168', 'Actie 203', 'Actie 238', 'Actie 273', 'Actie 308', 'Actie 343']);
    expect(within(group).getAllByRole('listitem')[10]?.querySelector('strong')?.textContent).toBe('Actie 3');

    fireEvent.click(groupButton('Woonstichting De Kolk'));
    expect(cards()).toHaveLength(0);
  });

  it('puts the organisations with overdue actions first', () => {
    const items = carried(10).map((a) => ({ ...a, overdue: a.organisation === 'Stichting Welzijn Samen' }));
    show(items);
    // The open/closed mark is hidden from screen readers; the text is the organisation.
    const names = screen.getAllByRole('button', { expanded: true }).map((b) => b.textContent?.slice(1));
    expect(names).toEqual(['Stichting Welzijn Samen', 'Gemeente Voorbeeldgemeente', 'Politie basisteam Kop van Noord', 'Sociaal Wijkteam', 'Woonstichting De Kolk']);
  });

  it(`shows everything at once for a usual team (up to ${CARRIED_INLINE_UP_TO} carried actions)`, () => {
    show(carried(CARRIED_INLINE_UP_TO));
    expect(cards()).toHaveLength(CARRIED_INLINE_UP_TO);
    expect(screen.queryAllByRole('button', { expanded: false })).toHaveLength(0);
  });

  it('records a follow-up through the kind, for this meeting', async () => {
    const save = show(carried(3));
    const card = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('Actie 2'));
    if (!card) throw new Error('Actie 2 is not shown');
    fireEvent.change(within(card).getByLabelText('Voortgang'), { target: { value: 'Offerte is binnen.' } });
    fireEvent.change(within(card).getByLabelText('Nieuwe status'), { target: { value: 'gereed' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: 2 }), 42, { note: 'Offerte is binnen.', status: 'gereed', extra: '' });
  });

  it('says when nothing carries over', () => {
    show([]);
    expect(screen.getByText('Geen openstaande acties.')).toBeTruthy();
    expect(screen.getByText('0 van 0 besproken')).toBeTruthy();
  });
});

/** What the meeting read sends for a big team: the headers only; a group's items come from its own read. */
function showHeaders(items: Carried[]) {
  const groups = groupForFollowUp(items, byOrganisation).map(({ items: _items, ...header }) => header);
  const section: CarriedSection<Carried> = { total: items.length, discussed: 0, overdue: items.filter((i) => i.overdue).length, groups, items: null };
  const reads: string[] = [];
  // The group read as the server answers it: the group's items in the order they were agreed.
  const useGroup = (key: string): GroupRead<Carried> => {
    reads.push(key);
    return { data: items.filter((i) => i.organisation === key), error: null };
  };
  render(
    <MeetingContext.Provider value={meeting}>
      <CarriedPanel id="lopende-acties" title="Actielijst" section={section} kind={kindWith(vi.fn())} empty="Geen openstaande acties." groupOf={byOrganisation} useGroup={useGroup} />
    </MeetingContext.Provider>,
  );
  return reads;
}

describe('what carries over into a big team\'s meeting', () => {
  it('shows the group headers from the meeting read and reads a group only when the chair opens it', () => {
    const reads = showHeaders(carried(350));
    expect(cards()).toHaveLength(0);
    expect(reads).toEqual([]);
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(ORGANISATIONS.length);
    expect(screen.getByText(`0 van 350 besproken · ${Math.floor(350 / 7)} verlopen`)).toBeTruthy();

    fireEvent.click(groupButton('Woonstichting De Kolk'));
    expect(new Set(reads)).toEqual(new Set(['Woonstichting De Kolk']));
    const group = screen.getByRole('group', { name: 'Woonstichting De Kolk' });
    const shown = within(group).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent);
    expect(shown).toHaveLength(70);
    // Overdue first, whatever order the read returned them in.
    expect(shown.slice(0, 3)).toEqual(['Actie 28', 'Actie 63', 'Actie 98']);
    expect(shown[10]).toBe('Actie 3');
  });

  it('says while a group is being read, and a failed read in Dutch', () => {
    const section: CarriedSection<Carried> = { total: 30, discussed: 0, overdue: 0, groups: [{ key: 'Politie', name: 'Politie', total: 30, overdue: 0, discussed: 0 }], items: null };
    let read: GroupRead<Carried> = { data: undefined, error: null };
    const useGroup = () => read;
    const { rerender } = render(
      <MeetingContext.Provider value={meeting}>
        <CarriedPanel id="x" title="Actielijst" section={section} kind={kindWith(vi.fn())} empty="Geen." groupOf={byOrganisation} useGroup={useGroup} />
      </MeetingContext.Provider>,
    );
    fireEvent.click(groupButton('Politie'));
    expect(screen.getByText('Politie: 30 laden…')).toBeTruthy();
    read = { data: undefined, error: 'De gegevens konden niet worden gelezen.' };
    rerender(
      <MeetingContext.Provider value={meeting}>
        <CarriedPanel id="x" title="Actielijst" section={{ ...section }} kind={kindWith(vi.fn())} empty="Geen." groupOf={byOrganisation} useGroup={useGroup} />
      </MeetingContext.Provider>,
    );
    expect(screen.getByRole('alert').textContent).toBe('De gegevens konden niet worden gelezen.');
  });

  it('with few carried items, shows them all at once without reading groups', () => {
    const items = carried(CARRIED_INLINE_UP_TO);
    const groups = groupForFollowUp(items, byOrganisation).map(({ items: _items, ...header }) => header);
    const useGroup = vi.fn((): GroupRead<Carried> => ({ data: [], error: null }));
    render(
      <MeetingContext.Provider value={meeting}>
        <CarriedPanel id="x" title="Actielijst" section={{ total: items.length, discussed: 0, overdue: 2, groups, items }} kind={kindWith(vi.fn())} empty="Geen." groupOf={byOrganisation} useGroup={useGroup} />
      </MeetingContext.Provider>,
    );
    expect(cards()).toHaveLength(CARRIED_INLINE_UP_TO);
    expect(useGroup).not.toHaveBeenCalled();
  });
});
