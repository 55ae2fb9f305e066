import MailComposer from 'nodemailer/lib/mail-composer';

/**
 * A mail the user checks and sends from their own mail program: the app cannot send mail, but it
 * can prepare it. Marked as unsent (X-Unsent: 1), so Outlook opens the .eml as a new message to
 * send instead of a received one; Thunderbird reads the draft header the same way.
 */
export interface MailDraftFile {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface MailDraft {
  from: { name: string; address: string } | null;
  to: readonly { name: string; address: string }[];
  subject: string;
  text: string;
  attachments: readonly MailDraftFile[];
  date: Date;
}

export const EML_MIME_TYPE = 'message/rfc822';

export async function composeEml(draft: MailDraft): Promise<Uint8Array> {
  const composer = new MailComposer({
    ...(draft.from ? { from: draft.from } : {}),
    to: draft.to.map((r) => ({ name: r.name, address: r.address })),
    subject: draft.subject,
    text: draft.text,
    date: draft.date,
    headers: {
      'X-Unsent': '1',
      'X-Mozilla-Draft-Info': 'internal/draft; vcard=0; receipt=0; DSN=0; uuencode=0; attachmentreminder=0; deliveryformat=4',
    },
    attachments: draft.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
    // Only the content we pass: never a file path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const message: Buffer = await composer.compile().build();
  return new Uint8Array(message);
}
