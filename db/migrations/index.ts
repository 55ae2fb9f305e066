import type { Db } from '../connection';
import { m001MasterData } from './001_master_data';
import { m002Meetings } from './002_meetings';
import { m003DemoMarker } from './003_demo_marker';
import { m004MemberOrganisation } from './004_member_organisation';
import { m005VorigOverlegAndRoutedSignals } from './005_vorig_overleg_and_routed_signals';
import { m006PartnerList } from './006_partner_list';
import { m007Verslag } from './007_verslag';
import { m008Wijkagenda } from './008_wijkagenda';
import { m009AuditLog } from './009_audit_log';
import { m010RetentionIndex } from './010_retention_index';
import { m011SearchIndex } from './011_search_index';
import { m012VerslagSearch } from './012_verslag_search';
import { m013MeetingOverviewIndex } from './013_meeting_overview_index';

export interface Migration {
  name: string;
  up(db: Db): void;
}

/** Registered in order: position N (1-based) is schema version N. Never reorder or edit a shipped one. */
export const migrations: Migration[] = [
  m001MasterData,
  m002Meetings,
  m003DemoMarker,
  m004MemberOrganisation,
  m005VorigOverlegAndRoutedSignals,
  m006PartnerList,
  m007Verslag,
  m008Wijkagenda,
  m009AuditLog,
  m010RetentionIndex,
  m011SearchIndex,
  m012VerslagSearch,
  m013MeetingOverviewIndex,
];
