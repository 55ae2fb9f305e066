import { SIGNAL_STATUSES, type SignalInMeeting, type SignalStatus } from '../../../../contract/schemas/signals';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { signalFollowUpGroup } from '../../../../domain/followUp';
import { CarriedPanel, type FollowUpKindView } from './FollowUpPanel';
import { useMeeting } from './MeetingContext';
import { SignalSummary } from './SignalCard';

const SIGNAL: FollowUpKindView<SignalInMeeting, SignalStatus> = {
  statuses: SIGNAL_STATUSES,
  formLabel: (s) => `Voortgang van signaal ${s.title}`,
  cardClass: (s) => (s.sensitivity === 'vertrouwelijk' ? 'wo-signal wo-signal--confidential' : 'wo-signal'),
  summary: (s) => <SignalSummary signal={s} />,
  // Closing a signal asks for its outcome, unless it has one already.
  needsText: (s) => (s.outcome ? undefined : { status: 'afgehandeld', label: 'Uitkomst' }),
  save: (s, meetingId, { note, status, extra }) => call('signal:followUp', { signalId: s.id, meetingId, note, status, outcome: extra }),
};

/** One group's items, read when the chair opens it. */
function useCarriedSignalGroup(group: string) {
  const { meetingId } = useMeeting();
  return useQuery('carriedSignal:list', { meetingId, group });
}

/** Open signals from earlier meetings: each is discussed, updated or closed — none disappears silently. */
export function CarriedSignals() {
  const { detail } = useMeeting();
  return (
    <CarriedPanel
      id="lopende-signalen"
      title="Lopende signalen uit eerdere overleggen"
      section={detail.carriedSignals}
      kind={SIGNAL}
      empty="Geen openstaande signalen."
      // Per problem owner: who answers for it.
      groupOf={signalFollowUpGroup}
      useGroup={useCarriedSignalGroup}
    />
  );
}
