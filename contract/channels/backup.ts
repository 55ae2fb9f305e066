import { TOPICS, command, query } from '../channel';
import { empty } from '../fields';
import { BackupCreated, BackupOverview, BackupRestoreRequest, BackupRestored } from '../schemas/backup';

export const backupChannels = {
  'backup:list': query(empty, BackupOverview, ['backup']),
  /** A backup to a place the user picks (the host asks where). */
  'backup:create': command(empty, BackupCreated, ['backup']),
  /** Replaces the live database by a checked backup (the current data is kept as a backup first): everything is new. */
  'backup:restore': command(BackupRestoreRequest, BackupRestored, TOPICS),
};
