/**
 * The herstelsleutel: the 32-byte database key written so a person can print it, copy it by hand
 * and type it in again on a new laptop. Crockford base32 (no I, L, O, U: nothing to confuse with
 * 1 and 0; lower case, I/L and O are accepted and read as 1 and 0), 13 groups of 4 characters each
 * followed by one check character: a CRC-5 over the group's place and its 20 bits. A CRC-5 catches
 * every single mistyped character and every swap of two groups, and it says which group is wrong.
 */

export const RECOVERY_KEY_BYTES = 32;
export const RECOVERY_KEY_GROUPS = 13;
const DATA_CHARS = 4;
const GROUP_CHARS = DATA_CHARS + 1;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** CRC-5 (polynomial x⁵+x²+1) over the group's number and its 20 data bits. */
function check(group: number, values: readonly number[]): number {
  let crc = 0x1f;
  const feed = (value: number, bits: number) => {
    for (let bit = bits - 1; bit >= 0; bit--) {
      const top = ((crc >> 4) & 1) ^ ((value >> bit) & 1);
      crc = (crc << 1) & 0x1f;
      if (top) crc ^= 0x05;
    }
  };
  feed(group, 8);
  for (const v of values) feed(v, 5);
  return crc;
}

/** Re-cuts a stream of `from`-bit values into `to`-bit values; what is left over comes back apart. */
function regroup(values: Iterable<number>, from: number, to: number): { out: number[]; rest: number; restBits: number } {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const value of values) {
    buffer = (buffer << from) | value;
    bits += from;
    while (bits >= to) {
      out.push((buffer >> (bits - to)) & ((1 << to) - 1));
      bits -= to;
      buffer &= (1 << bits) - 1;
    }
  }
  return { out, rest: buffer, restBits: bits };
}

function toFiveBitValues(bytes: Uint8Array): number[] {
  const { out, rest, restBits } = regroup(bytes, 8, 5);
  return restBits > 0 ? [...out, rest << (5 - restBits)] : out;
}

/** The herstelsleutel for a key: "ABCD7-EFGH2-…", 13 groups. */
export function formatRecoveryKey(key: Uint8Array): string {
  if (key.length !== RECOVERY_KEY_BYTES) throw new Error(`A database key has ${RECOVERY_KEY_BYTES} bytes`);
  const values = toFiveBitValues(key); // 256 bits: 51 full characters and 1 bit in a 52nd
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    const part = values.slice(g * DATA_CHARS, g * DATA_CHARS + DATA_CHARS);
    groups.push([...part, check(g, part)].map((v) => ALPHABET[v]).join(''));
  }
  return groups.join('-');
}

export type ParsedRecoveryKey = { ok: true; key: Uint8Array } | { ok: false; message: string };

const HOW_IT_LOOKS = 'Een herstelsleutel bestaat uit 13 groepen van 5 tekens, bijvoorbeeld "7K2QD-…".';

/** Reads a typed herstelsleutel: spaces, dashes and case do not matter; a typo gets a Dutch message naming the group. */
export function parseRecoveryKey(input: string): ParsedRecoveryKey {
  const normalised = input
    .toUpperCase()
    .replace(/[\s\-–—.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (normalised.length === 0) return { ok: false, message: `Typ de herstelsleutel. ${HOW_IT_LOOKS}` };
  const wrong = [...normalised].find((c) => !ALPHABET.includes(c));
  if (wrong !== undefined) {
    return { ok: false, message: `Het teken "${wrong}" komt in een herstelsleutel niet voor. Alleen cijfers en de letters A–Z zonder I, L, O en U.` };
  }
  if (normalised.length !== RECOVERY_KEY_GROUPS * GROUP_CHARS) {
    return {
      ok: false,
      message: `De herstelsleutel is ${normalised.length < RECOVERY_KEY_GROUPS * GROUP_CHARS ? 'te kort' : 'te lang'}: ${normalised.length} tekens in plaats van ${RECOVERY_KEY_GROUPS * GROUP_CHARS}. ${HOW_IT_LOOKS}`,
    };
  }
  const values: number[] = [];
  for (let g = 0; g < RECOVERY_KEY_GROUPS; g++) {
    const group = [...normalised.slice(g * GROUP_CHARS, (g + 1) * GROUP_CHARS)].map((c) => ALPHABET.indexOf(c));
    const data = group.slice(0, DATA_CHARS);
    if (check(g, data) !== group[DATA_CHARS]) {
      return { ok: false, message: `Groep ${g + 1} van de herstelsleutel klopt niet: waarschijnlijk een tikfout. Controleer de 5 tekens van groep ${g + 1}.` };
    }
    values.push(...data);
  }
  // 52 characters carry 260 bits: the key's 256 and four zero bits at the end.
  const { out, rest } = regroup(values, 5, 8);
  if (rest !== 0 || out.length !== RECOVERY_KEY_BYTES) {
    return { ok: false, message: `Groep ${RECOVERY_KEY_GROUPS} van de herstelsleutel klopt niet: waarschijnlijk een tikfout.` };
  }
  const key = Uint8Array.from(out);
  return { ok: true, key };
}
