import { channel } from '../channel';
import { empty } from '../fields';
import { BackupCreated, BackupOverview, BackupRestoreRequest, BackupRestored } from '../schemas/backup';

export const backupChannels = {
  'backup:list': channel(empty, BackupOverview),
  /** A backup to a place the user picks (the host asks where). */
  'backup:create': channel(empty, BackupCreated),
  /** Replaces the live database by a checked backup; the current data is kept as a backup first. */
  'backup:restore': channel(BackupRestoreRequest, BackupRestored),
};
