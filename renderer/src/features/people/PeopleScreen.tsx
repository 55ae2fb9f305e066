import { namedOptions } from '../../ui/options';
import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { COMMON_ROLES, type EndedMembership, type Person, type PersonCreate } from '../../../../contract/schemas/masterdata';
import { listNl } from '../../../../domain/text';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { DetailPanel, MasterDetail } from '../../layout/MasterDetail';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';
import { useCreateForm } from '../../ui/useCreateForm';
import { useEditable } from '../../ui/useEditable';
import { FormFooter } from '../../ui/FormFooter';
import { formatDate } from '../../ui/format';

const statusText = (p: Person) => (p.active ? 'Actief' : `Uit dienst ${formatDate(p.leftOn)}`.trim());

const columns: ColumnDef<Person, unknown>[] = [
  { accessorKey: 'name', header: 'Naam' },
  { accessorKey: 'organisationName', header: 'Organisatie' },
  { accessorKey: 'role', header: 'Functie' },
  { accessorKey: 'email', header: 'E-mail' },
  {
    id: 'status',
    accessorFn: (p) => (p.active ? 'actief' : 'uit_dienst'),
    header: 'Status',
    filterFn: 'equals',
    cell: (c) => <StatusBadge tone={c.row.original.active ? 'safe' : 'inactive'}>{statusText(c.row.original)}</StatusBadge>,
    // The value is the code for the Status filter; the search matches what the badge says.
    meta: { fit: true, searchText: statusText },
  },
];

/** The form holds exactly what the contract accepts. */
type PersonValues = PersonCreate;

