import { DomainError } from '../../contract';
import type { DocumentFile } from '../../contract/schemas/documents';
import { todayIn, type BackendContext } from '../context';
import { getMunicipality } from '../../db/queries/municipality';
import { wijkagendaDocument, wijkagendaTitle, wijkagendaWorkbook } from '../../domain/documents/wijkagenda';
import { exportDocument } from '../documents/export';
import { exportWorkbook } from '../documents/exportWorkbook';
import { buildWijkagenda } from './views';

export type WijkagendaFormat = 'pdf' | 'docx' | 'odt' | 'xlsx';

/**
 * The wijkagenda of a wijk-year as a file for all partners. The database is read first (here,
 * synchronously); only the rendering waits, in the document worker (every format).
 */
export async function exportWijkagenda(ctx: BackendContext, wijkId: number, year: number, format: WijkagendaFormat): Promise<DocumentFile> {
  const view = buildWijkagenda(ctx, wijkId, year);
  if (view.agreements.length === 0) throw new DomainError('conflict', `Er staan nog geen afspraken op de wijkagenda ${view.wijkName} ${year}: er is nog niets om te delen.`);
  const docCtx = { municipalityName: getMunicipality(ctx.db)?.name ?? 'Gemeente', today: todayIn(ctx), createdAt: ctx.now().toISOString() };
  const base = wijkagendaTitle(view);
  return format === 'xlsx'
    ? exportWorkbook(ctx, wijkagendaWorkbook(view, docCtx), base)
    : exportDocument(ctx, wijkagendaDocument(view, docCtx), format, base);
}
