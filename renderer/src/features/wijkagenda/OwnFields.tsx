import { ACTION_HORIZONS, ACTION_HORIZON_HINTS, type ActionHorizon } from '../../../../contract/schemas/actions';
import type { Organisation, Person } from '../../../../contract/schemas/masterdata';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';

/** Wat, wie, wanneer and the horizon of an agreement that is not an action (a decision or entered by hand). */
export interface OwnValues {
  what: string;
  ownerOrganisationId: number | null;
  ownerPersonId: number | null;
  horizon: ActionHorizon | '';
  deadline: string;
  preconditions: string;
  decisionDue: string;
  motivation: string;
}

export const emptyOwn = (what = ''): OwnValues => ({
  what,
  ownerOrganisationId: null,
  ownerPersonId: null,
  horizon: '',
  deadline: '',
  preconditions: '',
  decisionDue: '',
  motivation: '',
});

/** The request fields; the back end keeps only what the horizon asks for. */
export const ownRequest = (v: OwnValues) => ({
  what: v.what,
  ownerOrganisationId: v.ownerOrganisationId as number,
  ownerPersonId: v.ownerPersonId,
  horizon: (v.horizon || undefined) as ActionHorizon,
  deadline: v.horizon === 'nooit' ? null : v.deadline || null,
  preconditions: v.horizon === 'ooit' ? v.preconditions : null,
  decisionDue: v.horizon === 'ooit' ? v.decisionDue || null : null,
  motivation: v.horizon === 'nooit' ? v.motivation : null,
});

export function OwnFields({
  values: v,
  set,
  errors,
  organisations,
  people,
}: {
  values: OwnValues;
  set: <K extends keyof OwnValues>(field: K, value: OwnValues[K]) => void;
  errors: Record<string, string | undefined>;
  organisations: Organisation[];
  people: Person[];
}) {
  const personOptions = people.filter((p) => p.active && p.organisationId === v.ownerOrganisationId).map((p) => ({ value: String(p.id), label: `${p.name} (${p.role})` }));
  return (
    <div className="wo-capture__grid">
      <TextField label="Wat" value={v.what} onChange={(x) => set('what', x)} error={errors.what} required className="wo-span-2" />
      <SelectField
        label="Wie (organisatie)"
        value={v.ownerOrganisationId ? String(v.ownerOrganisationId) : ''}
        options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        placeholder="Kies een organisatie"
        onChange={(x) => {
          set('ownerOrganisationId', x ? Number(x) : null);
          set('ownerPersonId', null);
        }}
        error={errors.ownerOrganisationId}
        required
      />
      <SelectField
        label="Wie (persoon, optioneel)"
        value={v.ownerPersonId ? String(v.ownerPersonId) : ''}
        options={personOptions}
        placeholder={v.ownerOrganisationId ? 'De organisatie' : 'Kies eerst een organisatie'}
        onChange={(x) => set('ownerPersonId', x ? Number(x) : null)}
        error={errors.ownerPersonId}
      />
      <div className="wo-span-2">
        <RadioGroupField
          label="Afspraak is afspraak: wanneer gebeurt het?"
          value={v.horizon}
          options={(Object.keys(ACTION_HORIZONS) as ActionHorizon[]).map((h) => ({ value: h, label: ACTION_HORIZONS[h], hint: ACTION_HORIZON_HINTS[h] }))}
          onChange={(x) => set('horizon', x as ActionHorizon)}
          error={errors.horizon}
        />
      </div>
      {v.horizon === 'nu' ? <TextField label="Wanneer klaar" type="date" value={v.deadline} onChange={(x) => set('deadline', x)} error={errors.deadline} required /> : null}
      {v.horizon === 'ooit' ? (
        <>
          <TextAreaField label="Randvoorwaarden" value={v.preconditions} onChange={(x) => set('preconditions', x)} error={errors.preconditions} required rows={2} description="Waar hangt het van af?" />
          <TextField label="Afhandeltermijn" type="date" value={v.decisionDue} onChange={(x) => set('decisionDue', x)} error={errors.decisionDue} required description="Wanneer komt er een definitief antwoord?" />
        </>
      ) : null}
      {v.horizon === 'nooit' ? (
        <TextAreaField label="Motivering" value={v.motivation} onChange={(x) => set('motivation', x)} error={errors.motivation} required rows={2} className="wo-span-2" />
      ) : null}
    </div>
  );
}