export function PeopleScreen() {
  const people = useQuery('person:list', {});
  const organisations = useQuery('organisation:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState('actief');
  const [organisationId, setOrganisationId] = useState('');
  const selected = people.data?.find((p) => p.id === selectedId) ?? null;
  const orgOptions = namedOptions(organisations.data);
  const orgName = orgOptions.find((o) => o.value === organisationId)?.label;
  const filters = useMemo(
    () => [...(status ? [{ id: 'status', value: status }] : []), ...(orgName ? [{ id: 'organisationName', value: orgName }] : [])],
    [status, orgName],
  );

  return (
    <Page
      title="Personen"
      intro="Iedereen die aan een wijk-coördinatieteam deelneemt. Wie vertrekt, meldt u uit dienst: in eerdere overleggen blijft de naam staan."
      actions={
        <Button variant="primary" onClick={() => { setCreating(true); setSelectedId(null); }} disabled={orgOptions.length === 0}>
          Nieuwe persoon
        </Button>
      }
    >
      {people.error ? <Alert type="error">{people.error}</Alert> : null}
      {organisations.data && orgOptions.length === 0 ? <Alert type="info">Voeg eerst een partnerorganisatie toe; iedere persoon hoort bij een organisatie.</Alert> : null}
      <MasterDetail
        list={
          <DataTable
            label="Personen"
            data={people.data ?? []}
            columns={columns}
            getRowId={(p) => String(p.id)}
            selectedId={selectedId === null ? null : String(selectedId)}
            onRowClick={(p) => { setSelectedId(p.id); setCreating(false); }}
            columnFilters={filters}
            initialSorting={[{ id: 'name', desc: false }]}
            emptyText="Nog geen personen."
            toolbar={
              <>
                <SelectField label="Organisatie" value={organisationId} onChange={setOrganisationId} options={orgOptions} placeholder="Alle organisaties" className="wo-filter" />
                <SelectField
                  label="Status"
                  value={status}
                  onChange={setStatus}
                  options={[{ value: 'actief', label: 'Actief' }, { value: 'uit_dienst', label: 'Uit dienst' }]}
                  placeholder="Iedereen"
                  className="wo-filter"
                />
              </>
            }
          />
        }
        detail={
          creating ? (
            <NewPerson orgOptions={orgOptions} onCreated={(p) => { setCreating(false); setSelectedId(p.id); setStatus('actief'); }} onCancel={() => setCreating(false)} />
          ) : selected ? (
            <PersonDetail key={selected.id} person={selected} orgOptions={orgOptions} />
          ) : (
            <p className="wo-hint">Kies een persoon om de gegevens te bekijken en te wijzigen.</p>
          )
        }
      />
      <datalist id="functies">
        {COMMON_ROLES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
    </Page>
  );
}

function PersonFields<V extends PersonValues>({
  values,
  errors,
  set,
  commit,
  choose,
  orgOptions,
  autoFocus,
  organisationDescription,
}: {
  values: V;
  errors: Record<string, string>;
  set: <K extends keyof PersonValues>(field: K, value: V[K]) => void;
  choose: <K extends keyof PersonValues>(field: K, value: V[K]) => void;
  commit?: () => void;
  orgOptions: { value: string; label: string }[];
  autoFocus?: boolean;
  organisationDescription?: string;
}) {
  return (
    <>
      <TextField label="Naam" value={values.name} onChange={(v) => set('name', v)} onCommit={commit} error={errors.name} required autoFocus={autoFocus} />
      <SelectField
        label="Organisatie"
        value={values.organisationId ? String(values.organisationId) : ''}
        options={orgOptions}
        placeholder="Kies een organisatie"
        onChange={(v) => choose('organisationId', Number(v))}
        error={errors.organisationId}
        description={organisationDescription}
        required
      />
      <TextField label="Functie" value={values.role} onChange={(v) => set('role', v)} onCommit={commit} error={errors.role} list="functies" required description="Bijvoorbeeld wijkagent, sociaal wijkmeester of opbouwwerker." />
      <TextField label="E-mailadres" type="email" value={values.email ?? ''} onChange={(v) => set('email', v)} onCommit={commit} error={errors.email} />
      <TextField label="Telefoonnummer" type="tel" value={values.phone ?? ''} onChange={(v) => set('phone', v)} onCommit={commit} error={errors.phone} />
    </>
  );
}

function NewPerson({ orgOptions, onCreated, onCancel }: { orgOptions: { value: string; label: string }[]; onCreated: (p: Person) => void; onCancel: () => void }) {
  const form = useCreateForm<PersonValues, Person>({ name: '', organisationId: 0, role: '', email: null, phone: null }, (v) => call('person:create', v), onCreated);
  return (
    <DetailPanel title="Nieuwe persoon">
      <form noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
        <PersonFields values={form.values} errors={form.errors} set={form.set} choose={form.set} orgOptions={orgOptions} autoFocus />
        <FormFooter error={form.formError} busy={form.busy} submit={'Persoon toevoegen'} cancel={'Annuleren'} onCancel={onCancel} />
      </form>
    </DetailPanel>
  );
}

/** What a change of organisation ended; shown until another person is chosen or the organisation changes again. */
interface JobChange {
  personId: number;
  name: string;
  organisationId: number;
  organisationName: string;
  ended: EndedMembership[];
}

function PersonDetail({ person, orgOptions }: { person: Person; orgOptions: { value: string; label: string }[] }) {
  const { id, name, organisationId, role, email, phone } = person;
  const [jobChange, setJobChange] = useState<JobChange | null>(null);
  const edit = useEditable<PersonValues & { id: number }>({ id, name, organisationId, role, email, phone }, (v) =>
    call('person:update', v).then((p) => {
      setJobChange((shown) =>
        p.endedMemberships.length > 0
          ? { personId: p.id, name: p.name, organisationId: p.organisationId, organisationName: p.organisationName, ended: p.endedMemberships }
          : // Moved on again: "werkt nu bij" would no longer be true.
            shown && (shown.personId !== p.id || shown.organisationId !== p.organisationId) ? null : shown,
      );
      return { id: p.id, name: p.name, organisationId: p.organisationId, role: p.role, email: p.email, phone: p.phone };
    }),
  );
  // A job change ends team seats, so it is confirmed first: one slip in a list must not do that.
  const [pendingOrganisationId, setPendingOrganisationId] = useState<number | null>(null);
  const pendingOrganisation = orgOptions.find((o) => Number(o.value) === pendingOrganisationId)?.label;
  const [leftOn, setLeftOn] = useState('');
  const [statusError, setStatusError] = useState<string | null>(null);
  const setActive = async (active: boolean) => {
    try {
      await trackSave(() => call('person:setActive', { id, active, leftOn: active ? null : leftOn || null }));
      setStatusError(null);
    } catch (e) {
      setStatusError(e instanceof Error ? e.message : 'Niet opgeslagen.');
    }
  };
  return (
    <DetailPanel title={person.name}>
      {!person.active ? <Alert type="warning">Uit dienst sinds {formatDate(person.leftOn)}. In eerdere overleggen blijft {person.name} zichtbaar.</Alert> : null}
      <PersonFields
        values={edit.draft}
        errors={edit.errors}
        set={edit.set}
        commit={() => void edit.commit()}
        choose={(f, v) => {
          if (f === 'organisationId' && person.active && v !== edit.draft.organisationId) setPendingOrganisationId(v as number);
          else void edit.setAndCommit(f, v as never);
        }}
        orgOptions={orgOptions}
        organisationDescription={
          person.active
            ? 'Bij een andere organisatie eindigen (na bevestiging) de teamlidmaatschappen namens de huidige per vandaag; de geschiedenis blijft bewaard.'
            : undefined
        }
      />
      {pendingOrganisationId !== null ? (
        <div className="wo-confirm" role="group" aria-label="Overstap bevestigen">
          <p>
            Werkt {person.name} nu bij <strong>{pendingOrganisation}</strong>? De teamlidmaatschappen namens {person.organisationName} eindigen dan per vandaag.
          </p>
          <div className="wo-buttons wo-buttons--compact">
            <Button
              variant="primary"
              onClick={() => {
                void edit.setAndCommit('organisationId', pendingOrganisationId);
                setPendingOrganisationId(null);
              }}
            >
              Ja, overstap vastleggen
            </Button>
            <Button variant="subtle" onClick={() => setPendingOrganisationId(null)}>
              Annuleren
            </Button>
          </div>
        </div>
      ) : null}
      {edit.formError ? <Alert type="error">{edit.formError}</Alert> : null}
      {jobChange && jobChange.personId === id ? <JobChangeNotice change={jobChange} /> : null}
      <fieldset className="wo-fieldset">
        <legend>Dienstverband</legend>
        {person.active ? (
          <>
            <TextField label="Uit dienst per" type="date" value={leftOn} onChange={setLeftOn} description="Leeg laten voor vandaag. Lidmaatschappen van teams worden per deze datum beëindigd." />
            <Button variant="danger" onClick={() => void setActive(false)}>
              Uit dienst melden
            </Button>
          </>
        ) : (
          <Button onClick={() => void setActive(true)}>Weer actief maken</Button>
        )}
        {statusError ? <Alert type="error">{statusError}</Alert> : null}
      </fieldset>
    </DetailPanel>
  );
}

/** Says which seats ended and that joining again for the new organisation is up to the user. */
function JobChangeNotice({ change }: { change: JobChange }) {
  const { name, organisationName, ended } = change;
  const firstName = name.split(' ')[0] ?? name;
  const [first] = ended;
  // Shown only when seats ended (see where jobChange is set).
  if (!first) return null;
  const several = ended.length > 1;
  const roles = ended
    .map((m) => ({ m, roles: [m.wasChair ? 'voorzitter' : '', m.wasSecretary ? 'secretaris' : ''].filter(Boolean) }))
    .filter((r) => r.roles.length > 0)
    .map((r) => `${r.roles.join(' en ')} van ${r.m.teamName}`);
  return (
    <Alert type="warning">
      <p>
        <strong>
          {name} werkt nu bij {organisationName}.
        </strong>{' '}
        {several ? 'De lidmaatschappen van ' : 'Het lidmaatschap van '}
        {ended.map((m, i) => (
          <span key={m.teamId}>
            {i > 0 ? (i === ended.length - 1 ? ' en ' : ', ') : null}
            <a href={href(`/teams/${m.wijkId}`)}>{m.teamName}</a>
          </span>
        ))}{' '}
        (namens {first.organisationName}) {several ? 'zijn' : 'is'} beëindigd per {formatDate(first.until)}.
        {roles.length > 0 ? ` ${firstName} was ${listNl(roles)}; kies daar een opvolger.` : null}
      </p>
      <p>
        Blijft {firstName} deelnemen namens {organisationName}? Voeg {firstName} dan opnieuw toe aan {several ? 'de teams' : 'het team'}.
      </p>
    </Alert>
  );
}
