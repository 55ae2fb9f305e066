import { z } from 'zod';

/** The most rows one window may ask for: a screenful plus overscan, a few times over. */
export const PAGE_LIMIT_MAX = 500;

/** Which rows of the sorted, filtered list to send: offset paging, so a scroll bar can jump anywhere. */
export const pageWindow = {
  offset: z.number({ error: 'Ongeldige positie in de lijst.' }).int().min(0).default(0),
  limit: z.number({ error: 'Ongeldig aantal rijen.' }).int().min(1).max(PAGE_LIMIT_MAX).default(100),
};

export const sortDirection = z.enum(['asc', 'desc'], { error: 'Kies oplopend of aflopend.' });
export type SortDirection = z.infer<typeof sortDirection>;

/** The sort of an overview: one of its sort keys (key → Dutch column name), up or down. */
export const sortOn = <K extends string>(keys: Record<K, string>) =>
  z.object({ key: z.enum(Object.keys(keys) as [K, ...K[]], { error: 'Onbekende sortering.' }), dir: sortDirection }).strict();

/** Free text typed into a search box: searched with the full-text index. */
export const searchText = z.string({ error: 'Zoektekst moet tekst zijn.' }).trim().max(200, { error: 'Zoektekst mag hoogstens 200 tekens lang zijn.' }).optional();

/** One window of a list: its rows and how many rows the whole list has (counted by an aggregate query). */
export const pageOf = <Row extends z.ZodType>(row: Row) => z.object({ rows: z.array(row), offset: z.number(), total: z.number() });
