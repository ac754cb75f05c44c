import { describe, expect, it } from 'vitest';
import type { ParseResult, RawArticle } from '../types';
import { looksLikeFeed, parseFeed } from './feed';

function ok(result: ParseResult | undefined): RawArticle {
  if (result === undefined || !result.ok)
    throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  return result.article;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>KCNA Watch &amp; Friends</title>
  <language>en-us</language>
  <item>
    <title>Comrade Kim Jong Un Visits Farm</title>
    <link>https://example.org/a/1</link>
    <pubDate>Sun, 01 Aug 2021 01:00:00 +0900</pubDate>
    <category>Top News</category>
    <description><![CDATA[<p>Respected Comrade<span class="n">Kim Jong Un</span>visited the farm.</p><p>He praised the &amp; workers.</p>]]></description>
  </item>
  <item>
    <title>Escaped Description</title>
    <guid>https://example.org/a/2</guid>
    <dc:date>2021-08-02T10:00:00Z</dc:date>
    <description>&lt;p&gt;Escaped &lt;b&gt;markup&lt;/b&gt; is text too.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Full content wins over the description.</p>]]></content:encoded>
  </item>
  <item>
    <title>Bad Date</title>
    <link>https://example.org/a/3</link>
    <pubDate>someday</pubDate>
    <description>Text.</description>
  </item>
  <item>
    <title>No Body</title>
    <link>https://example.org/a/4</link>
  </item>
  <item>
    <title>2024</title>
    <description>A plain text description about the year.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Example Atom</title>
  <entry>
    <title type="html">Talks &lt;em&gt;Resume&lt;/em&gt;</title>
    <link rel="self" href="https://example.org/self/1"/>
    <link rel="alternate" href="https://example.org/atom/1"/>
    <updated>2024-03-05T23:30:00-05:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;The talks resumed on Tuesday.&lt;/p&gt;&lt;p&gt;Both sides spoke.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Summary Only</title>
    <link href="https://example.org/atom/2"/>
    <published>2024-03-06T08:00:00Z</published>
    <summary>Only a summary is present in this entry.</summary>
  </entry>
</feed>`;

describe('parseFeed (RSS 2.0)', () => {
  const results = parseFeed(RSS, 'feed.xml');

  it('yields one result per item, numbered', () => {
    expect(results).toHaveLength(5);
    expect(results.map((r) => (r.ok ? r.article.origin.record : r.rejected.origin.record))).toEqual(
      [1, 2, 3, 4, 5],
    );
  });

  it('reads title, link, printed pubDate day, channel source and language, unglued HTML text', () => {
    expect(ok(results[0])).toEqual({
      title: 'Comrade Kim Jong Un Visits Farm',
      url: 'https://example.org/a/1',
      date: '2021-08-01',
      sourceName: 'KCNA Watch & Friends',
      language: 'en-US',
      topics: ['Top News'],
      text: 'Respected Comrade Kim Jong Un visited the farm.\n\nHe praised the & workers.',
      origin: { location: 'feed.xml', record: 1 },
    });
  });

  it('prefers content:encoded, takes a permalink guid as link and dc:date as date', () => {
    expect(ok(results[1])).toMatchObject({
      url: 'https://example.org/a/2',
      date: '2021-08-02',
      text: 'Full content wins over the description.',
    });
  });

  it('rejects a bad date and an empty item, keeping the rest', () => {
    expect(results[2]).toEqual({
      ok: false,
      rejected: { origin: { location: 'feed.xml', record: 3 }, reason: "bad date 'someday'" },
    });
    expect(results[3]).toEqual({
      ok: false,
      rejected: { origin: { location: 'feed.xml', record: 4 }, reason: 'empty text' },
    });
  });

  it('keeps numeric-looking titles as text', () => {
    expect(ok(results[4]).title).toBe('2024');
  });
});

describe('parseFeed (Atom)', () => {
  const results = parseFeed(ATOM, 'feed.atom');

  it('reads entries: alternate link, updated date as printed, HTML title and content', () => {
    expect(results).toHaveLength(2);
    expect(ok(results[0])).toMatchObject({
      title: 'Talks Resume',
      url: 'https://example.org/atom/1',
      date: '2024-03-05',
      sourceName: 'Example Atom',
      language: 'en',
      text: 'The talks resumed on Tuesday.\n\nBoth sides spoke.',
    });
    expect(ok(results[1])).toMatchObject({
      url: 'https://example.org/atom/2',
      date: '2024-03-06',
      text: 'Only a summary is present in this entry.',
    });
  });
});

describe('parseFeed on other documents', () => {
  it('rejects XML that is not a feed, naming the location', () => {
    expect(parseFeed('<?xml version="1.0"?><html><body/></html>', 'x.xml')).toEqual([
      {
        ok: false,
        rejected: {
          origin: { location: 'x.xml' },
          reason: 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)',
        },
      },
    ]);
    expect(parseFeed('', 'empty.xml')).toHaveLength(1);
  });

  it('reads an RDF (RSS 1.0) feed and an empty channel', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel><title>RDF Feed</title></channel>
      <item><title>R1</title><link>https://example.org/r1</link><description>Body of the first item.</description></item>
    </rdf:RDF>`;
    expect(ok(parseFeed(rdf, 'r.rdf')[0])).toMatchObject({ title: 'R1', sourceName: 'RDF Feed' });
    expect(parseFeed('<rss><channel><title>Nothing</title></channel></rss>', 'e.rss')).toEqual([]);
  });

  it('keeps a title-and-link entry, its title as text, only when asked (the collector fetches its page)', () => {
    const rss = `<rss><channel><title>Links</title>
      <item><title>Linked</title><link>https://example.org/l1</link></item>
      <item><title>Unsafe</title><link>javascript:alert(1)</link></item>
    </channel></rss>`;
    const asked = parseFeed(rss, 'l.rss', { titleOnlyEntries: true });
    expect(asked.map((r) => (r.ok ? r.article.text : r.rejected.reason))).toEqual([
      'Linked',
      'empty text',
    ]);
    expect(parseFeed(rss, 'l.rss').map((r) => r.ok)).toEqual([false, false]);
  });

  it('sniffs feeds', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<html></html>')).toBe(false);
  });
});
