import type { AppInfo } from '../../../../contract/schemas/masterdata';
import { Page } from '../../layout/Page';

export function AboutScreen({ info }: { info: AppInfo }) {
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
      </dl>
      <p className="utrecht-paragraph">
        Alle gegevens staan in het databasebestand hierboven, op deze computer. Maak er een reservekopie van zoals van andere
        werkbestanden; het bestand bevat vertrouwelijke signalen over inwoners.
      </p>
    </Page>
  );
}
