import { z } from 'zod';
import { id, labelledEnum, requiredText } from '../fields';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, PROFILE_ROLES } from '../../domain/privacy';

// Labels, terms and rules live in domain/privacy.ts; re-exported for the schemas' users.
export {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  AUDIT_FIELD_LABELS,
  AUDIT_RETENTION_MONTHS,
  CORRECTION_REQUIRED,
  PROFILE_ROLES,
  RETENTION_TERMS,
  auditFieldLabel,
  type AuditAction,
  type AuditEntity,
  type ProfileRole,
} from '../../domain/privacy';

// ---- the user profile on this laptop ----------------------------------------------------------

export const Profile = z.object({
  name: z.string().nullable(),
  role: labelledEnum(PROFILE_ROLES, 'Kies uw rol.').nullable(),
  /** The name the audit trail records for changes made now. */
  actor: z.string(),
});
export type Profile = z.infer<typeof Profile>;

export const ProfileUpdate = z
  .object({
    name: requiredText('Uw naam', 80),
    role: labelledEnum(PROFILE_ROLES, 'Kies uw rol.'),
  })
  .strict();

// ---- the audit trail ----------------------------------------------------------------------------

export const AuditEntry = z.object({
  id: z.number(),
  /** ISO time of the change. */
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  recordId: z.number(),
  /** What the record is called now (a title, a name); null when it no longer exists. Never confidential content. */
  recordLabel: z.string().nullable(),
  action: labelledEnum(AUDIT_ACTIONS, 'Onbekende soort wijziging.'),
  /** Stored field names (see AUDIT_FIELD_LABELS); never their values. */
  fields: z.array(z.string()),
  meetingId: z.number().nullable(),
  meetingDate: z.string().nullable(),
  /** The reason given for a correction. */
  note: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z
  .object({
    entity: labelledEnum(AUDIT_ENTITIES, 'Kies een soort gegeven.').optional(),
    recordId: id.optional(),
    limit: z.number({ error: 'Aantal moet een getal zijn.' }).int({ error: 'Aantal moet een heel getal zijn.' }).min(1, { error: 'Vraag minstens 1 regel op.' }).max(500, { error: 'Vraag hoogstens 500 regels tegelijk op.' }).default(100),
    offset: z.number({ error: 'Begin moet een getal zijn.' }).int({ error: 'Begin moet een heel getal zijn.' }).min(0, { error: 'Begin kan niet negatief zijn.' }).default(0),
  })
  .strict()
  .refine((v) => v.recordId === undefined || v.entity !== undefined, { error: 'Kies bij een record ook de soort gegeven.', path: ['entity'] });

export const AuditPage = z.object({ entries: z.array(AuditEntry), total: z.number(), retentionMonths: z.number() });
export type AuditPage = z.infer<typeof AuditPage>;

/** Asked for when a record of an afgerond overleg is changed outside a meeting: it becomes a recorded correction. */
export const correctionReason = requiredText('Reden van de correctie', 300);
