import { describe, expect, it } from 'vitest';
import { articleKey } from '../keys';
import type { ParseResult, RawArticle } from '../types';
import { parseFeed } from './feed';
import { parseHtmlPage } from './html-page';
import { parseJsonRecord } from './json-corpus';
import { MAX_URL_LENGTH, safeHttpUrl } from './safe-url';

function ok(result: ParseResult | undefined): RawArticle {
  if (result === undefined || !result.ok)
    throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

/** Every URL a parsed article carries: its own and its related links. */
function urlsOf(article: RawArticle): string[] {
  return [article.url, ...(article.related ?? []).map((r) => r.url)].filter(
    (u): u is string => u !== undefined,
  );
}

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs, in canonical form', () => {
    expect(safeHttpUrl('https://example.org/rodong/hacking-empire')).toBe(
      'https://example.org/rodong/hacking-empire',
    );
    expect(safeHttpUrl('http://www.kcna.kp/en/article/q/xyz.kcmsf')).toBe(
      'http://www.kcna.kp/en/article/q/xyz.kcmsf',
    );
    expect(safeHttpUrl('  HTTPS://Example.ORG \n')).toBe('https://example.org/');
    expect(safeHttpUrl('https://exämple.org/ä?q=1#top')).toBe(
      'https://xn--exmple-cua.org/%C3%A4?q=1#top',
    );
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\r\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001f javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'javascript://%0aalert(1)',
    'javascript:https://example.org/',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ' DATA:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'VbScRiPt:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'mailto:someone@example.org',
    'blob:https://example.org/uuid',
    'about:blank',
    '//evil.example/x',
    '/article/x',
    'example.org/x',
    'https://',
    'http://',
    '',
    '   ',
  ])('drops %j', (value) => {
    expect(safeHttpUrl(value)).toBeUndefined();
  });

  it('drops what is not a string and what is too long', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org/'], true]) {
      expect(safeHttpUrl(value)).toBeUndefined();
    }
    const long = `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(safeHttpUrl(long)).toBeUndefined();
    const fits = `https://example.org/${'a'.repeat(MAX_URL_LENGTH - 40)}`;
    expect(safeHttpUrl(fits)).toBe(fits);
  });

  it('returns a value with no raw quote, angle bracket, space or control character', () => {
    const url = safeHttpUrl('https://example.org/a b"<script>`\u0000\u202e?q="x" \'y\'#"<f>');
    expect(url).toBeDefined();
    const unsafe = [...(url ?? '')].filter(
      (c) => c.charCodeAt(0) <= 0x20 || c === '\u007f' || c === '\u202e' || '"<>`'.includes(c),
    );
    expect(unsafe).toEqual([]);
    expect(url?.startsWith('https://example.org/')).toBe(true);
  });

  it('reads backslashes and missing slashes as a browser does', () => {
    expect(safeHttpUrl('https:\\\\example.org\\x')).toBe('https://example.org/x');
    expect(safeHttpUrl('http:example.org')).toBe('http://example.org/');
  });

  it('resolves relative links against a base, never into another scheme', () => {
    const base = 'https://kcna.kp/en/article/q/one.kcmsf';
    expect(safeHttpUrl('two.kcmsf', base)).toBe('https://kcna.kp/en/article/q/two.kcmsf');
    expect(safeHttpUrl('//example.org/x', base)).toBe('https://example.org/x');
    expect(safeHttpUrl('javascript:alert(1)', base)).toBeUndefined();
    expect(safeHttpUrl(' java\tscript:alert(1)', base)).toBeUndefined();
    expect(safeHttpUrl('data:text/html,x', base)).toBeUndefined();
    // An entity-disguised scheme is only a path on the base's site.
    const disguised = safeHttpUrl('&#106;avascript:alert(1)', base);
    expect(disguised).toBe('https://kcna.kp/en/article/q/&#106;avascript:alert(1)');
    expect(safeHttpUrl('x', 'javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('x', 'not a base')).toBeUndefined();
  });
});

describe('parsers keep the article and drop an unsafe URL', () => {
  const origin = { location: 'test' };
  const unsafe = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];

  it.each(unsafe)(
    'JSON record with url %j: stored without it, keyed by source + title + date',
    (url) => {
      const fields = {
        title: 'Hostile link',
        date: '2024-01-02',
        source: 'Test Wire',
        text: 'Body.',
      };
      const article = ok(parseJsonRecord({ ...fields, url }, origin));
      expect(article.title).toBe('Hostile link');
      expect(article.url).toBeUndefined();
      const key = articleKey({ ...article, title: article.title });
      expect(key).toMatch(/^h:[0-9a-f]{32}$/);
      expect(key).toBe(
        articleKey({ sourceName: 'Test Wire', title: 'Hostile link', date: '2024-01-02' }),
      );
    },
  );

  it('JSON record with a safe url keeps it, canonical', () => {
    const article = ok(
      parseJsonRecord({ title: 'T', text: 'Body.', url: ' HTTPS://Example.org/a ' }, origin),
    );
    expect(article.url).toBe('https://example.org/a');
  });

  it.each(unsafe)(
    'HTML page with canonical and related links %j: no unsafe URL survives',
    (url) => {
      const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const html = `<html><head><link rel="canonical" href="${attr}"></head><body>
      <h1>Hostile page</h1><article><p>The body of the hostile page is long enough to keep.</p></article>
      <h3>More From KCNA</h3><ul><li><a href="${attr}">Evil link</a></li>
      <li><a href="/fine">Fine link</a></li></ul></body></html>`;
      const withoutBase = ok(parseHtmlPage(html, origin));
      expect(withoutBase.title).toBe('Hostile page');
      expect(withoutBase.url).toBeUndefined();
      for (const u of urlsOf(withoutBase)) expect(u).toMatch(/^https?:\/\//);
      const withBase = ok(parseHtmlPage(html, origin, { url: 'https://kcna.kp/en/a' }));
      expect(withBase.url).toBe('https://kcna.kp/en/a');
      expect(withBase.related?.map((r) => r.url)).toContain('https://kcna.kp/fine');
      for (const u of urlsOf(withBase)) expect(u).toMatch(/^https:\/\/kcna\.kp\//);
      // An unsafe page URL given by the caller is dropped too.
      expect(ok(parseHtmlPage(html, origin, { url })).url).toBeUndefined();
    },
  );

  it.each(unsafe)('feed item linking to %j: kept without a URL', (url) => {
    const escaped = url.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>
      <item><title>Feed item</title><link>${escaped}</link><pubDate>Sun, 01 Aug 2021 01:00:00 +0900</pubDate>
      <description>Body of the feed item.</description></item></channel></rss>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
      <entry><title>Atom item</title><link href="${escaped.replace(/"/g, '&quot;')}"/>
      <updated>2021-08-01T00:00:00Z</updated><content>Body of the atom item.</content></entry></feed>`;
    for (const [xml, title] of [
      [rss, 'Feed item'],
      [atom, 'Atom item'],
    ] as const) {
      const article = ok(parseFeed(xml, 'feed.xml')[0]);
      expect(article.title).toBe(title);
      expect(article.url).toBeUndefined();
    }
  });
});
