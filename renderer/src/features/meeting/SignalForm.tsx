import { useEffect, useRef, useState } from 'react';
import { settledSignalStatus } from '../../../../domain/signal';
import {
  SIGNAL_ROUTES,
  SIGNAL_STATUSES,
  SIGNAL_THEMES,
  SIGNAL_TITLE_HINT,
  SIGNAL_URGENCIES,
  suggestedRoute,
  type Signal,
  type SignalRoute,
  type SignalStatus,
  type SignalTheme,
  type SignalUrgency,
} from '../../../../contract/schemas/signals';
import type { AgendaItem } from '../../../../contract/schemas/meetings';
import { call } from '../../api/client';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../ui/fields';
import { optionsOf, namedOptions } from '../../ui/options';
import { useCreateForm } from '../../ui/useCreateForm';
import { ConfidentialCover } from '../signals/ConfidentialCover';
import { CaptureForm } from './CaptureForm';
import { useMeeting } from './MeetingContext';

interface SignalValues {
  title: string;
  description: string;
  broughtByPersonId: number | null;
  broughtByOrganisationId: number | null;
  buurtId: number | null;
  location: string;
  theme: SignalTheme | '';
  urgency: SignalUrgency;
  confidential: boolean;
  problemOwnerId: number | null;
  routedTo: SignalRoute | '' | null;
  status: SignalStatus;
  outcome: string;
}

const valuesOf = (s: Signal): SignalValues => ({
  title: s.title,
  description: s.description ?? '',
  broughtByPersonId: s.broughtByPersonId,
  broughtByOrganisationId: s.broughtByOrganisationId,
  buurtId: s.buurtId,
  location: s.location ?? '',
  theme: s.theme,
  urgency: s.urgency,
  confidential: s.sensitivity === 'vertrouwelijk',
  problemOwnerId: s.problemOwnerId,
  routedTo: s.routedTo ?? '',
  status: s.status,
  outcome: s.outcome ?? '',
});

/**
 * Quick capture of one signal while the partner is talking: the essentials first, all on one
 * screen. With `signal` it corrects that signal instead (status, owner, routing, wording).
 */
