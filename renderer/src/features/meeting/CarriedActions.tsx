import { ACTION_STATUSES, type ActionInMeeting, type ActionStatus } from '../../../../contract/schemas/actions';
import { call } from '../../api/client';
import { formatDate } from '../../ui/format';
import { ActionSummary } from './ActionSummary';
import { useQuery } from '../../api/useQuery';
import { actionFollowUpGroup } from '../../../../domain/followUp';
import { CarriedPanel, type FollowUpKindView } from './FollowUpPanel';
import { useMeeting } from './MeetingContext';

const ACTION: FollowUpKindView<ActionInMeeting, ActionStatus> = {
  statuses: ACTION_STATUSES,
  formLabel: (a) => `Voortgang van actie ${a.what}`,
  cardClass: (a) => (a.overdue ? 'wo-action wo-action--overdue' : 'wo-action'),
  summary: (a) => <ActionSummary action={a} />,
  origin: (a) => `Afgesproken in het overleg van ${formatDate(a.meetingDate)}`,
  save: (a, meetingId, { note, status }) => call('action:followUp', { actionId: a.id, meetingId, note, status }),
};

/** One group's items, read when the chair opens it. */
function useCarriedActionGroup(group: string) {
  const { meetingId } = useMeeting();
  return useQuery('carriedAction:list', { meetingId, group });
}

/**
 * The action list of earlier meetings: every open agreement comes back until it is closed, grouped
 * per organisation with the overdue ones first, and the chair sees how many are still to be discussed.
 */
export function CarriedActions() {
  const { detail } = useMeeting();
  return (
    <CarriedPanel
      id="lopende-acties"
      title="Actielijst: openstaande acties uit eerdere overleggen"
      section={detail.carriedActions}
      kind={ACTION}
      empty="Geen openstaande acties."
      groupOf={actionFollowUpGroup}
      // Per organisation that carries them out: the chair takes the partners one at a time.
      useGroup={useCarriedActionGroup}
    />
  );
}
