import { useEffect, useState } from 'react';
import { PROFILE_ROLES, RETENTION_TERMS, type ProfileRole } from '../../../../contract/schemas/privacy';
import type { PrivacyPurgeResult } from '../../../../contract/schemas/signals';
import { ApiCallError, call, messageOf } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { Page } from '../../layout/Page';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { SelectField, TextField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import { trackSave } from '../../ui/saveStatus';
import { AuditTrail } from './AuditTrail';

/**
 * Privacy at a glance: who this laptop's user is (the name the logboek records), the retention
 * terms the app keeps to, a purge on request, and the logboek itself.
 */
export function PrivacyScreen() {
  return (
    <Page
      title="Privacy en logboek"
      intro="Wie met deze laptop werkt, hoe lang gegevens bewaard blijven, en wie wanneer iets wijzigde. Het logboek bewaart nooit de inhoud van vertrouwelijke velden."
      wide
    >
      <section className="wo-card" aria-labelledby="profiel-kop">
        <h2 className="utrecht-heading-2" id="profiel-kop">
          Gebruiker van deze laptop
        </h2>
        <ProfileForm />
      </section>
      <section className="wo-card" aria-labelledby="termijnen-kop">
        <h2 className="utrecht-heading-2" id="termijnen-kop">
          Bewaartermijnen
        </h2>
        <RetentionTerms />
      </section>
      <section aria-labelledby="logboek-kop">
        <h2 className="utrecht-heading-2" id="logboek-kop">
          Logboek
        </h2>
        <AuditTrail label="Logboek van alle wijzigingen" />
      </section>
    </Page>
  );
}

function ProfileForm() {
  const profile = useQuery('profile:get', {});
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProfileRole | ''>('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!profile.data) return;
    setName(profile.data.name ?? '');
    setRole(profile.data.role ?? '');
  }, [profile.data]);

  const save = async () => {
    try {
      profile.set(await trackSave(() => call('profile:update', { name, role: role as ProfileRole })));
      setErrors({});
      setSaved(true);
    } catch (e) {
      setErrors(e instanceof ApiCallError ? e.fields : { name: messageOf(e) });
      setSaved(false);
    }
  };

  return (
    <form
      className="wo-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="utrecht-paragraph">
        Het logboek legt vast wie iets wijzigt. Nu staat daar: <strong data-testid="audit-actor">{profile.data?.actor ?? '…'}</strong>
      </p>
      <div className="wo-row">
        <TextField label="Uw naam" value={name} onChange={(v) => { setName(v); setSaved(false); }} error={errors.name} required />
        <SelectField
          label="Uw rol"
          value={role}
          onChange={(v) => { setRole(v as ProfileRole); setSaved(false); }}
          options={Object.entries(PROFILE_ROLES).map(([value, label]) => ({ value, label }))}
          placeholder="Kies uw rol"
          error={errors.role}
          required
        />
      </div>
      <p className="wo-row">
        <Button variant="primary" type="submit">
          Opslaan
        </Button>
        {saved ? <span role="status">Opgeslagen. Wijzigingen worden vanaf nu op uw naam vastgelegd.</span> : null}
      </p>
    </form>
  );
}

function RetentionTerms() {
  const [result, setResult] = useState<PrivacyPurgeResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const purge = async () => {
    try {
      setResult(await trackSave(() => call('privacy:purge', {})));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <>
      <dl className="wo-facts wo-terms">
        {RETENTION_TERMS.map((t) => (
          <div key={t.what} className="wo-terms__row">
            <dt>{t.what}</dt>
            <dd>{t.term}</dd>
          </div>
        ))}
      </dl>
      <p className="wo-row">
        <Button onClick={() => void purge()}>Nu opschonen</Button>
        {result ? (
          <span role="status">
            {result.purged === 0
              ? `Niets te wissen: er zijn geen vertrouwelijke signalen die vóór ${formatDate(result.cutoff)} zijn afgehandeld en nog details bevatten.`
              : `${result.purged} ${result.purged === 1 ? 'vertrouwelijk signaal' : 'vertrouwelijke signalen'} (afgehandeld vóór ${formatDate(result.cutoff)}) gewist. Het logboek vermeldt welke.`}
          </span>
        ) : null}
      </p>
      {error ? <Alert type="error">{error}</Alert> : null}
    </>
  );
}
