/**
 * A minimal RFC 5545 writer for meeting invitations. Written by hand rather than with the `ics`
 * package because that package folds lines by characters, not by the 75 octets the RFC asks for,
 * which breaks on Dutch text with diacritics (coördinatie, één).
 */

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  organizer: IcsPerson | null;
  attendees: (IcsPerson & { chair?: boolean })[];
}

const PRODID = '-//Wijkoverleg//Wijkoverleg//NL';

/** TEXT values: backslash, semicolon, comma and newlines are escaped (RFC 5545 §3.3.11). */
export const escapeText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');

/** Parameter values (CN) are quoted; DQUOTE and control characters cannot appear in them, so they go. */
const paramValue = (value: string): string => `"${value.replace(/["\p{Cc}]/gu, '')}"`;

/** UTC date-time, e.g. 20261208T183000Z. */
export const formatUtc = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Folds a content line to at most 75 octets per line, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const mailto = (email: string) => `mailto:${email}`;

export function buildIcs(event: IcsEvent): string {
  // REQUEST needs an organizer; without one the file is published as a plain calendar entry.
  const method = event.organizer ? 'REQUEST' : 'PUBLISH';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${formatUtc(event.stamp)}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `LOCATION:${escapeText(event.location)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
  ];
  if (event.organizer) lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`);
  for (const a of event.attendees) {
    const role = a.chair ? 'CHAIR' : 'REQ-PARTICIPANT';
    lines.push(`ATTENDEE;CN=${paramValue(a.name)};ROLE=${role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(a.email)}`);
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Reverses folding and splits into content lines (for tests and any reader of our own files). */
export const unfoldIcs = (content: string): string[] => content.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
