/**
 * Carry-over: an item (signal or action) raised in an earlier meeting of the team is shown in a
 * later meeting while it is open. It also stays in the meeting where it was closed or followed up,
 * and in meetings held before it was closed, so nothing silently disappears from a meeting's view.
 */
export function carriesOver(
  item: { isOpen: boolean; closedOn: string | null },
  meeting: { date: string },
  followedUpInMeeting: boolean,
): boolean {
  if (item.isOpen || followedUpInMeeting) return true;
  return item.closedOn !== null && item.closedOn >= meeting.date;
}

