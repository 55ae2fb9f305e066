import { useEffect, useState } from 'react';
import type { DocumentFile } from '../../../contract/schemas/documents';
import { DOCUMENT_FORMATS, documentFormats, type DocumentFormat } from '../../../domain/documents/model';
import { messageOf } from '../api/client';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { downloadBytes } from '../ui/download';

const SHORT: Record<DocumentFormat, string> = { pdf: 'PDF', docx: 'Word', odt: 'ODT' };

/** After this long an export shows a progress bar; quicker ones just save. */
const SLOW_MS = 250;

/**
 * "Opslaan als PDF / Word / ODT" for one document. The back end makes the file in a worker; the
 * file arrives as a download (Electron asks where to save it). A slow export shows progress, and
 * the result (or the Dutch reason it failed) stays readable in a live region.
 */
export function ExportButtons({ what, exportFile, formats = documentFormats }: { what: string; exportFile: (format: DocumentFormat) => Promise<DocumentFile>; formats?: readonly DocumentFormat[] }) {
  const [busy, setBusy] = useState<DocumentFormat | null>(null);
  const [slow, setSlow] = useState(false);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  const run = async (format: DocumentFormat) => {
    setBusy(format);
    setSlow(false);
    setResult(null);
    try {
      const file = await exportFile(format);
      downloadBytes(file.fileName, file.base64, file.mimeType);
      setResult({ type: 'ok', text: `${file.fileName} is gemaakt (${Math.max(1, Math.round(file.bytes / 1024))} kB).` });
    } catch (error) {
      setResult({ type: 'error', text: messageOf(error) });
    } finally {
      setBusy(null);
      setSlow(false);
    }
  };

  return (
    <div className="wo-export" role="group" aria-label={`${what} opslaan`}>
      <div className="wo-export__buttons">
        {formats.map((format) => (
          <Button key={format} variant={format === 'pdf' ? 'primary' : 'secondary'} disabled={busy !== null} onClick={() => void run(format)} title={DOCUMENT_FORMATS[format].label}>
            {SHORT[format]}
          </Button>
        ))}
      </div>
      <div className="wo-export__status" role="status" aria-live="polite">
        {busy && slow ? (
          <span className="wo-export__progress">
            <progress aria-label={`${what} als ${SHORT[busy]} wordt gemaakt`} />
            {what} als {SHORT[busy]} wordt gemaakt…
          </span>
        ) : null}
        {result?.type === 'ok' ? <span className="wo-export__done">{result.text}</span> : null}
      </div>
      {result?.type === 'error' ? <Alert type="error">{result.text}</Alert> : null}
    </div>
  );
}
