import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { composeEml } from '../../../backend/documents/eml';

describe('the .eml mail draft', () => {
  it('is a MIME message a mail program opens as an unsent draft, with the files attached byte for byte', async () => {
    const pdf = new Uint8Array(Buffer.from('%PDF-1.7\n% binary \u00e9\u00ff\n%%EOF\n', 'latin1'));
    const verslag = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255, 254]);
    const eml = await composeEml({
      from: { name: 'Tom Hendriks', address: 't.hendriks@denhelder.nl' },
      to: [
        { name: 'Ahmed Bouzid', address: 'a.bouzid@kustwonen.nl' },
        { name: 'Wendy Kramer', address: 'w.kramer@kustwonen.nl' },
      ],
      subject: 'Actielijst Woonstichting Kustwonen – Wijk-coördinatieteam Molenwijk – 17 november 2026',
      text: 'Beste Ahmed en Wendy,\n\nIn de bijlage vindt u de actielijst.\n',
      attachments: [
        { filename: 'Actielijst Woonstichting Kustwonen 2026-11-17.pdf', content: pdf, contentType: 'application/pdf' },
        { filename: 'Verslag WCT Molenwijk 2026-10-06.pdf', content: verslag, contentType: 'application/pdf' },
      ],
      date: new Date('2026-11-17T12:00:00Z'),
    });
    const parsed = await simpleParser(Buffer.from(eml));
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.subject).toBe('Actielijst Woonstichting Kustwonen – Wijk-coördinatieteam Molenwijk – 17 november 2026');
    const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to!];
    expect(to.flatMap((t) => t.value.map((v) => v.address))).toEqual(['a.bouzid@kustwonen.nl', 'w.kramer@kustwonen.nl']);
    expect(parsed.from?.value[0]?.address).toBe('t.hendriks@denhelder.nl');
    expect(parsed.text).toContain('Beste Ahmed en Wendy,');
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['Actielijst Woonstichting Kustwonen 2026-11-17.pdf', 'application/pdf'],
      ['Verslag WCT Molenwijk 2026-10-06.pdf', 'application/pdf'],
    ]);
    expect(Buffer.compare(parsed.attachments[0]!.content, Buffer.from(pdf))).toBe(0);
    expect(Buffer.compare(parsed.attachments[1]!.content, Buffer.from(verslag))).toBe(0);
  });

  it('without recipients it is still a draft the user addresses', async () => {
    const eml = await composeEml({ from: null, to: [], subject: 'Actielijst', text: 'Beste collega’s,\n', attachments: [], date: new Date('2026-11-17T12:00:00Z') });
    const parsed = await simpleParser(Buffer.from(eml));
    expect(parsed.to).toBeUndefined();
    expect(parsed.headers.get('x-unsent')).toBe('1');
    expect(parsed.text).toBe('Beste collega’s,\n');
  });
});
