import { useState } from 'react';
import type { Buurt, Wijk } from '../../../../contract/schemas/masterdata';
import { call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { trackSave } from '../../ui/saveStatus';
import { useCreateForm } from '../../ui/useCreateForm';
import { useEditable } from '../../ui/useEditable';

export function MunicipalityScreen() {
  const municipality = useQuery('municipality:get', {});
  const wijken = useQuery('wijk:list', {});
  return (
    <Page title="Gemeente en wijken" intro="De wijken en buurten waarin de wijk-coördinatieteams werken. Iedere wijk heeft een eigen team.">
      {municipality.data ? <MunicipalityName name={municipality.data.name} /> : null}
      {wijken.error ? <Alert type="error">{wijken.error}</Alert> : null}
      <h2 className="utrecht-heading-2">Wijken</h2>
      <div className="wo-wijken">
        {(wijken.data ?? []).map((w) => (
          <WijkCard key={w.id} wijk={w} />
        ))}
      </div>
      <NewWijk />
    </Page>
  );
}

function MunicipalityName({ name }: { name: string }) {
  const edit = useEditable({ name }, (v) => call('municipality:update', v).then((m) => ({ name: m.name })));
  return (
    <section className="wo-card wo-card--narrow" aria-label="Gemeente">
      <TextField label="Naam van de gemeente" value={edit.draft.name} onChange={(v) => edit.set('name', v)} onCommit={() => void edit.commit()} error={edit.errors.name} required />
    </section>
  );
}

function WijkCard({ wijk }: { wijk: Wijk }) {
  const edit = useEditable({ id: wijk.id, name: wijk.name, code: wijk.code }, (v) =>
    call('wijk:update', v).then((w) => ({ id: w.id, name: w.name, code: w.code })),
  );
  return (
    <section className="wo-card wo-wijk" aria-label={`Wijk ${wijk.name}`}>
      <div className="wo-row">
        <TextField label="Wijk" value={edit.draft.name} onChange={(v) => edit.set('name', v)} onCommit={() => void edit.commit()} error={edit.errors.name} required className="wo-grow" />
        <TextField label="Wijkcode" value={edit.draft.code ?? ''} onChange={(v) => edit.set('code', v)} onCommit={() => void edit.commit()} error={edit.errors.code} className="wo-code" />
      </div>
      {edit.formError && !Object.keys(edit.errors).length ? <Alert type="error">{edit.formError}</Alert> : null}
      <h3 className="utrecht-heading-3">Buurten</h3>
      {wijk.buurten.length === 0 ? <p className="wo-hint">Nog geen buurten.</p> : null}
      <ul className="wo-buurten">
        {wijk.buurten.map((b) => (
          <BuurtRow key={b.id} buurt={b} wijkName={wijk.name} />
        ))}
      </ul>
      <NewBuurt wijk={wijk} />
    </section>
  );
}

function BuurtRow({ buurt, wijkName }: { buurt: Buurt; wijkName: string }) {
  const edit = useEditable({ id: buurt.id, name: buurt.name }, (v) => call('buurt:update', v).then((b) => ({ id: b.id, name: b.name })));
  const [error, setError] = useState<string | null>(null);
  return (
    <li className="wo-buurt">
      <TextField
        label={`Buurt in ${wijkName}`}
        value={edit.draft.name}
        onChange={(v) => edit.set('name', v)}
        onCommit={() => void edit.commit()}
        error={edit.errors.name ?? edit.formError ?? undefined}
        className="wo-grow wo-compact"
      />
      <Button
        variant="subtle"
        aria-label={`Buurt ${buurt.name} verwijderen`}
        onClick={() => void trackSave(() => call('buurt:delete', { id: buurt.id })).catch((e: unknown) => setError(messageOf(e)))}
      >
        Verwijderen
      </Button>
      {error ? <Alert type="error">{error}</Alert> : null}
    </li>
  );
}

function NewBuurt({ wijk }: { wijk: Wijk }) {
  const form = useCreateForm({ name: '' }, (v) => call('buurt:create', { wijkId: wijk.id, name: v.name }), () => undefined);
  return (
    <form noValidate className="wo-row wo-inline-form" onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <TextField label={`Nieuwe buurt in ${wijk.name}`} value={form.values.name} onChange={(v) => form.set('name', v)} error={form.errors.name ?? form.formError ?? undefined} className="wo-grow wo-compact" />
      <Button type="submit" disabled={form.busy}>
        Buurt toevoegen
      </Button>
    </form>
  );
}

function NewWijk() {
  const form = useCreateForm({ name: '', code: '' }, (v) => call('wijk:create', v), () => undefined);
  return (
    <section className="wo-card wo-card--narrow" aria-labelledby="nieuwe-wijk">
      <h2 className="utrecht-heading-3" id="nieuwe-wijk">
        Wijk toevoegen
      </h2>
      <form noValidate className="wo-row wo-inline-form" onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
        <TextField label="Naam van de nieuwe wijk" value={form.values.name} onChange={(v) => form.set('name', v)} error={form.errors.name} className="wo-grow" />
        <TextField label="Wijkcode" value={form.values.code} onChange={(v) => form.set('code', v)} error={form.errors.code} className="wo-code" />
        <Button type="submit" variant="primary" disabled={form.busy}>
          Wijk toevoegen
        </Button>
      </form>
      {form.formError ? <Alert type="error">{form.formError}</Alert> : null}
    </section>
  );
}
