/**
 * The renderer's own origin. Everything the app trusts (navigation, IPC senders) is checked
 * against this one origin, so it lives in a single place.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wijkoverleg';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const START_URL = `${APP_ORIGIN}/index.html`;

/** True only for well-formed `app://wijkoverleg/...` URLs; anything unparsable is foreign. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare scheme and host rather than `origin`: Node treats custom schemes as non-special
  // (origin "null", host case kept) while Chromium canonicalises our standard scheme.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
