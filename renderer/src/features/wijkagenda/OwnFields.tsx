import type { ActionHorizon } from '../../../../contract/schemas/actions';
import type { Organisation, Person } from '../../../../contract/schemas/masterdata';
import { TextField } from '../../ui/fields';
import { AgreementFields, type AgreementValues } from '../actions/AgreementFields';

/** Wat, wie, wanneer and the horizon of an agreement that is not an action (a decision or entered by hand). */
export interface OwnValues extends AgreementValues {
  what: string;
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
  return (
    <div className="wo-capture__grid">
      <TextField label="Wat" value={v.what} onChange={(x) => set('what', x)} error={errors.what} required className="wo-span-2" />
      <AgreementFields values={v} set={set} errors={errors} organisations={organisations} people={people} />
    </div>
  );
}
