/**
 * The short Dutch mail that goes with a partner action list. Only counts, names and dates: the
 * list itself is the attachment, and nothing about a resident is ever in a mail text.
 */
import { longDateNl } from '../dates';
import { listNl, countNl, gemeenteName } from '../text';
import type { PartnerList, PartnerListContact } from '../partnerList';

export interface PartnerMailInput {
  list: PartnerList;
  /** The team the lists were made from, and the meeting when made after one. */
  teamName: string;
  meetingDate: string | null;
  recipients: readonly { name: string; email: string | null }[];
  /** Who signs: the team's secretary (falls back to the team). */
  sender: PartnerListContact | null;
  /** The wijkmanager of the team the lists were made from: progress goes to them. */
  wijkmanager: PartnerListContact | null;
  /** The attached vastgestelde verslag, if any: its meeting date. */
  verslagMeetingDate: string | null;
}

export interface PartnerMail {
  subject: string;
  text: string;
  to: { name: string; address: string }[];
  from: { name: string; address: string } | null;
}


export function partnerMail(input: PartnerMailInput): PartnerMail {
  const { list } = input;
  const to = input.recipients.filter((r): r is { name: string; email: string } => !!r.email).map((r) => ({ name: r.name, address: r.email }));
  const firstNames = to.map((r) => r.name.split(' ')[0] ?? '').filter(Boolean);
  const greeting = firstNames.length > 0 && firstNames.length <= 3 ? `Beste ${listNl(firstNames)},` : 'Beste collega’s,';
  const occasion = input.meetingDate
    ? `na het overleg van het ${input.teamName} op ${longDateNl(input.meetingDate)}`
    : `van ${longDateNl(list.asOf)}`;
  const { open, overdue, finished, signals } = list.counts;
  const status =
    open === 0
      ? `${list.organisation.name} heeft op dit moment geen open acties.`
      : `${list.organisation.name} heeft ${countNl(open, 'open actie', 'open acties')}${overdue > 0 ? `, waarvan ${overdue} verlopen` : ''}.`;
  const extras = [
    finished > 0 ? `${countNl(finished, 'actie is', 'acties zijn')} sinds de vorige lijst afgerond of vervallen.` : null,
    signals > 0 ? `U bent probleemeigenaar van ${countNl(signals, 'signaal', 'signalen')}.` : null,
  ].filter(Boolean);
  const contact = input.wijkmanager
    ? `${input.wijkmanager.name}${input.wijkmanager.email ? ` (${input.wijkmanager.email})` : ''}`
    : 'de wijkmanager';
  const lines = [
    greeting,
    '',
    `In de bijlage vindt u de actielijst van ${list.organisation.name} ${occasion}. ${status}${extras.length ? ` ${extras.join(' ')}` : ''}`,
    ...(input.verslagMeetingDate ? ['', `Ook het vastgestelde verslag van het overleg van ${longDateNl(input.verslagMeetingDate)} zit in de bijlage.`] : []),
    '',
    `Afspraak is afspraak: wilt u de voortgang vóór het volgende overleg doorgeven aan ${contact}? Vragen over vertrouwelijke signalen stelt u ook aan de wijkmanager.`,
    '',
    'Met vriendelijke groet,',
    '',
    input.sender?.name ?? input.teamName,
    ...(input.sender ? [input.sender.role ? `${input.sender.role}, ${input.teamName}` : input.teamName] : []),
    list.municipalityName ? gemeenteName(list.municipalityName) : '',
  ];
  const from = input.sender?.email ? { name: input.sender.name, address: input.sender.email } : null;
  return {
    subject: `Actielijst ${list.organisation.name} – ${input.teamName} – ${longDateNl(list.asOf)}`,
    text: `${lines.join('\n').trimEnd()}\n`,
    to,
    from,
  };
}
