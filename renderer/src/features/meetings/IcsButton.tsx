import { call, messageOf } from '../../api/client';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';

/** The invitation as a calendar file, wherever a planner looks for it (list row, meeting, edit panel). */
export function IcsButton({ meetingId, label = 'Uitnodiging (.ics)', ariaLabel, compact, onError }: { meetingId: number; label?: string; ariaLabel?: string; compact?: boolean; onError: (message: string) => void }) {
  const exportIcs = async () => {
    try {
      const file = await call('meeting:exportIcs', { id: meetingId });
      downloadText(file.fileName, file.content, file.mimeType);
    } catch (e) {
      onError(messageOf(e));
    }
  };
  return (
    <Button variant="secondary" className={compact ? 'wo-button--compact' : undefined} aria-label={ariaLabel} onClick={() => void exportIcs()}>
      {label}
    </Button>
  );
}
