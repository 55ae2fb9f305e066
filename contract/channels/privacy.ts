import { command, query, TOPICS } from '../channel';
import { empty } from '../fields';
import { AuditList, AuditPage, Profile, ProfileUpdate } from '../schemas/privacy';

export const privacyChannels = {
  // Every command writes to the trail, so the trail reads everything.
  'audit:list': query(AuditList, AuditPage, TOPICS),
  'profile:get': query(empty, Profile, ['profile']),
  'profile:update': command(ProfileUpdate, Profile, ['profile', 'audit']),
};
