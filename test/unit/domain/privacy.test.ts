import { describe, expect, it } from 'vitest';
import { CONFIDENTIAL_ACTION_WHAT, coverConfidentialAction } from '../../../domain/privacy';

describe('an action on a vertrouwelijk signal, as partners read it', () => {
  const action = {
    what: 'Huisbezoek bij mevrouw De Vries',
    how: 'Met haar dochter erbij',
    whyText: 'Zij woont alleen sinds het overlijden van haar man',
    preconditions: null,
    motivation: null,
    cancelReason: 'Verhuisd naar Zorgcentrum Sluisdijk',
    lastFollowUpNote: 'Mevrouw wil eerst haar dochter spreken',
    deadline: '2026-12-01',
    ownerOrganisationName: 'Stichting Welzijn Den Helder',
    status: 'open',
  };

  it('keeps wie, wanneer and status, and drops every free text', () => {
    expect(coverConfidentialAction(action, true)).toEqual({
      what: CONFIDENTIAL_ACTION_WHAT,
      how: null,
      whyText: null,
      preconditions: null,
      motivation: null,
      cancelReason: null,
      lastFollowUpNote: null,
      deadline: '2026-12-01',
      ownerOrganisationName: 'Stichting Welzijn Den Helder',
      status: 'open',
    });
  });

  it('adds no field the action did not have, and leaves an ordinary action as it is', () => {
    expect(Object.keys(coverConfidentialAction({ what: 'Bankje plaatsen' }, true))).toEqual(['what']);
    expect(coverConfidentialAction(action, false)).toBe(action);
  });
});
