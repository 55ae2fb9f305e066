import { useRef, useState } from 'react';
import type { Action } from '../../../../contract/schemas/actions';
import { ACTION_HORIZONS, ACTION_HORIZON_HINTS, ACTION_STATUSES, normaliseAction, type ActionHorizon, type ActionStatus } from '../../../../domain/action';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { FormFooter } from '../../ui/FormFooter';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { optionsOf } from '../../ui/options';
import { useCreateForm } from '../../ui/useCreateForm';
import { useMeeting } from './MeetingContext';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';
import { DraftNote } from './DraftNote';

interface ActionValues {
  what: string;
  /** "item:<id>" or "signal:<id>": the waarom. */
  why: string;
  whyText: string;
  ownerOrganisationId: number | null;
  ownerPersonId: number | null;
  horizon: ActionHorizon | '';
  deadline: string;
  preconditions: string;
  decisionDue: string;
  motivation: string;
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
  const signals = [...detail.signals, ...detail.carriedSignals];
  const whyOptions = [
    { value: `item:${item.id}`, label: `Agendapunt: ${item.title}` },
    ...signals.map((s) => ({ value: `signal:${s.id}`, label: `Signaal: ${s.title}` })),
  ];
  const personOptions = people
    .filter((p) => p.active && p.organisationId === v.ownerOrganisationId)
    .map((p) => ({ value: String(p.id), label: `${p.name} (${p.role})` }));

  return (
    <form
      ref={formRef}
      noValidate
      className="wo-capture"
      aria-label={action ? heading : 'Nieuwe actie'}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      onKeyDown={submitOnCtrlEnter}
    >
      <h4 className="utrecht-heading-4">{heading}</h4>
      {saved && !form.formError && Object.keys(form.errors).length === 0 ? <Alert type="ok">{saved}</Alert> : null}
      {form.restored ? <DraftNote what="actie" onDiscard={form.reset} /> : null}
      <div className="wo-capture__grid">
        <TextField label="Wat" value={v.what} onChange={(x) => form.set('what', x)} error={form.errors.what} required autoFocus className="wo-span-2" />
        <SelectField label="Waarom" value={v.why} options={whyOptions} onChange={(x) => form.set('why', x)} error={form.errors.signalId ?? form.errors.agendaItemId} required />
        <TextField label="Toelichting bij het waarom" value={v.whyText} onChange={(x) => form.set('whyText', x)} error={form.errors.whyText} />
        <SelectField
          label="Wie (organisatie)"
          value={v.ownerOrganisationId ? String(v.ownerOrganisationId) : ''}
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          placeholder="Kies een organisatie"
          onChange={(x) => {
            form.set('ownerOrganisationId', x ? Number(x) : null);
            form.set('ownerPersonId', null);
          }}
          error={form.errors.ownerOrganisationId}
          required
        />
        <SelectField
          label="Wie (persoon, optioneel)"
          value={v.ownerPersonId ? String(v.ownerPersonId) : ''}
          options={personOptions}
          placeholder={v.ownerOrganisationId ? 'De organisatie' : 'Kies eerst een organisatie'}
          onChange={(x) => form.set('ownerPersonId', x ? Number(x) : null)}
          error={form.errors.ownerPersonId}
        />
        <div className="wo-span-2">
          <RadioGroupField
            label="Afspraak is afspraak: wanneer gebeurt het?"
            value={v.horizon}
            options={(Object.keys(ACTION_HORIZONS) as ActionHorizon[]).map((h) => ({ value: h, label: ACTION_HORIZONS[h], hint: ACTION_HORIZON_HINTS[h] }))}
            onChange={(x) => form.set('horizon', x as ActionHorizon)}
            error={form.errors.horizon}
          />
        </div>
        {v.horizon === 'nu' ? <TextField label="Wanneer klaar" type="date" value={v.deadline} onChange={(x) => form.set('deadline', x)} error={form.errors.deadline} required /> : null}
        {v.horizon === 'ooit' ? (
          <>
            <TextAreaField label="Randvoorwaarden" value={v.preconditions} onChange={(x) => form.set('preconditions', x)} error={form.errors.preconditions} required rows={2} description="Waar hangt het van af?" />
            <TextField label="Afhandeltermijn" type="date" value={v.decisionDue} onChange={(x) => form.set('decisionDue', x)} error={form.errors.decisionDue} required description="Wanneer komt er een definitief antwoord?" />
          </>
        ) : null}
        {v.horizon === 'nooit' ? (
          <TextAreaField label="Motivering" value={v.motivation} onChange={(x) => form.set('motivation', x)} error={form.errors.motivation} required rows={2} description="Bijvoorbeeld: te duur, tegen het algemeen belang, geen draagvlak in de wijk." className="wo-span-2" />
        ) : null}
        <TextField label="Hoe (optioneel)" value={v.how} onChange={(x) => form.set('how', x)} error={form.errors.how} className="wo-span-2" />
        {action ? (
          <>
            <SelectField label="Status" value={v.status} options={optionsOf(ACTION_STATUSES)} onChange={(x) => form.set('status', x as ActionStatus)} error={form.errors.status} />
            {v.status === 'vervallen' ? (
              <TextField label="Reden van vervallen" value={v.cancelReason} onChange={(x) => form.set('cancelReason', x)} error={form.errors.cancelReason} required />
            ) : null}
          </>
        ) : null}
      </div>
      <FormFooter
        error={form.formError}
        busy={form.busy}
        submit={
          <>
            {action ? 'Wijziging opslaan' : 'Actie vastleggen'} <kbd>Ctrl+Enter</kbd>
          </>
        }
        cancel={
          <>
            Sluiten <kbd>Esc</kbd>
          </>
        }
        onCancel={closeForm}
      />
    </form>
  );
}
