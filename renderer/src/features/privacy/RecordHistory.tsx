import { useState } from 'react';
import type { AuditEntity } from '../../../../contract/schemas/privacy';
import { AuditTrail } from './AuditTrail';

/** A record's own history from the logboek, loaded only when asked for. */
export function RecordHistory({ entity, recordId, title }: { entity: AuditEntity; recordId: number; title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="wo-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Wijzigingen (logboek)</summary>
      {open ? <AuditTrail entity={entity} recordId={recordId} label={`Wijzigingen van ${title}`} /> : null}
    </details>
  );
}
