import type { AppInfo } from '../../../../contract/schemas/masterdata';
import { Page } from '../../layout/Page';
import { href } from '../../layout/router';
import { useQuery } from '../../api/useQuery';

export function AboutScreen({ info }: { info: AppInfo }) {
  const backups = useQuery('backup:list', {});
  return (
    <Page title="Over Wijkoverleg">
      <dl className="wo-facts">
        <dt>Versie</dt>
        <dd>{info.version}</dd>
        <dt>Gemeente</dt>
        <dd>{info.municipalityName}</dd>
        <dt>Databasebestand</dt>
        <dd>
          <code data-testid="database-path">{info.databasePath}</code>
        </dd>
        <dt>Schemaversie</dt>
        <dd>{info.schemaVersion}</dd>
        <dt>Automatische back-ups</dt>
        <dd>
          <code data-testid="about-backup-folder">{backups.data?.folder ?? ''}</code>
        </dd>
      </dl>
      <p className="utrecht-paragraph">
        Alle gegevens staan in het databasebestand hierboven, op deze computer; het bevat vertrouwelijke signalen over inwoners. Wijkoverleg maakt
        zelf back-ups in de map hierboven. Kopieer het databasebestand niet zelf terwijl Wijkoverleg draait (de laatste wijzigingen staan dan nog niet
        in het bestand): maak een back-up via <a href={href('/back-ups')}>Beheer › Back-ups</a>.
      </p>
    </Page>
  );
}
