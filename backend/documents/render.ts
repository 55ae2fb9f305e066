import type { DocumentFormat, DocumentModel } from '../../domain/documents/model';
import { renderDocx } from './docx';
import { renderOdt } from './odt';
import { renderPdf } from './pdf';

export interface RenderOptions {
  /** Folder with the shipped TTF fonts (see fonts.ts); only the PDF embeds them. */
  fontDir?: string;
}

/** One function per format, each taking the same model. */
export const RENDERERS: Record<DocumentFormat, (model: DocumentModel, options: RenderOptions) => Promise<Uint8Array>> = {
  pdf: (model, options) => renderPdf(model, options),
  docx: (model) => renderDocx(model),
  odt: (model) => renderOdt(model),
};

export const renderDocument = (format: DocumentFormat, model: DocumentModel, options: RenderOptions = {}): Promise<Uint8Array> =>
  RENDERERS[format](model, options);
