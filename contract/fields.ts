import { z } from 'zod';
import { controlCharacterMessage, hasControlCharacter } from '../domain/text';
import { isSaneYear, saneYearMessage } from '../domain/calendar';

/**
 * Reusable field schemas with Dutch messages. Every request schema is built from these so the
 * wording is the same on every screen.
 */

/** The base of every text field: a string without stuurtekens. */
const text = (label: string, typeMessage: string) =>
  z.string({ error: typeMessage }).refine((v) => !hasControlCharacter(v), { error: controlCharacterMessage(label), abort: true });

export const id = z.number({ error: 'Ontbrekende of ongeldige verwijzing.' }).int().positive();

export const requiredText = (label: string, max = 200) =>
  text(label, `${label} is verplicht.`)
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` });

export const optionalText = (label: string, max = 2000) =>
  text(label, `${label} moet tekst zijn.`)
    .trim()
    .max(max, { error: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const optionalEmail = text('E-mailadres', 'E-mailadres moet tekst zijn.')
  .trim()
  .max(254, { error: 'E-mailadres is te lang.' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v), {
    error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.',
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** Gemeenten answer on "14" plus their area code (14 020, 14 0223): shorter than any other number. */
const MUNICIPAL_14 = /^14 ?0\d{2,3}$/;

export const optionalPhone = text('Telefoonnummer', 'Telefoonnummer moet tekst zijn.')
  .trim()
  .refine((v) => v === '' || /^\+?[0-9 ()-]{8,20}$/.test(v) || MUNICIPAL_14.test(v), {
    error: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of 0223 678 900.',
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** Calendar date as YYYY-MM-DD, checked to be a real date. */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} moet een datum zijn (dd-mm-jjjj).` })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      error: `${label} is geen bestaande datum.`,
    })
    .refine(isSaneYear, { error: saneYearMessage(label) });

export const optionalIsoDate = (label: string) => isoDate(label).nullable().optional().transform((v) => v ?? null);

export const empty = z.object({}).strict();

/** Optional reference: missing or null both mean "none". */
export const optionalId = id.nullable().optional().transform((v) => v ?? null);

/** Why a record of an afgerond overleg is changed after all: stored in the audit trail, so no personal data. */
export const correctionReason = requiredText('Reden van de correctie', 300).optional();

/** Time of day as HH:MM (24-hour clock). */
export const timeOfDay = (label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} moet een tijd zijn (uu:mm), bijvoorbeeld 09:30.` });

export const optionalTimeOfDay = (label: string) =>
  z
    .union([z.literal(''), timeOfDay(label)], { error: `${label} moet een tijd zijn (uu:mm), bijvoorbeeld 09:30.` })
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

/** An enum whose values are the keys of a value → Dutch label map (the map is exported for the UI). */
export const labelledEnum = <K extends string>(labels: Record<K, string>, message: string) =>
  z.enum(Object.keys(labels) as [K, ...K[]], { error: message });

/** Whole minutes, as planned per agenda item. */
export const minutes = (label: string) =>
  z
    .number({ error: `${label} moet een aantal minuten zijn.` })
    .int({ error: `${label} moet een heel aantal minuten zijn.` })
    .min(0, { error: `${label} kan niet negatief zijn.` })
    .max(480, { error: `${label} mag hoogstens 480 minuten zijn.` });
