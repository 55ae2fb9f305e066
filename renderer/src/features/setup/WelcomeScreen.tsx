import { useState } from 'react';
import type { AppInfo } from '../../../../contract/schemas/masterdata';
import { ApiCallError, call, messageOf } from '../../api/client';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { TextAreaField, TextField } from '../../ui/fields';

/** First start: set up your own gemeente, or explore the Voorbeeldgemeente. */
export function WelcomeScreen({ onDone }: { onDone: (info: AppInfo) => void }) {
  const [name, setName] = useState('');
  const [wijken, setWijken] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const wijkNames = wijken
    .split('\n')
    .map((w) => w.trim())
    .filter(Boolean);

  const run = async (work: () => Promise<AppInfo>) => {
    setBusy(true);
    try {
      onDone(await work());
    } catch (e) {
      setErrors(e instanceof ApiCallError ? e.fields : {});
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  // Field errors for individual wijken come back as "wijken.3.name"; show them on the list.
  const wijkError = errors.wijken ?? Object.entries(errors).find(([k]) => k.startsWith('wijken.'))?.[1];

  return (
    <main className="wo-welcome">
      <header className="wo-welcome__header">
        <span className="wo-brand__mark wo-brand__mark--large" aria-hidden="true">W</span>
        <div>
          <h1 className="utrecht-heading-1">Welkom bij Wijkoverleg</h1>
          <p className="utrecht-paragraph">
            Voor het voorzitten en vastleggen van het wijk-coördinatieteam: aanwezigheid, signalen, afspraken en besluiten. Alles blijft op deze
            computer.
          </p>
        </div>
      </header>
      <div className="wo-welcome__paths">
        <section className="wo-card" aria-labelledby="eigen-gemeente">
          <h2 className="utrecht-heading-2" id="eigen-gemeente">
            Uw gemeente inrichten
          </h2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void run(() => call('setup:create', { municipalityName: name, wijken: wijkNames.map((w) => ({ name: w })) }));
            }}
          >
            <TextField label="Naam van de gemeente" value={name} onChange={setName} required error={errors.municipalityName} autoFocus />
            <TextAreaField
              label="Wijken"
              description="Eén wijk per regel. Buurten, partners en teams voegt u daarna toe."
              value={wijken}
              onChange={setWijken}
              rows={6}
              required
              error={wijkError}
              placeholder={'Centrum\nNoord\nZuid'}
            />
            <Button variant="primary" type="submit" disabled={busy}>
              Gemeente inrichten
            </Button>
          </form>
        </section>
        <section className="wo-card" aria-labelledby="voorbeeld">
          <h2 className="utrecht-heading-2" id="voorbeeld">
            Eerst rondkijken?
          </h2>
          <p className="utrecht-paragraph">
            Open de <strong>Voorbeeldgemeente</strong>: vijf wijken met buurten, elf partnerorganisaties, dertig mensen en een
            wijk-coördinatieteam per wijk. Alle namen zijn verzonnen.
          </p>
          <Button variant="secondary" disabled={busy} onClick={() => void run(() => call('setup:loadDemo', {}))}>
            Voorbeeldgemeente openen
          </Button>
        </section>
      </div>
      {error ? <Alert type="error">{error}</Alert> : null}
    </main>
  );
}
