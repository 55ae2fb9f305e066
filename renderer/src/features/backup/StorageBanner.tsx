import type { StorageProblem } from '../../../../contract/schemas/backup';

/** On every screen while the database can only be read (a read-only file): why saving fails, and what helps. */
export function StorageBanner({ problem }: { problem: StorageProblem }) {
  return (
    <div className="wo-demo-banner wo-storage-banner" role="note" aria-label="Alleen lezen">
      <p>
        <strong>Alleen lezen.</strong> {problem.message}
      </p>
    </div>
  );
}
