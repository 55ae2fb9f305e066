import { useMemo, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { ORGANISATION_KINDS, type Organisation } from '../../../../contract/schemas/masterdata';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { DetailPanel, MasterDetail } from '../../layout/MasterDetail';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { SelectField } from '../../ui/fields';
import { useCreateForm } from '../../ui/useCreateForm';
import { useEditable } from '../../ui/useEditable';
import { FormFooter } from '../../ui/FormFooter';
import { OrganisationFields, kindOptions, type OrganisationValues } from './organisationForm';

const columns: ColumnDef<Organisation, unknown>[] = [
  { accessorKey: 'name', header: 'Naam' },
  // The value stays the code for the Soort filter; the search matches the label shown.
  { accessorKey: 'kind', header: 'Soort', cell: (c) => ORGANISATION_KINDS[c.getValue() as Organisation['kind']], filterFn: 'equals', meta: { searchText: (o) => ORGANISATION_KINDS[o.kind] } },
  {
    accessorKey: 'attendanceRequired',
    header: 'Aanwezigheidsplicht',
    cell: (c) => (c.getValue() ? <StatusBadge tone="warning">Verplicht</StatusBadge> : 'Nee'),
    meta: { fit: true, searchText: (o) => (o.attendanceRequired ? 'Verplicht' : 'Nee') },
  },
  { accessorKey: 'activePeople', header: 'Personen', meta: { fit: true } },
];

const empty: OrganisationValues = { name: '', kind: 'gemeente', attendanceRequired: false, contactName: null, contactEmail: null, contactPhone: null, note: null };

export function OrganisationsScreen() {
  const list = useQuery('organisation:list', {});
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [kind, setKind] = useState('');
  const selected = list.data?.find((o) => o.id === selectedId) ?? null;
  const filters = useMemo(() => (kind ? [{ id: 'kind', value: kind }] : []), [kind]);

  return (
    <Page
      title="Partnerorganisaties"
      intro="De organisaties die in de wijk-coördinatieteams zitten, en of hun deelname is vastgelegd in prestatieafspraken."
      actions={
        <Button variant="primary" onClick={() => { setCreating(true); setSelectedId(null); }}>
          Nieuwe organisatie
        </Button>
      }
    >
      {list.error ? <Alert type="error">{list.error}</Alert> : null}
      <MasterDetail
        list={
          <DataTable
            label="Partnerorganisaties"
            data={list.data ?? []}
            columns={columns}
            getRowId={(o) => String(o.id)}
            selectedId={selectedId === null ? null : String(selectedId)}
            onRowClick={(o) => { setSelectedId(o.id); setCreating(false); }}
            columnFilters={filters}
            initialSorting={[{ id: 'name', desc: false }]}
            emptyText="Nog geen organisaties. Voeg de eerste toe met ‘Nieuwe organisatie’."
            toolbar={<SelectField label="Soort" value={kind} onChange={setKind} options={kindOptions} placeholder="Alle soorten" className="wo-filter" />}
          />
        }
        detail={
          creating ? (
            <NewOrganisation onCreated={(o) => { setCreating(false); setSelectedId(o.id); }} onCancel={() => setCreating(false)} />
          ) : selected ? (
            <OrganisationDetail key={selected.id} organisation={selected} />
          ) : (
            <p className="wo-hint">Kies een organisatie om haar gegevens te bekijken en te wijzigen.</p>
          )
        }
      />
    </Page>
  );
}

function NewOrganisation({ onCreated, onCancel }: { onCreated: (o: Organisation) => void; onCancel: () => void }) {
  const form = useCreateForm(empty, (v) => call('organisation:create', v), onCreated);
  return (
    <DetailPanel title="Nieuwe organisatie">
      <form noValidate onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
        <OrganisationFields values={form.values} errors={form.errors} set={form.set} autoFocus />
        <FormFooter error={form.formError} busy={form.busy} submit={'Organisatie toevoegen'} cancel={'Annuleren'} onCancel={onCancel} />
      </form>
    </DetailPanel>
  );
}

function OrganisationDetail({ organisation }: { organisation: Organisation }) {
  const { id, activePeople: _activePeople, ...stored } = organisation;
  const edit = useEditable<OrganisationValues & { id: number }>({ id, ...stored }, ({ id: _id, ...values }) =>
    call('organisation:update', { id, ...values }).then(({ activePeople: _n, ...o }) => o),
  );
  return (
    <DetailPanel title={organisation.name}>
      <p className="wo-hint">Wijzigingen worden vanzelf opgeslagen, ook terwijl u typt.</p>
      <OrganisationFields
        values={edit.draft}
        errors={edit.errors}
        set={edit.set}
        commit={() => void edit.commit()}
        setAndCommit={(field, value) => void edit.setAndCommit(field, value as never)}
      />
      {edit.formError ? <Alert type="error">{edit.formError}</Alert> : null}
    </DetailPanel>
  );
}
