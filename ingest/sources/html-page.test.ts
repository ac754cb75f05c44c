import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../types';
import { htmlToParagraphs, htmlToText, parseHtmlPage } from './html-page';

function article(html: string, url?: string): RawArticle {
  const result = parseHtmlPage(html, { location: 'page.html' }, url ? { url } : {});
  if (!result.ok) throw new Error(`expected an article, got: ${result.rejected.reason}`);
  return result.article;
}

/** Shaped like a kcna.kp article page: styled leader-name spans, Juche date, chrome around. */
const KCNA_KP = `<!DOCTYPE html>
<html lang="en"><head><title>KCNA | Article</title>
<script>var tracker = "Comrade should never appear";</script>
<style>.x { color: red }</style></head>
<body>
<nav><ul><li><a href="/en">Home</a></li><li><a href="/en/news">News</a></li></ul></nav>
<div class="article-main-title">Respected Comrade<span class="name">Kim Jong Un</span>Inspects Factory
  <span class="publish-time">[Juche113.2.11.]</span></div>
<div class="content-wrapper">
  <p>Pyongyang, February 11 (KCNA) -- Respected Comrade<span style="font-weight:bold">Kim Jong Un</span>was
  at the factory on Sunday&nbsp;morning.</p>
  <p>He said the workers&rsquo; efforts &amp; results were <em>excellent</em>, marking the 10<sup>th</sup> plan.</p>
  <p><span class="dropcap">T</span>he visit ended at noon. -0-</p>
</div>
<div class="related-articles"><h3>Related</h3><ul>
  <li><a href="/en/article/q/abc.kcmsf">Other Story One</a> <time datetime="2024-02-10">Feb 10</time></li>
  <li><a href="https://www.kcna.kp/en/article/q/def.kcmsf">Other Story Two</a></li>
</ul></div>
<footer><p>Copyright KCNA. All rights reserved. This footer paragraph is long enough to matter.</p></footer>
</body></html>`;

describe('htmlToParagraphs', () => {
  it('does not glue words across inline element boundaries', () => {
    expect(htmlToText('<p>Comrade<span class="a">Kim Jong Un</span>was there</p>')).toBe(
      'Comrade Kim Jong Un was there',
    );
    expect(htmlToText('<p><b>Bold</b><i>italic</i> and <a href="#">link</a>.</p>')).toBe(
      'Bold italic and link.',
    );
  });

  it('keeps words whole where markup splits them on purpose', () => {
    expect(htmlToText('<p>the 9<sup>th</sup> anniversary, H<sub>2</sub>O</p>')).toBe(
      'the 9th anniversary, H2O',
    );
    expect(htmlToText('<p><span class="dropcap">T</span>he start</p>')).toBe('The start');
    expect(htmlToText("<p>Kim<span>'s</span> work, (<span>KCNA</span>)</p>")).toBe(
      "Kim's work, (KCNA)",
    );
  });

  it('breaks paragraphs at block elements and <br>, decodes entities, drops scripts', () => {
    expect(
      htmlToParagraphs(
        '<div>One &amp; two<br>three</div><script>alert(1)</script><style>p{}</style><ul><li>a&#39;b</li><li>&eacute;t&eacute;</li></ul>',
      ),
    ).toEqual(['One & two', 'three', "a'b", 'été']);
  });

  it('returns nothing for empty markup', () => {
    expect(htmlToParagraphs('')).toEqual([]);
    expect(htmlToParagraphs('<div> <span> </span> </div>')).toEqual([]);
  });
});