export function SignalForm({ item, preset = {}, signal }: { item: AgendaItem; preset?: { organisationId?: number | null; personId?: number | null }; signal?: Signal }) {
  const { detail, meetingId, organisations, people, closeForm, notify } = useMeeting();
  const formRef = useRef<HTMLFormElement>(null);
  const initial: SignalValues = signal ? valuesOf(signal) : {
    title: '',
    description: '',
    broughtByPersonId: preset.personId ?? null,
    broughtByOrganisationId: preset.organisationId ?? null,
    buurtId: null,
    location: '',
    theme: '',
    urgency: 'normaal',
    confidential: false,
    problemOwnerId: null,
    routedTo: null,
    status: 'nieuw',
    outcome: '',
  };
  const [saved, setSaved] = useState<string | null>(null);
  const form = useCreateForm<SignalValues, { title: string }>(
    initial,
    (v) => {
      const fields = {
        title: v.title,
        broughtByPersonId: v.broughtByPersonId,
        broughtByOrganisationId: v.broughtByOrganisationId,
        buurtId: v.buurtId,
        location: v.location,
        theme: (v.theme || undefined) as SignalTheme,
        urgency: v.urgency,
        sensitivity: v.confidential ? ('vertrouwelijk' as const) : ('normaal' as const),
        problemOwnerId: v.problemOwnerId,
        status: v.status,
        outcome: v.status === 'afgehandeld' || signal?.outcome ? v.outcome : '',
        ...(v.routedTo === null ? {} : { routedTo: v.routedTo || null }),
      };
      return signal
        ? call('signal:update', { ...fields, id: signal.id, meetingId, agendaItemId: signal.agendaItemId, date: signal.date, description: signal.purged ? null : v.description })
        : call('signal:create', { ...fields, meetingId, agendaItemId: item.id, description: v.description });
    },
    (s) => {
      if (signal) return closeForm();
      setSaved(`Signaal “${s.title}” vastgelegd. U kunt direct het volgende invoeren.`);
      // Ready for the next one: back to the title, not left in the emptied description.
      formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
    },
    signal
      ? undefined
      : {
          key: `${meetingId}:signal`,
          worthKeeping: (x) => [x.title, x.description, x.location].some((t) => t.trim() !== ''),
          onKept: () => notify('Het half ingevulde signaal is bewaard. Druk op S om verder te gaan.'),
        },
  );
  const v = form.values;
  // When the next partner gets the word, the open form follows the speaker (what was typed stays).
  const speaker = useRef(preset);
  const { set } = form;
  useEffect(() => {
    if (signal || (speaker.current.organisationId === preset.organisationId && speaker.current.personId === preset.personId)) return;
    speaker.current = preset;
    set('broughtByOrganisationId', preset.organisationId ?? null);
    set('broughtByPersonId', preset.personId ?? null);
  }, [signal, preset, set]);
  // Whoever speaks can bring in a signal; people of the chosen organisation first.
  const personOptions = people
    .filter((p) => p.active)
    .sort((a, b) => Number(b.organisationId === v.broughtByOrganisationId) - Number(a.organisationId === v.broughtByOrganisationId))
    .map((p) => ({ value: String(p.id), label: `${p.name} (${p.organisationName})` }));
  const orgOptions = namedOptions(organisations);
  const route = v.routedTo ?? (v.theme ? suggestedRoute(v.theme) : null) ?? '';
  // What will be stored: a routed signal is Doorgezet (domain/signal.ts), so the form shows that too.
  const shownStatus = settledSignalStatus(v.status, route || null);
  const heading = signal ? `Signaal wijzigen: ${signal.title}` : 'Nieuw signaal';

  return (
    <CaptureForm formRef={formRef} label={heading} className={v.confidential ? 'wo-capture--confidential' : ''} heading={heading} form={form} saved={saved} what="signaal" submit={signal ? 'Wijziging opslaan' : 'Signaal vastleggen'} onClose={closeForm}>
      <TextField label="Titel" value={v.title} onChange={(x) => form.set('title', x)} error={form.errors.title} required autoFocus description={SIGNAL_TITLE_HINT} className="wo-span-2" />
      <SelectField
        label="Ingebracht door"
        value={v.broughtByPersonId ? String(v.broughtByPersonId) : ''}
        options={personOptions}
        placeholder="Kies een persoon"
        onChange={(x) => {
          const person = people.find((p) => p.id === Number(x));
          form.set('broughtByPersonId', person?.id ?? null);
          if (person) form.set('broughtByOrganisationId', person.organisationId);
        }}
        error={form.errors.broughtByPersonId}
      />
      <SelectField label="Organisatie" value={v.broughtByOrganisationId ? String(v.broughtByOrganisationId) : ''} options={orgOptions} placeholder="Kies een organisatie" onChange={(x) => form.set('broughtByOrganisationId', x ? Number(x) : null)} error={form.errors.broughtByOrganisationId} />
      <SelectField label="Thema" value={v.theme} options={optionsOf(SIGNAL_THEMES)} placeholder="Kies een thema" onChange={(x) => form.set('theme', x as SignalTheme)} error={form.errors.theme} required />
      <SelectField label="Buurt" value={v.buurtId ? String(v.buurtId) : ''} options={namedOptions(detail.buurten)} placeholder="Hele wijk / onbekend" onChange={(x) => form.set('buurtId', x ? Number(x) : null)} error={form.errors.buurtId} />
      <SelectField label="Urgentie" value={v.urgency} options={optionsOf(SIGNAL_URGENCIES)} onChange={(x) => form.set('urgency', x as SignalUrgency)} error={form.errors.urgency} />
      {signal?.purged ? (
        <p className="wo-hint">De vertrouwelijke omschrijving en locatie zijn na de bewaartermijn gewist.</p>
      ) : (
        // Correcting a confidential signal (often just its status) must not put its details on the projected screen.
        <ConfidentialCover
          confidential={signal?.sensitivity === 'vertrouwelijk' && !form.errors.description && !form.errors.location}
          label={signal?.title ?? ''}
          className="wo-span-2"
        >
          <TextField label="Locatie (straat, plek)" value={v.location} onChange={(x) => form.set('location', x)} error={form.errors.location} />
          <TextAreaField label="Omschrijving" value={v.description} onChange={(x) => form.set('description', x)} error={form.errors.description} required rows={3} className="wo-span-2" />
        </ConfidentialCover>
      )}
      <div className="wo-span-2">
        <CheckboxField
          label="Vertrouwelijk: bevat persoonsgegevens (naam, adres, gezondheid)"
          checked={v.confidential}
          onChange={(x) => form.set('confidential', x)}
          description="Vertrouwelijke inhoud komt niet in exports naar partners of in de wijkagenda, en wordt na de bewaartermijn gewist."
        />
      </div>
      <SelectField label="Probleemeigenaar" value={v.problemOwnerId ? String(v.problemOwnerId) : ''} options={orgOptions} placeholder="Nog niet bepaald" onChange={(x) => form.set('problemOwnerId', x ? Number(x) : null)} error={form.errors.problemOwnerId} />
      <SelectField
        label="Doorgezet naar"
        value={route}
        options={optionsOf(SIGNAL_ROUTES)}
        placeholder="Niet doorgezet"
        onChange={(x) => form.set('routedTo', x as SignalRoute | '')}
        error={form.errors.routedTo}
        description={v.theme && v.routedTo === null && route ? 'Voorgesteld op basis van het thema.' : undefined}
      />
      <SelectField
        label="Status"
        value={shownStatus}
        options={optionsOf(SIGNAL_STATUSES)}
        onChange={(x) => form.set('status', x as SignalStatus)}
        error={form.errors.status}
        description={shownStatus !== v.status ? 'Doorgezet, omdat er een doorzetting is gekozen. Kies “Niet doorgezet” om het als nieuw te houden.' : undefined}
      />
      {v.status === 'afgehandeld' || signal?.outcome ? (
        <TextField label="Uitkomst" value={v.outcome} onChange={(x) => form.set('outcome', x)} error={form.errors.outcome} required={v.status === 'afgehandeld'} description="Wat is er met het signaal gedaan?" />
      ) : null}
    </CaptureForm>
  );
}
