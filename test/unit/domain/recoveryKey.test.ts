import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { RECOVERY_KEY_GROUPS, formatRecoveryKey, parseRecoveryKey } from '../../../domain/recoveryKey';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('herstelsleutel', () => {
  it('round-trips a key; case, spaces and the look-alikes I, L, O do not matter', () => {
    for (let i = 0; i < 50; i++) {
      const key = randomBytes(32);
      const text = formatRecoveryKey(key);
      expect(text.split('-')).toHaveLength(RECOVERY_KEY_GROUPS);
      const typed = text.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'O');
      const parsed = parseRecoveryKey(typed);
      expect(parsed.ok && Buffer.from(parsed.key).equals(key)).toBe(true);
    }
  });

  it('catches every single mistyped character and names its group', () => {
    const text = formatRecoveryKey(randomBytes(32));
    const chars = text.replaceAll('-', '');
    let caught = 0;
    for (let i = 0; i < chars.length; i++) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue;
        const result = parseRecoveryKey(chars.slice(0, i) + c + chars.slice(i + 1));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toContain(`Groep ${Math.floor(i / 5) + 1} van de herstelsleutel klopt niet`);
        caught++;
      }
    }
    expect(caught).toBe(65 * 31);
  });

  it('catches two groups swapped, a missing group and a character that is never used, in Dutch', () => {
    const groups = formatRecoveryKey(randomBytes(32)).split('-');
    const swapped = [groups[1], groups[0], ...groups.slice(2)].join('-');
    expect(parseRecoveryKey(swapped).ok).toBe(false);
    expect(parseRecoveryKey(groups.slice(1).join('-'))).toEqual({ ok: false, message: expect.stringContaining('te kort: 60 tekens in plaats van 65') });
    expect(parseRecoveryKey(`${groups.join('-')}-7`)).toEqual({ ok: false, message: expect.stringContaining('te lang') });
    expect(parseRecoveryKey(groups.join('-').replace(/.$/, 'U'))).toEqual({ ok: false, message: expect.stringContaining('Het teken "U" komt in een herstelsleutel niet voor') });
    expect(parseRecoveryKey('  ')).toEqual({ ok: false, message: expect.stringContaining('Typ de herstelsleutel') });
  });
});
