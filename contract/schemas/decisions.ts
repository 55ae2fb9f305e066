import { z } from 'zod';
import { id, requiredText } from '../fields';

/** A besluit, taken under an agenda item. */
export const Decision = z.object({
  id: z.number(),
  meetingId: z.number(),
  agendaItemId: z.number(),
  text: z.string(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const DecisionCreate = z.object({ agendaItemId: id, text: requiredText('Besluit', 2000) }).strict();
export const DecisionUpdate = z.object({ id, text: requiredText('Besluit', 2000) }).strict();
