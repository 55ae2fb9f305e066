import { z } from 'zod';
import { id, isoDate } from '../fields';

export const SEARCH_KINDS = { signal: 'Signaal', action: 'Actie', decision: 'Besluit', verslag: 'Verslag' } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;
export const searchKind = z.enum(Object.keys(SEARCH_KINDS) as [SearchKind, ...SearchKind[]], { error: 'Kies signaal, actie, besluit of verslag.' });

export const SearchRequest = z
  .object({
    text: z.string({ error: 'Zoektekst moet tekst zijn.' }).trim().max(200, { error: 'Zoektekst mag hoogstens 200 tekens lang zijn.' }),
    kind: searchKind.optional(),
    wijkId: id.optional(),
    teamId: id.optional(),
    /** Signals brought in by or owned by it, actions it carries out. Decisions and verslagen are the whole team's: never found with this filter. */
    organisationId: id.optional(),
    from: isoDate('Vanaf').optional(),
    to: isoDate('Tot en met').optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', message: 'De einddatum ligt vóór de begindatum.', path: ['to'] });
  });

export const SearchResult = z.object({
  kind: searchKind,
  /** The signal, action or decision; for a verslag the verslag (it opens by its meetingId). */
  id: z.number(),
  title: z.string(),
  /** A few words around the hits, the hits between « and ». */
  snippet: z.string(),
  date: z.string(),
  meetingId: z.number(),
  wijkName: z.string(),
  confidential: z.boolean(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchResponse = z.object({ results: z.array(SearchResult), total: z.number() });
export type SearchResponse = z.infer<typeof SearchResponse>;
