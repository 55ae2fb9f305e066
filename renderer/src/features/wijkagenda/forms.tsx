import type { Theme, Wijkagenda } from '../../../../contract/schemas/wijkagenda';
import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { FormFooter } from '../../ui/FormFooter';
import { SelectField, TextField } from '../../ui/fields';
import { useCreateForm } from '../../ui/useCreateForm';
import { OwnFields, emptyOwn, ownRequest, type OwnValues } from './OwnFields';

interface ThemeValues {
  title: string;
  goal: string;
  firstYear: string;
  lastYear: string;
}

/** A theme from the wijk's four-year plan: a title, its goal in one sentence, the years it runs. */
export function ThemeForm({ wijkId, year, theme, onDone }: { wijkId: number; year: number; theme?: Theme | undefined; onDone: () => void }) {
  const form = useCreateForm<ThemeValues, Theme>(
    theme
      ? { title: theme.title, goal: theme.goal, firstYear: String(theme.firstYear), lastYear: String(theme.lastYear) }
      : { title: '', goal: '', firstYear: String(year), lastYear: String(year + 3) },
    (v) => {
      const fields = { title: v.title, goal: v.goal, firstYear: Number(v.firstYear), lastYear: Number(v.lastYear) };
      return theme ? call('wijkagenda:updateTheme', { id: theme.id, ...fields }) : call('wijkagenda:createTheme', { wijkId, ...fields });
    },
    onDone,
  );
  const v = form.values;
  return (
    <form noValidate className="wo-capture wo-panel" aria-label={theme ? `Thema ${theme.title} wijzigen` : 'Nieuw thema'} onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h2 className="utrecht-heading-3">{theme ? `Thema wijzigen: ${theme.title}` : 'Nieuw thema uit het wijkontwikkelingsplan'}</h2>
      <div className="wo-capture__grid">
        <TextField label="Thema" value={v.title} onChange={(x) => form.set('title', x)} error={form.errors.title} required autoFocus className="wo-span-2" />
        <TextField label="Doel (één zin)" value={v.goal} onChange={(x) => form.set('goal', x)} error={form.errors.goal} required className="wo-span-2" />
        <TextField label="Eerste jaar" type="number" inputMode="numeric" value={v.firstYear} onChange={(x) => form.set('firstYear', x)} error={form.errors.firstYear} required />
        <TextField label="Laatste jaar" type="number" inputMode="numeric" value={v.lastYear} onChange={(x) => form.set('lastYear', x)} error={form.errors.lastYear} required description="Een wijkontwikkelingsplan loopt vier jaar." />
      </div>
      <FormFooter error={form.formError} busy={form.busy} submit={theme ? 'Wijziging opslaan' : 'Thema toevoegen'} onCancel={onDone} />
    </form>
  );
}

type HandValues = OwnValues & { themeId: string; groundDecision: string; groundBody: string; groundDate: string };

/** An agreement that did not come from one of the team's meetings: it must name its ground. */
export function HandAgreementForm({ agenda, onDone }: { agenda: Wijkagenda; onDone: () => void }) {
  const organisations = useQuery('organisation:list', {});
  const people = useQuery('person:list', {});
  const runningThemes = agenda.themes.filter((t) => t.firstYear <= agenda.year && agenda.year <= t.lastYear);
  const form = useCreateForm<HandValues, unknown>(
    { ...emptyOwn(), themeId: runningThemes.length === 1 && runningThemes[0] ? String(runningThemes[0].id) : '', groundDecision: '', groundBody: '', groundDate: '' },
    (v) =>
      call('wijkagenda:addByHand', {
        wijkId: agenda.wijkId,
        year: agenda.year,
        themeId: Number(v.themeId) || 0,
        ...ownRequest(v),
        groundDecision: v.groundDecision,
        groundBody: v.groundBody,
        groundDate: v.groundDate || null,
      }),
    onDone,
  );
  const v = form.values;
  return (
    <form noValidate className="wo-capture wo-panel" aria-label="Afspraak met grondslag toevoegen" onSubmit={(e) => { e.preventDefault(); void form.submit(); }}>
      <h2 className="utrecht-heading-3">Afspraak toevoegen met grondslag</h2>
      <p className="wo-hint">
        Op de wijkagenda komt alleen wat besloten is. Komt de afspraak niet uit een overleg van het team? Noem dan het besluit en wie het nam.
      </p>
      <div className="wo-capture__grid">
        <SelectField
          label="Thema"
          value={v.themeId}
          options={runningThemes.map((t) => ({ value: String(t.id), label: t.title }))}
          placeholder="Kies een thema"
          onChange={(x) => form.set('themeId', x)}
          error={form.errors.themeId}
          required
          className="wo-span-2"
        />
        <TextField label="Besluit (grondslag)" value={v.groundDecision} onChange={(x) => form.set('groundDecision', x)} error={form.errors.groundDecision} required placeholder="Bijvoorbeeld: Uitvoeringsplan zwerfafval 2026" />
        <TextField label="Genomen door" value={v.groundBody} onChange={(x) => form.set('groundBody', x)} error={form.errors.groundBody} required placeholder="Bijvoorbeeld: college van B&W" />
        <TextField label="Datum van het besluit (optioneel)" type="date" value={v.groundDate} onChange={(x) => form.set('groundDate', x)} error={form.errors.groundDate} />
      </div>
      <OwnFields values={v} set={(k, x) => form.set(k, x as HandValues[typeof k])} errors={form.errors} organisations={organisations.data ?? []} people={people.data ?? []} />
      <FormFooter error={form.formError} busy={form.busy} submit="Afspraak toevoegen" onCancel={onDone} />
    </form>
  );
}
