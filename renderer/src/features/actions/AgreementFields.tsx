import { namedOptions } from '../../ui/options';
import { ACTION_HORIZONS, ACTION_HORIZON_HINTS, type ActionHorizon } from '../../../../contract/schemas/actions';
import type { Organisation, Person } from '../../../../contract/schemas/masterdata';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';

/** Wie and wanneer of an agreement (an action, or a wijkagenda agreement of its own). */
export interface AgreementValues {
  ownerOrganisationId: number | null;
  ownerPersonId: number | null;
  horizon: ActionHorizon | '';
  deadline: string;
  preconditions: string;
  decisionDue: string;
  motivation: string;
}

/**
 * Afspraak is afspraak: who does it, and Nu, Ooit or Nooit with the fields that horizon asks for.
 * Shared by the action form of the meeting and the wijkagenda's own agreements.
 */
export function AgreementFields({
  values: v,
  set,
  errors,
  organisations,
  people,
}: {
  values: AgreementValues;
  /** The form's own setter (its values hold more fields than these). */
  set: (field: keyof AgreementValues, value: AgreementValues[keyof AgreementValues]) => void;
  errors: Record<string, string | undefined>;
  organisations: Organisation[];
  people: Person[];
}) {
  // Typed per field here, whatever the form's setter accepts.
  const put = <K extends keyof AgreementValues>(field: K, value: AgreementValues[K]) => set(field, value);
  const personOptions = people.filter((p) => p.active && p.organisationId === v.ownerOrganisationId).map((p) => ({ value: String(p.id), label: `${p.name} (${p.role})` }));
  return (
    <>
      <SelectField
        label="Wie (organisatie)"
        value={v.ownerOrganisationId ? String(v.ownerOrganisationId) : ''}
        options={namedOptions(organisations)}
        placeholder="Kies een organisatie"
        onChange={(x) => {
          put('ownerOrganisationId', x ? Number(x) : null);
          put('ownerPersonId', null);
        }}
        error={errors.ownerOrganisationId}
        required
      />
      <SelectField
        label="Wie (persoon, optioneel)"
        value={v.ownerPersonId ? String(v.ownerPersonId) : ''}
        options={personOptions}
        placeholder={v.ownerOrganisationId ? 'De organisatie' : 'Kies eerst een organisatie'}
        onChange={(x) => put('ownerPersonId', x ? Number(x) : null)}
        error={errors.ownerPersonId}
      />
      <div className="wo-span-2">
        <RadioGroupField
          label="Afspraak is afspraak: wanneer gebeurt het?"
          value={v.horizon}
          options={(Object.keys(ACTION_HORIZONS) as ActionHorizon[]).map((h) => ({ value: h, label: ACTION_HORIZONS[h], hint: ACTION_HORIZON_HINTS[h] }))}
          onChange={(x) => put('horizon', x as ActionHorizon)}
          error={errors.horizon}
        />
      </div>
      {v.horizon === 'nu' ? <TextField label="Wanneer klaar" type="date" value={v.deadline} onChange={(x) => put('deadline', x)} error={errors.deadline} required /> : null}
      {v.horizon === 'ooit' ? (
        <>
          <TextAreaField label="Randvoorwaarden" value={v.preconditions} onChange={(x) => put('preconditions', x)} error={errors.preconditions} required rows={2} description="Waar hangt het van af?" />
          <TextField label="Afhandeltermijn" type="date" value={v.decisionDue} onChange={(x) => put('decisionDue', x)} error={errors.decisionDue} required description="Wanneer komt er een definitief antwoord?" />
        </>
      ) : null}
      {v.horizon === 'nooit' ? (
        <TextAreaField label="Motivering" value={v.motivation} onChange={(x) => put('motivation', x)} error={errors.motivation} required rows={2} description="Bijvoorbeeld: te duur, tegen het algemeen belang, geen draagvlak in de wijk." className="wo-span-2" />
      ) : null}
    </>
  );
}
