import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, START_URL, isAppUrl } from '../../../electron/app-url';
import { vetExternalUrl } from '../../../electron/external-links';

describe('isAppUrl', () => {
  it('accepts our own pages', () => {
    expect(isAppUrl(START_URL)).toBe(true);
    expect(isAppUrl(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl('app://wijkoverleg/assets/index.js?x=1#top')).toBe(true);
    expect(isAppUrl('APP://WIJKOVERLEG/index.html')).toBe(true);
  });

  it('rejects every other origin and anything unparsable', () => {
    for (const url of [
      'app://evil/index.html',
      'app://wijkoverleg.evil.example/index.html',
      'app://user@wijkoverleg/index.html',
      'app://wijkoverleg:8080/index.html',
      'https://wijkoverleg/index.html',
      'file:///etc/passwd',
      'about:blank',
      'blob:app://wijkoverleg/1234',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('vetExternalUrl', () => {
  it('allows https pages and returns the normalised URL', () => {
    expect(vetExternalUrl('https://www.rijksoverheid.nl/onderwerpen')).toBe('https://www.rijksoverheid.nl/onderwerpen');
    expect(vetExternalUrl('HTTPS://Gemeente.NL')).toBe('https://gemeente.nl/');
  });

  it('allows plain e-mail links, with the usual pre-fill parameters', () => {
    expect(vetExternalUrl('mailto:wijkteam@gemeente.nl')).toBe('mailto:wijkteam@gemeente.nl');
    expect(vetExternalUrl('mailto:a@b.nl?subject=Overleg%2012%20mei&cc=c@d.nl')).toBe('mailto:a@b.nl?subject=Overleg%2012%20mei&cc=c@d.nl');
  });

  it('refuses mailto parameters that some clients turn into attachments', () => {
    expect(vetExternalUrl('mailto:a@b.nl?attach=/etc/passwd')).toBeNull();
    expect(vetExternalUrl('mailto:a@b.nl?subject=x&Attachment=C:\\secret.txt')).toBeNull();
  });

  it('refuses other schemes, credentials and junk', () => {
    for (const url of [
      'http://gemeente.nl',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ms-msdt:/id PCWDiagnostic',
      'smb://server/share',
      'app://wijkoverleg/index.html',
      'https://gemeente.nl@evil.example/',
      'https://user:pass@gemeente.nl/',
      'gemeente.nl',
      '',
      `https://gemeente.nl/${'a'.repeat(3000)}`,
      42,
      null,
      undefined,
    ]) {
      expect(vetExternalUrl(url), String(url).slice(0, 60)).toBeNull();
    }
  });
});
