import { ACTION_STATUSES, type ActionInMeeting, type ActionStatus } from '../../../../contract/schemas/actions';
import { call } from '../../api/client';
import { formatDate } from '../../ui/format';
import { ActionSummary } from './ActionSummary';
import { FollowUpPanel, type FollowUpKindView } from './FollowUpPanel';
import { useMeeting } from './MeetingContext';

const ACTION: FollowUpKindView<ActionInMeeting, ActionStatus> = {
  statuses: ACTION_STATUSES,
  formLabel: (a) => `Voortgang van actie ${a.what}`,
  cardClass: (a) => (a.overdue ? 'wo-action wo-action--overdue' : 'wo-action'),
  summary: (a) => <ActionSummary action={a} />,
  origin: (a) => `Afgesproken in het overleg van ${formatDate(a.meetingDate)}`,
  save: (a, meetingId, { note, status }) => call('action:followUp', { actionId: a.id, meetingId, note, status }),
};

/** Per organisation that carries it out: the chair takes the partners one at a time. */
const byOwner = (a: ActionInMeeting) => ({ key: String(a.ownerOrganisationId), name: a.ownerOrganisationName });

/**
 * The action list of earlier meetings: every open agreement comes back until it is closed, grouped
 * per organisation with the overdue ones first, and the chair sees how many are still to be discussed.
 */
export function CarriedActions() {
  const { detail } = useMeeting();
  return (
    <FollowUpPanel
      id="lopende-acties"
      title="Actielijst: openstaande acties uit eerdere overleggen"
      items={detail.carriedActions}
      kind={ACTION}
      empty="Geen openstaande acties."
      groupOf={byOwner}
    />
  );
}
