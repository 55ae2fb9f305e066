import path from 'node:path';
import type { SaveDialogOptions } from 'electron';

/**
 * Exports (.ics, .pdf, .docx, ...) reach the main process as ordinary downloads. Electron then
 * asks where to save with a native dialog; these options only make that dialog Dutch and offer
 * the right file type first.
 */

const FILE_TYPES: Readonly<Record<string, string>> = {
  ics: 'Agenda-afspraak',
  pdf: 'PDF-document',
  docx: 'Word-document',
  odt: 'OpenDocument-tekstdocument',
  xlsx: 'Excel-werkmap',
  csv: 'CSV-bestand',
  txt: 'Tekstbestand',
  json: 'JSON-bestand',
  zip: 'ZIP-archief',
  sqlite: 'Wijkoverleg-database',
};

export function saveDialogOptionsFor(suggestedName: string, downloadsDir: string): SaveDialogOptions {
  // Chromium already sanitises download names; basename is a second guard against a name that
  // would point the default path outside the downloads folder.
  const name = path.basename(suggestedName.replaceAll('\\', '/')) || 'export';
  const extension = path.extname(name).slice(1).toLowerCase();
  const known = FILE_TYPES[extension];
  return {
    title: 'Bestand opslaan',
    buttonLabel: 'Opslaan',
    defaultPath: path.join(downloadsDir, name),
    filters: [...(known ? [{ name: known, extensions: [extension] }] : []), { name: 'Alle bestanden', extensions: ['*'] }],
  };
}
