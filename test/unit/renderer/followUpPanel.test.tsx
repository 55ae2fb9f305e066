// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FollowUpPanel, OPEN_ALL_UP_TO, type FollowUpKindView, type FollowUpView } from '../../../renderer/src/features/meeting/FollowUpPanel';
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

function show(items: Carried[], save = vi.fn(() => Promise.resolve())) {
  const kind: FollowUpKindView<Carried, Status> = {
    statuses: { open: 'Open', gereed: 'Gereed' },
    formLabel: (a) => `Voortgang van actie ${a.what}`,
    cardClass: () => 'wo-action',
    summary: (a) => <strong>{a.what}</strong>,
    save,
  };
  // Only what the panel reads of the meeting screen's context.
  const meeting = { meetingId: 42, readOnly: false } as MeetingContextValue;
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

  it(`shows everything at once for a usual team (up to ${OPEN_ALL_UP_TO} carried actions)`, () => {
    show(carried(OPEN_ALL_UP_TO));
    expect(cards()).toHaveLength(OPEN_ALL_UP_TO);
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
