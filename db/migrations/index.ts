import type { Db } from '../connection';
import { m001MasterData } from './001_master_data';
import { m002Meetings } from './002_meetings';
import { m003DemoMarker } from './003_demo_marker';
import { m004MemberOrganisation } from './004_member_organisation';
import { m005RetentionIndex } from './005_retention_index';
import { m006SearchIndex } from './006_search_index';

export interface Migration {
  name: string;
  up(db: Db): void;
}

/** Registered in order: position N (1-based) is schema version N. Never reorder or edit a shipped one. */
export const migrations: Migration[] = [m001MasterData, m002Meetings, m003DemoMarker, m004MemberOrganisation, m005RetentionIndex, m006SearchIndex];
