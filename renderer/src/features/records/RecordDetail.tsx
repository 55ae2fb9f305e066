import type { ReactNode } from 'react';
import { DetailPanel } from '../../layout/MasterDetail';
import { href } from '../../layout/router';
import { formatDate } from '../../ui/format';
import { RecordHistory } from '../privacy/RecordHistory';

/**
 * The detail panel of an action or a signal in the overviews: its badges, what is particular to
 * the kind, the meeting it was raised in, and its own history; closed with one button.
 */
export function RecordDetail({
  entity,
  id,
  title,
  meetingId,
  meetingDate,
  badges,
  onClose,
  children,
}: {
  entity: 'action' | 'signal';
  id: number;
  title: string;
  meetingId: number;
  meetingDate: string;
  badges: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <DetailPanel title={title} onClose={onClose}>
      <p className="wo-badges wo-badges--start">{badges}</p>
      {children}
      <p>
        <a className="utrecht-link" href={href(`/overleg/${meetingId}`)}>
          Naar het overleg van {formatDate(meetingDate)}
        </a>
      </p>
      <RecordHistory entity={entity} recordId={id} title={title} />
    </DetailPanel>
  );
}
