/**
 * The spreadsheet model: a table as plain data with a type per column, so an export keeps dates
 * as dates and numbers as numbers whoever renders it (XLSX now, maybe ODS later). Built by pure
 * functions (see overviewSheets.ts), rendered by backend/documents/xlsx.ts. Shared by every
 * export that is a table: the overviews, the attendance report, the wijkagenda.
 */

export type SheetCell = string | number | null;

/**
 * - text: short text; longText: wraps (descriptions, notes)
 * - date: 'YYYY-MM-DD' in the model, a real date (shown dd-mm-jjjj) in the file
 * - integer, percent (a fraction 0–1, shown as 80%)
 */
export type SheetColumnKind = 'text' | 'longText' | 'date' | 'integer' | 'percent';

export interface SheetColumn {
  header: string;
  kind: SheetColumnKind;
  /** Width in characters; a sensible default per kind otherwise. */
  width?: number;
}

export interface SheetModel {
  /** The tab name (at most 31 characters, no []:*?/\). */
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
  /** Row indexes (0-based, into rows) to mark, for example overdue actions. */
  highlightRows?: readonly number[];
}

export interface WorkbookModel {
  title: string;
  /** Who issues it (the gemeente). */
  author: string;
  /** ISO timestamp. */
  createdAt: string;
  sheets: readonly SheetModel[];
  /**
   * Shown on a last tab "Over deze export": what was exported, with which filters and sort, and
   * what was left out (confidential content). Label → value.
   */
  about: readonly { label: string; value: string }[];
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** Excel refuses tab names longer than 31 characters or with []:*?/\ in them. */
export const sheetName = (name: string): string => name.replace(SHEET_NAME_FORBIDDEN, '-').slice(0, 31) || 'Blad';

/** A 'YYYY-MM-DD' date (or null) as it goes into a date column. */
export const dateCell = (date: string | null | undefined): SheetCell => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null);

export const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nee');
