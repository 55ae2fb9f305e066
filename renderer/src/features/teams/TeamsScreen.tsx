import { useMemo, useRef, useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { Team, TeamMember } from '../../../../contract/schemas/masterdata';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { Alert, StatusBadge } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate, todayIso } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';

/** Per wijk its wijk-coördinatieteam: members, chair (the wijkmanager) and secretary. */
export function TeamsScreen({ wijkId }: { wijkId: number | null }) {
  const wijken = useQuery('wijk:list', {});
  const current = wijkId ?? wijken.data?.[0]?.id ?? null;
  return (
    <Page title="Wijk-coördinatieteams" intro="Wie zit in welk team, wie zit het voor en wie notuleert. Oud-leden blijven bewaard voor de geschiedenis.">
      <nav aria-label="Wijken" className="wo-tabs">
        {(wijken.data ?? []).map((w) => (
          <a key={w.id} className="wo-tab" href={href(`/teams/${w.id}`)} aria-current={w.id === current ? 'page' : undefined}>
            {w.name}
          </a>
        ))}
      </nav>
      {current !== null ? <TeamPanel wijkId={current} /> : <p className="wo-hint">Nog geen wijken.</p>}
    </Page>
  );
}

function TeamPanel({ wijkId }: { wijkId: number }) {
  const team = useQuery('team:get', { wijkId });
  const people = useQuery('person:list', {});
  const [error, setError] = useState<string | null>(null);
  if (team.error) return <Alert type="error">{team.error}</Alert>;
  if (!team.data) return <p className="wo-loading">Laden…</p>;
  const t = team.data;
  const current = t.members.filter((m) => m.until === null);
  const former = t.members.filter((m) => m.until !== null);
  const memberOptions = current.map((m) => ({ value: String(m.personId), label: `${m.name} (${m.organisationName})` }));

  const save = async (work: () => Promise<Team>) => {
    try {
      team.set(await trackSave(work));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <section aria-labelledby="team-naam">
      <h2 className="utrecht-heading-2" id="team-naam">
        {t.name}
      </h2>
      <div className="wo-row wo-card">
        <SelectField
          label="Voorzitter (wijkmanager)"
          value={t.chairId ? String(t.chairId) : ''}
          options={memberOptions}
          placeholder="Nog niet gekozen"
          onChange={(v) => void save(() => call('team:updateRoles', { teamId: t.id, chairId: v ? Number(v) : null }))}
          className="wo-grow"
        />
        <SelectField
          label="Secretaris / notulist"
          value={t.secretaryId ? String(t.secretaryId) : ''}
          options={memberOptions}
          placeholder="Nog niet gekozen"
          onChange={(v) => void save(() => call('team:updateRoles', { teamId: t.id, secretaryId: v ? Number(v) : null }))}
          className="wo-grow"
        />
        <p className="wo-hint wo-span-row">Voorzitter en notulist kiest u uit de leden hieronder. Staat iemand er niet bij? Voeg die persoon eerst toe als lid.</p>
      </div>
      {error ? <Alert type="error">{error}</Alert> : null}
      <h3 className="utrecht-heading-3">Leden ({current.length})</h3>
      <MemberTable team={t} members={current} onEnd={(personId, until) => save(() => call('team:endMember', { teamId: t.id, personId, until }))} />
      <AddMember
        team={t}
        candidates={(people.data ?? []).filter((p) => p.active && !current.some((m) => m.personId === p.id))}
        onAdd={(personId, since) => save(() => call('team:addMember', { teamId: t.id, personId, since }))}
      />
      {former.length > 0 ? (
        <>
          <h3 className="utrecht-heading-3">Oud-leden</h3>
          <ul className="wo-former">
            {former.map((m, i) => {
              // The role is today's; after a job change it belongs with the new organisation, not this seat.
              const now = people.data?.find((p) => p.id === m.personId);
              const moved = now !== undefined && now.organisationId !== m.organisationId;
              return (
                <li key={`${m.personId}-${m.since}-${i}`}>
                  {m.name}, {moved ? `namens ${m.organisationName}` : `${m.role} bij ${m.organisationName}`} — lid van {formatDate(m.since)} tot {formatDate(m.until)}
                  {!m.personActive ? ' (uit dienst)' : moved ? ` (nu ${now.role} bij ${now.organisationName})` : ''}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function MemberTable({ team, members, onEnd }: { team: Team; members: TeamMember[]; onEnd: (personId: number, until: string) => Promise<void> }) {
  const endRef = useRef(onEnd);
  endRef.current = onEnd;
  const columns = useMemo<ColumnDef<TeamMember, unknown>[]>(
    () => [
      {
        accessorKey: 'name',
        header: 'Naam',
        cell: (c) => (
          <>
            <strong>{c.row.original.name}</strong> {c.row.original.personId === team.chairId ? <StatusBadge tone="active">Voorzitter</StatusBadge> : null}{' '}
            {c.row.original.personId === team.secretaryId ? <StatusBadge tone="neutral">Secretaris</StatusBadge> : null}
          </>
        ),
        meta: {
          searchText: (m) => [m.name, m.personId === team.chairId ? 'Voorzitter' : '', m.personId === team.secretaryId ? 'Secretaris' : ''].join(' '),
        },
      },
      { accessorKey: 'organisationName', header: 'Organisatie' },
      { accessorKey: 'role', header: 'Functie' },
      { accessorKey: 'since', header: 'Lid sinds', cell: (c) => formatDate(c.row.original.since), meta: { fit: true, searchText: (m) => formatDate(m.since) } },
      {
        id: 'acties',
        header: () => <span className="wo-visually-hidden">Acties</span>,
        enableSorting: false,
        cell: (c) => (
          <Button
            variant="subtle"
            onClick={() => void endRef.current(c.row.original.personId, todayIso() < c.row.original.since ? c.row.original.since : todayIso())}
            aria-label={`Lidmaatschap van ${c.row.original.name} beëindigen`}
          >
            Lidmaatschap beëindigen
          </Button>
        ),
      },
    ],
    [team.chairId, team.secretaryId],
  );
  if (members.length === 0) return <p className="wo-hint">Dit team heeft nog geen leden. Voeg hieronder de vaste deelnemers toe.</p>;
  return (
    <DataTable
      label={`Leden van ${team.name}`}
      data={members}
      columns={columns}
      getRowId={(m) => String(m.personId)}
      initialSorting={[{ id: 'organisationName', desc: false }]}
      maxHeight={720}
    />
  );
}

function AddMember({ team, candidates, onAdd }: { team: Team; candidates: { id: number; name: string; organisationName: string; role: string }[]; onAdd: (personId: number, since: string) => Promise<void> }) {
  const [personId, setPersonId] = useState('');
  const [since, setSince] = useState(todayIso());
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      noValidate
      className="wo-row wo-inline-form wo-card"
      aria-label={`Lid toevoegen aan ${team.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!personId) return setError('Kies wie u wilt toevoegen.');
        setError(undefined);
        void onAdd(Number(personId), since).then(() => setPersonId(''));
      }}
    >
      <SelectField
        label="Lid toevoegen"
        value={personId}
        options={candidates.map((p) => ({ value: String(p.id), label: `${p.name} — ${p.role}, ${p.organisationName}` }))}
        placeholder="Kies een persoon"
        onChange={setPersonId}
        error={error}
        className="wo-grow"
      />
      <TextField label="Lid sinds" type="date" value={since} onChange={setSince} className="wo-date" />
      <Button type="submit" variant="primary">
        Toevoegen
      </Button>
    </form>
  );
}
