import { localDate } from '../domain/calendar';
import type { Db } from '../db/connection';
import type { Storage } from './storage/storage';
import type { DocumentWorker } from './documents/documentWorker';
import type { ExportFolders } from './exportFolders';

/** What every handler gets: the open database and facts about the host it runs in. */
export interface BackendContext {
  /** The live connection (it changes after a restore; refused with a Dutch message while the file is damaged). */
  readonly db: Db;
  storage: Storage;
  databasePath: string;
  appVersion: string;
  /** The operating-system account running the app: the audit trail's name until a profile is set. */
  osUser?: string;
  /** Injected so tests can pin "today" (deadlines, overdue, membership dates). */
  now: () => Date;
  /** Makes files from document models off this thread (see backend/documents). Absent: a shared one is started when needed. */
  documents?: DocumentWorker;
  /** Folders the user picked for a batch of files; the host decides how (dialog, fixed folder). Absent: none can be chosen. */
  folders?: ExportFolders;
}

/** Today's date in the Netherlands as YYYY-MM-DD (meetings and deadlines are local dates). */
export function todayIn(ctx: Pick<BackendContext, 'now'>): string {
  return localDate(ctx.now());
}
