import { channel } from '../channel';
import { empty } from '../fields';
import { AuditList, AuditPage, Profile, ProfileUpdate } from '../schemas/privacy';

export const privacyChannels = {
  'audit:list': channel(AuditList, AuditPage),
  'profile:get': channel(empty, Profile),
  'profile:update': channel(ProfileUpdate, Profile),
};
