import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { Block, DocumentModel, RichText } from '../../../domain/documents/model';
import { runsOf } from '../../../domain/documents/model';
import './document.css';

/**
 * The on-screen (and printed) form of a document model: the same model the PDF, DOCX and ODT
 * renderers get, laid out like the PDF page. Mount DocumentPrint beside it to make Ctrl+P print
 * only the document, with the running header and "pagina X van Y" in the page margins.
 */
export function DocumentPreview({ model, headingLevel = 2 }: { model: DocumentModel; headingLevel?: 1 | 2 }) {
  return <DocumentPage model={model} headingLevel={headingLevel} label={`Voorbeeld: ${model.meta.title}`} />;
}

/**
 * What Ctrl+P prints while this is mounted: a copy of the document at the top of <body>, outside
 * the app's scrolling panes (see document.css), with running header and page numbers.
 */
export function DocumentPrint({ model }: { model: DocumentModel }) {
  usePrintPageRules(model);
  const [printRoot, setPrintRoot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    const root = document.createElement('div');
    root.className = 'wo-print-root';
    document.body.append(root);
    setPrintRoot(root);
    return () => root.remove();
  }, []);
  return printRoot ? createPortal(<DocumentPage model={model} headingLevel={1} />, printRoot) : null;
}

function DocumentPage({ model, headingLevel, label }: { model: DocumentModel; headingLevel: 1 | 2; label?: string }) {
  const Title = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <article className="wo-doc" lang={model.meta.language} aria-label={label}>
      <header className="wo-doc__running" aria-hidden="true">
        <span>{model.runningHeader.join('  ·  ')}</span>
        {model.draftMark ? <span className="wo-doc__draft">{model.draftMark.toUpperCase()}</span> : null}
      </header>
      {model.draftMark ? <p className="wo-doc__draftline">{model.draftMark.toUpperCase()} — nog niet vastgesteld</p> : null}
      <Title className="wo-doc__title">{model.meta.title}</Title>
      {model.subtitle ? <p className="wo-doc__subtitle">{model.subtitle}</p> : null}
      <hr className="wo-doc__rule" />
      <Blocks blocks={model.blocks} level={headingLevel + 1} />
      {model.footerNote ? <footer className="wo-doc__footer">{model.footerNote}</footer> : null}
    </article>
  );
}

function Rich({ text }: { text: RichText }) {
  return (
    <>
      {runsOf(text).map((r, i) => {
        let node: ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(Math.max(level, 2), 6) - 2] ?? 'h6';
  return <Tag className={`wo-doc__h wo-doc__h--${Math.min(level, 5)}`}>{children}</Tag>;
}

function Blocks({ blocks, level }: { blocks: readonly Block[]; level: number }) {
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} level={level} />
      ))}
    </>
  );
}

function BlockView({ block, level }: { block: Block; level: number }) {
  switch (block.kind) {
    case 'section':
      return (
        <section className="wo-doc__section">
          <Heading level={level}>{block.title}</Heading>
          <Blocks blocks={block.blocks} level={level + 1} />
        </section>
      );
    case 'heading':
      return <Heading level={level + block.level - 1}>{block.text}</Heading>;
    case 'paragraph':
      return (
        <p className={block.muted ? 'wo-doc__p wo-doc__p--muted' : 'wo-doc__p'}>
          <Rich text={block.text} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="wo-doc__list">
          {block.items.map((item, i) => (
            <li key={i}>
              <Rich text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'facts':
      return (
        <dl className="wo-doc__facts">
          {block.items.map((f, i) => (
            <div key={i}>
              <dt>{f.label}</dt>
              <dd>
                <Rich text={f.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'notice':
      return (
        <div className={`wo-doc__notice wo-doc__notice--${block.tone}`} role="note">
          <Rich text={block.text} />
        </div>
      );
    case 'table': {
      if (block.rows.length === 0) {
        return (
          <>
            {block.caption ? <p className="wo-doc__caption">{block.caption}</p> : null}
            <p className="wo-doc__p wo-doc__p--muted">{block.emptyText ?? 'Geen.'}</p>
          </>
        );
      }
      const total = block.columns.reduce((s, c) => s + (c.weight ?? 1), 0);
      return (
        <table className="wo-doc__table">
          {block.caption ? <caption>{block.caption}</caption> : null}
          <colgroup>
            {block.columns.map((c, i) => (
              <col key={i} className={`wo-doc__col--${Math.round(((c.weight ?? 1) / total) * 20) * 5}`} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r} className={row.highlight ? 'wo-doc__row--highlight' : undefined}>
                {row.cells.map((cell, i) => (
                  <td key={i}>
                    <Rich text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** CSS string literal: quotes and backslashes escaped, line breaks dropped. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]+/g, ' ')}"`;

/**
 * The printed page gets the running header and "pagina X van Y" in its margin boxes. A
 * constructed style sheet, not a <style> element: it works under a CSP without 'unsafe-inline'.
 */
function usePrintPageRules(model: DocumentModel) {
  const header = model.runningHeader.join('  ·  ');
  const draft = model.draftMark?.toUpperCase() ?? '';
  const note = model.footerNote ?? '';
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { @page {
      size: A4; margin: 22mm 20mm 20mm 20mm;
      @top-left { content: ${cssString(header)}; font: 8.5pt "Noto Sans", Arial, sans-serif; color: #555; }
      @top-right { content: ${cssString(draft)}; font: bold 8.5pt "Noto Sans", Arial, sans-serif; color: #a4000f; }
      @bottom-left { content: ${cssString(note)}; font: 8.5pt "Noto Sans", Arial, sans-serif; color: #555; }
      @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8.5pt "Noto Sans", Arial, sans-serif; color: #555; }
    } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [header, draft, note]);
}
