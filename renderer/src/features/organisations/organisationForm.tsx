import { ORGANISATION_KINDS, type OrganisationCreate, type OrganisationKind } from '../../../../contract/schemas/masterdata';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';

/** The form holds exactly what the contract accepts (derived, so the two cannot drift). */
export type OrganisationValues = OrganisationCreate;

export const kindOptions = Object.entries(ORGANISATION_KINDS).map(([value, label]) => ({ value, label }));

/** The fields of an organisation, shared by the new-record form and the autosaving detail panel. */
export function OrganisationFields<V extends OrganisationValues>({
  values,
  errors,
  set,
  commit,
  setAndCommit,
  autoFocus,
}: {
  values: V;
  errors: Record<string, string>;
  set: <K extends keyof OrganisationValues>(field: K, value: V[K]) => void;
  commit?: () => void;
  setAndCommit?: <K extends keyof OrganisationValues>(field: K, value: V[K]) => void;
  autoFocus?: boolean;
}) {
  const choose = setAndCommit ?? set;
  return (
    <>
      <TextField label="Naam" value={values.name} onChange={(v) => set('name', v)} onCommit={commit} error={errors.name} required autoFocus={autoFocus} />
      <SelectField label="Soort organisatie" value={values.kind} options={kindOptions} onChange={(v) => choose('kind', v as OrganisationKind)} error={errors.kind} required />
      <CheckboxField
        label="Aanwezigheid bij het WCT is verplicht (prestatieafspraken)"
        checked={values.attendanceRequired}
        onChange={(v) => choose('attendanceRequired', v)}
        description="Het aanwezigheidsoverzicht markeert deze organisatie als zij te vaak ontbreekt."
      />
      <TextField label="Contactpersoon of afdeling" value={values.contactName ?? ''} onChange={(v) => set('contactName', v)} onCommit={commit} error={errors.contactName} />
      <TextField label="E-mailadres" type="email" value={values.contactEmail ?? ''} onChange={(v) => set('contactEmail', v)} onCommit={commit} error={errors.contactEmail} />
      <TextField label="Telefoonnummer" type="tel" value={values.contactPhone ?? ''} onChange={(v) => set('contactPhone', v)} onCommit={commit} error={errors.contactPhone} />
      <TextAreaField label="Toelichting" value={values.note ?? ''} onChange={(v) => set('note', v)} onCommit={commit} error={errors.note} rows={2} />
    </>
  );
}
