import { useRef, useState } from 'react';
import type { Action } from '../../../../contract/schemas/actions';
import { ACTION_STATUSES, normaliseAction, type ActionHorizon, type ActionStatus } from '../../../../domain/action';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { SelectField, TextField } from '../../ui/fields';
import { AgreementFields, type AgreementValues } from '../actions/AgreementFields';
import { optionsOf } from '../../ui/options';
import { useCreateForm } from '../../ui/useCreateForm';
import { CaptureForm } from './CaptureForm';
import { useMeeting } from './MeetingContext';

interface ActionValues extends AgreementValues {
  what: string;
  /** "item:<id>" or "signal:<id>": the waarom. */
  why: string;
  whyText: string;
  how: string;
  status: ActionStatus;
  cancelReason: string;
}

const valuesOf = (a: Action): ActionValues => ({
  what: a.what,
  why: a.signalId ? `signal:${a.signalId}` : `item:${a.agendaItemId}`,
  whyText: a.whyText ?? '',
  ownerOrganisationId: a.ownerOrganisationId,
  ownerPersonId: a.ownerPersonId,
  horizon: a.horizon,
  deadline: a.deadline ?? '',
  preconditions: a.preconditions ?? '',
  decisionDue: a.decisionDue ?? '',
  motivation: a.motivation ?? '',
  how: a.how ?? '',
  status: a.status,
  cancelReason: a.cancelReason ?? '',
});

/**
 * Afspraak is afspraak: wat, waarom, wie, wanneer, hoe — and Nu, Ooit or Nooit with what each
 * requires. With `action` it corrects that agreement (e.g. an Ooit that became Nu or Nooit).
 */
export function ActionForm({ item, signalId, action }: { item: AgendaItem; signalId?: number | null; action?: Action }) {
  const { detail, meetingId, organisations, people, closeForm, notify } = useMeeting();
  const signalChoices = useQuery('signalChoice:list', { meetingId });
  const formRef = useRef<HTMLFormElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const initial: ActionValues = action ? valuesOf(action) : {
    what: '',
    why: signalId ? `signal:${signalId}` : `item:${item.id}`,
    whyText: '',
    ownerOrganisationId: null,
    ownerPersonId: null,
    horizon: '',
    deadline: '',
    preconditions: '',
    decisionDue: '',
    motivation: '',
    how: '',
    status: 'open',
    cancelReason: '',
  };
  const form = useCreateForm<ActionValues, { what: string }>(
    initial,
    (v) => {
      const [kind, ref] = v.why.split(':');
      const fields = {
        agendaItemId: kind === 'item' ? Number(ref) : item.id,
        signalId: kind === 'signal' ? Number(ref) : null,
        whyText: v.whyText,
        what: v.what,
        ownerOrganisationId: v.ownerOrganisationId as number,
        ownerPersonId: v.ownerPersonId,
        horizon: (v.horizon || undefined) as ActionHorizon,
        deadline: v.deadline || null,
        preconditions: v.preconditions || null,
        decisionDue: v.decisionDue || null,
        motivation: v.motivation || null,
        how: v.how,
        status: v.status,
        cancelReason: v.cancelReason || null,
      };
      // Fields the chosen horizon does not use are not sent (the back end would clear them too).
      const request = v.horizon ? normaliseAction({ ...fields, horizon: v.horizon }) : fields;
      return action ? call('action:update', { ...request, id: action.id, meetingId }) : call('action:create', { ...request, meetingId });
    },
    (a) => {
      if (action) return closeForm();
      setSaved(`Actie “${a.what}” vastgelegd.`);
      // Ready for the next agreement: focus on Wat, never lost to the page.
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    },
    action
      ? undefined
      : {
          key: `${meetingId}:action`,
          worthKeeping: (x) => [x.what, x.whyText, x.how, x.preconditions, x.motivation].some((t) => t.trim() !== ''),
          onKept: () => notify('De half ingevulde actie is bewaard. Druk op A om verder te gaan.'),
        },
  );
  const heading = action ? `Actie wijzigen: ${action.what}` : 'Nieuwe actie (afspraak)';
  const v = form.values;
  // Raised here or carried into this meeting; until the list is read, this meeting's own.
  const signals = signalChoices.data ?? detail.signals;
  const whyOptions = [
    { value: `item:${item.id}`, label: `Agendapunt: ${item.title}` },
    ...signals.map((s) => ({ value: `signal:${s.id}`, label: `Signaal: ${s.title}` })),
  ];
  return (
    <CaptureForm formRef={formRef} label={action ? heading : 'Nieuwe actie'} heading={heading} form={form} saved={saved} what="actie" submit={action ? 'Wijziging opslaan' : 'Actie vastleggen'} onClose={closeForm}>
      <TextField label="Wat" value={v.what} onChange={(x) => form.set('what', x)} error={form.errors.what} required autoFocus className="wo-span-2" />
      <SelectField label="Waarom" value={v.why} options={whyOptions} onChange={(x) => form.set('why', x)} error={form.errors.signalId ?? form.errors.agendaItemId} required />
      <TextField label="Toelichting bij het waarom" value={v.whyText} onChange={(x) => form.set('whyText', x)} error={form.errors.whyText} />
      <AgreementFields values={v} set={form.set} errors={form.errors} organisations={organisations} people={people} />
      <TextField label="Hoe (optioneel)" value={v.how} onChange={(x) => form.set('how', x)} error={form.errors.how} className="wo-span-2" />
      {action ? (
        <>
          <SelectField label="Status" value={v.status} options={optionsOf(ACTION_STATUSES)} onChange={(x) => form.set('status', x as ActionStatus)} error={form.errors.status} />
          {v.status === 'vervallen' ? (
            <TextField label="Reden van vervallen" value={v.cancelReason} onChange={(x) => form.set('cancelReason', x)} error={form.errors.cancelReason} required />
          ) : null}
        </>
      ) : null}
    </CaptureForm>
  );
}
