import { useState } from 'react';
import type { DocumentFile } from '../../../contract/schemas/documents';
import { messageOf } from '../api/client';
import { Alert } from './Alert';
import { Button } from './Button';
import { downloadBytes } from './download';

/**
 * One export of what the screen shows (an overview as XLSX, a report as PDF): the back end makes
 * the file, it arrives as a download (Electron asks where to save it). While it is being made the
 * button says so; the result or the Dutch reason it failed stays readable.
 */
export function FileExportButton({ label, busyLabel, exportFile }: { label: string; busyLabel: string; exportFile: () => Promise<DocumentFile> }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const file = await exportFile();
      downloadBytes(file.fileName, file.base64, file.mimeType);
      setResult({ type: 'ok', text: `${file.fileName} is gemaakt.` });
    } catch (e) {
      setResult({ type: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="wo-file-export">
      <Button variant="secondary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </Button>
      <span role="status" className="wo-small wo-muted">
        {result?.type === 'ok' ? result.text : null}
      </span>
      {result?.type === 'error' ? <Alert type="error">{result.text}</Alert> : null}
    </span>
  );
}
