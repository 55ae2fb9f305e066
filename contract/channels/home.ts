import { channel } from '../channel';
import { empty } from '../fields';
import { HomeSummary } from '../schemas/home';

export const homeChannels = {
  'home:summary': channel(empty, HomeSummary),
};