describe('parseHtmlPage', () => {
  it('reads a kcna.kp-style page: title, Juche date, source, unglued body, related', () => {
    const page = article(KCNA_KP, 'http://www.kcna.kp/en/article/q/xyz.kcmsf');
    expect(page.title).toBe('Respected Comrade Kim Jong Un Inspects Factory');
    expect(page.date).toBe('2024-02-11');
    expect(page.sourceName).toBe('KCNA');
    expect(page.url).toBe('http://www.kcna.kp/en/article/q/xyz.kcmsf');
    expect(page.language).toBe('en');
    expect(page.text).toBe(
      [
        'Pyongyang, February 11 (KCNA) -- Respected Comrade Kim Jong Un was at the factory on Sunday morning.',
        'He said the workers’ efforts & results were excellent, marking the 10th plan.',
        'The visit ended at noon. -0-',
      ].join('\n\n'),
    );
    expect(page.text).not.toMatch(/tracker|Home|Copyright|Other Story/);
    expect(page.related).toEqual([
      {
        title: 'Other Story One',
        url: 'http://www.kcna.kp/en/article/q/abc.kcmsf',
        date: '2024-02-10',
      },
      { title: 'Other Story Two', url: 'https://www.kcna.kp/en/article/q/def.kcmsf' },
    ]);
  });

  it('falls back to the densest block of paragraphs and meta tags', () => {
    const page = article(`<html><head>
      <meta property="og:title" content="Meta Title">
      <meta property="og:site_name" content="Some Outlet">
      <meta property="article:published_time" content="2021-08-01T09:00:00+09:00">
      </head><body>
      <div class="sidebar"><p><a href="/a">A link</a></p><p><a href="/b">Another link teaser</a></p></div>
      <div class="story">
        <p>The first real paragraph of the story, long enough to count as prose.</p>
        <p>The second real paragraph follows with more words in it.</p>
      </div></body></html>`);
    expect(page).toMatchObject({
      title: 'Meta Title',
      date: '2021-08-01',
      sourceName: 'Some Outlet',
      text: 'The first real paragraph of the story, long enough to count as prose.\n\nThe second real paragraph follows with more words in it.',
    });
  });

  it('reads a KCNA Watch page: day-first Date line, More From list', () => {
    const page = article(
      `<html><body><article>
      <h1>U.S. and West Hammered</h1>
      <div class="meta">Date: 01/08/2021 | Source: Ministry of Foreign Affairs (EN) | Read original version at source</div>
      <p>Recently, the cyber security issue is furthering the confrontation.</p>
      <p>On July 19, the Western forces blamed China.</p>
      </article>
      <section><h3>More From Ministry of Foreign Affairs (EN)</h3>
      <ul><li><a href="https://kcnawatch.org/newstream/1">Growing Discord within EU</a><p>Discord within the European Union deepens</p><span>July 03, 2025</span></li></ul>
      </section></body></html>`,
      'https://kcnawatch.org/newstream/0',
    );
    expect(page.title).toBe('U.S. and West Hammered');
    expect(page.date).toBe('2021-08-01');
    expect(page.sourceName).toBe('Ministry of Foreign Affairs (EN)');
    expect(page.text).toBe(
      'Recently, the cyber security issue is furthering the confrontation.\n\nOn July 19, the Western forces blamed China.',
    );
    expect(page.related).toEqual([
      {
        title: 'Growing Discord within EU',
        url: 'https://kcnawatch.org/newstream/1',
        date: '2025-07-03',
        teaser: 'Discord within the European Union deepens',
        sourceName: 'Ministry of Foreign Affairs (EN)',
      },
    ]);
  });

  it('rejects a page with no body text as empty text, and one with no title as missing title', () => {
    const empty = parseHtmlPage('<html><body><h1>Only a title</h1></body></html>', {
      location: 'e.html',
    });
    expect(empty).toEqual({
      ok: false,
      rejected: { origin: { location: 'e.html' }, reason: 'empty text' },
    });
    const untitled = parseHtmlPage('<html><body><p>Text but no title anywhere.</p></body></html>', {
      location: 'u.html',
    });
    expect(untitled.ok).toBe(false);
    if (!untitled.ok) expect(untitled.rejected.reason).toBe('missing title');
  });

  it('does not throw on broken markup', () => {
    const page = article(
      '<html><body><h1>Broken</h1><p>Unclosed <b>bold paragraph text here<div>more',
    );
    expect(page.title).toBe('Broken');
    expect(page.text).toMatch(/^Unclosed bold paragraph text here/);
    // Unclosed headings swallow the page; the parser must still answer, not throw.
    const swallowed = parseHtmlPage('<html><body><h1>Broken<p>Unclosed', { location: 'b.html' });
    expect(typeof swallowed.ok).toBe('boolean');
  });

  it('uses the declared page language', () => {
    const page = article(
      '<html lang="ko"><body><h1>제목</h1><article><p>본문 텍스트입니다. 더 많은 텍스트.</p></article></body></html>',
    );
    expect(page.language).toBe('ko');
  });
});

describe('parseHtmlPage related detection', () => {
  it('does not mistake a wrapper whose class mentions "related" for a related list', () => {
    const result = parseHtmlPage(
      `<html><body class="page has-related"><div class="wrap related-wrap"><h1>Wrapped Title</h1>
        <article><p>The article body must survive the related-list removal step.</p></article>
        <ul class="related-links"><li><a href="/x">Link one</a></li></ul></div></body></html>`,
      { location: 'w.html' },
      { url: 'https://example.org/a' },
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toBe(
        'The article body must survive the related-list removal step.',
      );
      expect(result.article.related).toEqual([{ title: 'Link one', url: 'https://example.org/x' }]);
    }
  });
});
