import type { ReactNode } from 'react';
import type { AppInfo } from '../../contract/schemas/masterdata';
import { HomeScreen } from './features/home/HomeScreen';
import { MunicipalityScreen } from './features/municipality/MunicipalityScreen';
import { OrganisationsScreen } from './features/organisations/OrganisationsScreen';
import { PeopleScreen } from './features/people/PeopleScreen';
import { TeamsScreen } from './features/teams/TeamsScreen';
import { AboutScreen } from './features/about/AboutScreen';
import { MeetingScreen } from './features/meeting/MeetingScreen';
import { VerslagScreen } from './features/verslag/VerslagScreen';
import { MeetingsScreen } from './features/meetings/MeetingsScreen';
import { TemplatesScreen } from './features/meetings/TemplatesScreen';
import { ActionsScreen } from './features/actions/ActionsScreen';
import { SignalsScreen } from './features/signals/SignalsScreen';
import { AttendanceScreen } from './features/attendance/AttendanceScreen';
import { SearchScreen } from './features/search/SearchScreen';
import { PrivacyScreen } from './features/privacy/PrivacyScreen';
import { BackupScreen } from './features/backup/BackupScreen';
import { WijkagendaRoute } from './features/wijkagenda/WijkagendaRoute';

export const NAV_SECTIONS = ['Vergaderen', 'Overzichten', 'Beheer', 'Help'] as const;

export interface RouteDef {
  /** First path segment; '' is the start screen. */
  path: string;
  nav?: { section: (typeof NAV_SECTIONS)[number]; label: string };
  render: (rest: string[], info: AppInfo) => ReactNode;
}

/** Every screen of the app. A new screen is one entry here plus its folder under features/. */
export const routes: RouteDef[] = [
  { path: '', nav: { section: 'Vergaderen', label: 'Start' }, render: () => <HomeScreen /> },
  { path: 'overleggen', nav: { section: 'Vergaderen', label: 'Overleggen' }, render: () => <MeetingsScreen /> },
  { path: 'wijkagenda', nav: { section: 'Vergaderen', label: "Wijkagenda's" }, render: (rest) => <WijkagendaRoute rest={rest} /> },
  { path: 'acties', nav: { section: 'Overzichten', label: 'Alle acties' }, render: (rest) => <ActionsScreen key={rest[0] ?? ''} initialId={rest[0] ? Number(rest[0]) : null} /> },
  { path: 'signalen', nav: { section: 'Overzichten', label: 'Alle signalen' }, render: (rest) => <SignalsScreen key={rest[0] ?? ''} initialId={rest[0] ? Number(rest[0]) : null} /> },
  { path: 'aanwezigheid', nav: { section: 'Overzichten', label: 'Aanwezigheid' }, render: () => <AttendanceScreen /> },
  { path: 'zoeken', nav: { section: 'Overzichten', label: 'Zoeken' }, render: () => <SearchScreen /> },
  // Vergadermodus: chairing one meeting. Not in the menu; opened from the meetings list.
  { path: 'overleg', render: (rest) => <MeetingScreen meetingId={Number(rest[0])} /> },
  // The notulist's verslag of one meeting; opened from the meeting and from the next meeting's review.
  { path: 'verslag', render: (rest) => <VerslagScreen meetingId={Number(rest[0])} /> },
  { path: 'teams', nav: { section: 'Beheer', label: 'Wijk-coördinatieteams' }, render: (rest) => <TeamsScreen wijkId={rest[0] ? Number(rest[0]) : null} /> },
  { path: 'sjablonen', nav: { section: 'Beheer', label: 'Agendasjablonen' }, render: (rest) => <TemplatesScreen wijkId={rest[0] ? Number(rest[0]) : null} /> },
  { path: 'organisaties', nav: { section: 'Beheer', label: 'Partnerorganisaties' }, render: () => <OrganisationsScreen /> },
  { path: 'personen', nav: { section: 'Beheer', label: 'Personen' }, render: () => <PeopleScreen /> },
  { path: 'gemeente', nav: { section: 'Beheer', label: 'Gemeente en wijken' }, render: () => <MunicipalityScreen /> },
  { path: 'privacy', nav: { section: 'Beheer', label: 'Privacy en logboek' }, render: () => <PrivacyScreen /> },
  { path: 'back-ups', nav: { section: 'Beheer', label: 'Back-ups' }, render: () => <BackupScreen /> },
  { path: 'over', nav: { section: 'Help', label: 'Over Wijkoverleg' }, render: (_rest, info) => <AboutScreen info={info} /> },
];

const HOME = routes[0] as RouteDef;
/** An unknown path shows the start screen. */
export const findRoute = (segment: string): RouteDef => routes.find((r) => r.path === segment) ?? HOME;
