/**
 * Vetting for links the renderer wants opened outside the app. Only https web pages and plain
 * e-mail links leave the app; everything else (file:, javascript:, custom handlers such as
 * ms-msdt:, http:) could run code or leak data through the OS and is dropped.
 */

// mailto parameters from RFC 6068 that only pre-fill a message. Others, notably `attach`, have
// been honoured by some mail clients to attach local files without the user noticing.
const SAFE_MAILTO_PARAMS = new Set(['subject', 'body', 'cc', 'bcc', 'to']);

const MAX_URL_LENGTH = 2048;

/** Returns the normalised URL to hand to `shell.openExternal`, or null when it must not be opened. */
export function vetExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    // Credentials in a link ("https://gemeente.nl@elders.example") are a classic way to disguise
    // the real destination; no legitimate link in this app needs them.
    if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    for (const key of url.searchParams.keys()) {
      if (!SAFE_MAILTO_PARAMS.has(key.toLowerCase())) return null;
    }
    return url.href;
  }
  return null;
}
