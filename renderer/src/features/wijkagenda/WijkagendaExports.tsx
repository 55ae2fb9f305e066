import { useState } from 'react';
import type { DocumentFile } from '../../../../contract/schemas/documents';
import type { DocumentFormat } from '../../../../domain/documents/model';
import { call, messageOf } from '../../api/client';
import { ExportButtons } from '../../documents/ExportButtons';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { downloadBytes } from '../../ui/download';

/**
 * The wijkagenda for all partners: PDF/A, Word and ODT through the document engine's buttons,
 * and Excel for those who want to filter and count themselves.
 */
export function WijkagendaExports({ wijkId, year, disabled }: { wijkId: number; year: number; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const exportFile = (format: DocumentFormat | 'xlsx'): Promise<DocumentFile> => call('wijkagenda:export', { wijkId, year, format });
  const xlsx = async () => {
    setBusy(true);
    setResult(null);
    try {
      const file = await exportFile('xlsx');
      downloadBytes(file.fileName, file.base64, file.mimeType);
      setResult({ type: 'ok', text: `${file.fileName} is gemaakt (${Math.max(1, Math.round(file.bytes / 1024))} kB).` });
    } catch (e) {
      setResult({ type: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  if (disabled) return null;
  return (
    <div className="wo-wa-exports">
      <ExportButtons what="Wijkagenda" exportFile={exportFile} />
      <div className="wo-export" role="group" aria-label="Wijkagenda als spreadsheet opslaan">
        <Button onClick={() => void xlsx()} disabled={busy} title="Excel-werkmap (XLSX)">
          Excel
        </Button>
        <span role="status" aria-live="polite">
          {result?.type === 'ok' ? result.text : null}
        </span>
      </div>
      {result?.type === 'error' ? <Alert type="error">{result.text}</Alert> : null}
    </div>
  );
}
