import { describe, expect, it } from 'vitest';
import { safeHref, sitePath } from './safe-href';

const HOSTILE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(document.domain)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'jav\r\nascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001\u0008\u001f javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript://%0aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  ' VbScRiPt:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/uuid',
  'mailto:a@example.org',
  '//evil.example/x',
  ' //evil.example/x',
  '/\\evil.example/x',
  '\t/\t/evil.example/x',
  'evil.example/x',
  'article/x',
  '',
  '   ',
];

describe('safeHref', () => {
  it.each(HOSTILE)('refuses %j', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('refuses what is not a string or is too long', () => {
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(`https://example.org/${'a'.repeat(5_000)}`)).toBeUndefined();
  });

  it('keeps absolute http(s) URLs in canonical form', () => {
    expect(safeHref('https://example.org/rodong/hacking-empire')).toBe(
      'https://example.org/rodong/hacking-empire',
    );
    expect(safeHref(' HTTP://Example.ORG')).toBe('http://example.org/');
    expect(safeHref('https://example.org/a b"<x>')).toBe('https://example.org/a%20b%22%3Cx%3E');
  });

  it('keeps paths on this site', () => {
    expect(safeHref('/article/Article%3Ahttps%3A%2F%2Fexample.org%2Fa')).toBe(
      '/article/Article%3Ahttps%3A%2F%2Fexample.org%2Fa',
    );
    expect(safeHref('/?s=eyJ2IjoxfQ')).toBe('/?s=eyJ2IjoxfQ');
    expect(safeHref('/v/abc_DEF-123#top')).toBe('/v/abc_DEF-123#top');
  });
});

describe('sitePath', () => {
  it('keeps the paths the pages build', () => {
    const id = 'Article:https://example.org/a?b=1';
    expect(sitePath(`/article/${encodeURIComponent(id)}`)).toBe(
      '/article/Article%3Ahttps%3A%2F%2Fexample.org%2Fa%3Fb%3D1',
    );
    expect(sitePath('/v/AbCdEf123456')).toBe('/v/AbCdEf123456');
  });

  it.each([...HOSTILE, 'https://example.org/x', 'http://localhost:3000/'])(
    'falls back for %j',
    (value) => {
      expect(sitePath(value)).toBe('/');
      expect(sitePath(value, '#')).toBe('#');
    },
  );

  it('falls back when a data-made kind or slug would leave the site', () => {
    // A kind segment of `/evil.example` would make `//evil.example/...`.
    expect(sitePath(`/${'/evil.example'.toLowerCase()}/x`)).toBe('/');
    expect(sitePath(`/${'/evil.example'}`)).toBe('/');
  });
});
