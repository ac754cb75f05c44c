import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../types';
import { extractArticle } from './extract-article';

// The seed page lives outside the repo (never copied in); the test reads it where it is.
const seedPath = fileURLToPath(
  new URL('../../../shared/seeds/kcna-watch-page-2021-08-01.txt', import.meta.url),
);
const haveSeed = existsSync(seedPath);

/** Builds the RawArticle by hand from the seed: body = paragraphs between the Date line and `More From`. */
function seedArticle(): RawArticle {
  const lines = readFileSync(seedPath, 'utf8')
    .split('\n')
    .map((l) => l.trim());
  const dateLine = lines.findIndex((l) => l.startsWith('Date:'));
  const moreFrom = lines.findIndex((l) => l.startsWith('More From'));
  const body = lines.slice(dateLine + 1, moreFrom).filter((l) => l !== '');
  return {
    title: lines[dateLine - 1] ?? lines[2] ?? '',
    date: '2021-08-01',
    sourceName: 'Ministry of Foreign Affairs (EN)',
    sourceLine: lines[dateLine],
    language: 'en',
    text: body.join('\n\n'),
    related: [{ title: 'Growing Discord within EU', date: '2025-07-03' }],
    origin: { location: seedPath },
  };
}

describe.skipIf(!haveSeed)('extractArticle on the seed page', () => {
  const raw = haveSeed ? seedArticle() : undefined;
  const article = raw === undefined ? undefined : extractArticle(raw);

  it('finds the expected actors, one canonical key each', () => {
    const keys = article?.actors.map((a) => a.key) ?? [];
    for (const key of [
      'country:united-states',
      'country:china',
      'organization:european-union',
      'organization:nato',
      'organization:microsoft',
      'outlet:global-times',
      'person:edward-snowden',
      'organization:foreign-ministry-of-china',
    ]) {
      expect(keys).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    const snowden = article?.actors.find((a) => a.key === 'person:edward-snowden');
    expect(snowden?.name).toBe('Edward Snowden');
    const ministry = article?.actors.find(
      (a) => a.key === 'organization:foreign-ministry-of-china',
    );
    expect(ministry).toMatchObject({ name: 'Foreign Ministry of China', partOf: 'country:china' });
  });

  it('cites the July 19 and July 20 events at day precision', () => {
    const days = article?.events.filter((e) => e.precision === 'day').map((e) => e.date);
    expect(days).toEqual(['2021-07-19', '2021-07-20']);
    expect(article?.events.find((e) => e.date === '2021-07-19')?.actorKeys).toEqual(
      expect.arrayContaining([
        'country:united-states',
        'organization:european-union',
        'organization:nato',
        'country:china',
      ]),
    );
  });

  it('attributes statements to the Chinese foreign ministry and to Global Times', () => {
    const speakers = new Set(article?.quotes.map((q) => `${q.actorKey}|${q.kind}`));
    expect(speakers).toEqual(
      new Set([
        'organization:foreign-ministry-of-china|ATTRIBUTES',
        'outlet:global-times|ATTRIBUTES',
      ]),
    );
  });

  it('extracts the epithets as narratives', () => {
    const keys = article?.narratives.map((n) => n.key) ?? [];
    // A single scare-quoted word counts (docs/annotation-rules.md); a quoted proper name does not.
    expect(keys).toEqual(
      expect.arrayContaining(['hacking-empire', 'global-chieftain-of-hackers', 'demonize']),
    );
    expect(keys).not.toContain('global-times');
  });

  it('gives evidence offsets into the article text', () => {
    if (article === undefined) throw new Error('no article');
    const evidences = [
      ...article.actors.map((a) => a.evidence),
      ...article.quotes.map((q) => q.evidence),
      ...article.events.map((e) => e.evidence),
      ...article.narratives.map((n) => n.evidence),
    ];
    for (const ev of evidences) {
      expect(article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
      expect(ev.confidence).toBeGreaterThan(0);
      expect(ev.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('assembles keys, hash, source and related', () => {
    expect(article?.key).toMatch(/^h:[0-9a-f]{32}$/);
    expect(article?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article?.source).toEqual({
      key: 'ministry-of-foreign-affairs-en',
      name: 'Ministry of Foreign Affairs (EN)',
      // The text never names its publisher: the page's Date line is what does.
      evidence: {
        sentence:
          'Date: 01/08/2021 | Source: Ministry of Foreign Affairs (EN) | Read original version at source',
        start: 0,
        end: 0,
        extractor: 'source/header',
        confidence: 1,
      },
    });
    expect(article?.related[0]?.key).toMatch(/^h:/);
  });
});

describe('extractArticle', () => {
  const raw: RawArticle = {
    title: 'Papers on drills',
    date: '2011-08-16',
    url: 'http://example.org/a?utm_source=x',
    text: 'Pyongyang, August 16 (KCNA) -- Rodong Sinmun says that the drills of August 10 are a provocation.',
    origin: { location: 'test' },
  };

  it('is deterministic and keeps the dateline out of actors and events', () => {
    const a = extractArticle(raw);
    expect(extractArticle(raw)).toEqual(a);
    expect(a.key).toBe('http://example.org/a');
    expect(a.actors.map((x) => x.key)).toEqual(['outlet:rodong-sinmun']);
    expect(a.events.map((e) => e.date)).toEqual(['2011-08-10']);
    expect(a.quotes.map((q) => q.actorKey)).toEqual(['outlet:rodong-sinmun']);
  });

  it('extracts no quotes from non-English text, Spanish events and epithets only, and keeps its sections', () => {
    const a = extractArticle({
      ...raw,
      language: 'es',
      topics: ['Mundo'],
      text: 'Rodong Sinmun dijo el 10 de agosto que es "amenaza".',
    });
    expect(a.quotes).toEqual([]);
    expect(a.events.map((e) => [e.date, e.dateText])).toEqual([['2011-08-10', 'el 10 de agosto']]);
    expect(a.narratives.map((n) => n.label)).toEqual(['amenaza']);
    expect(a.sections).toEqual(['mundo']);
    const french = extractArticle({
      ...raw,
      language: 'fr',
      text: 'Il a dit le 10 août: "menace".',
    });
    expect([french.events, french.narratives]).toEqual([[], []]);
  });

  it('is fast enough for the 11k-article corpus', () => {
    const long = { ...raw, text: raw.text.repeat(20) };
    extractArticle(long);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) extractArticle(long);
    expect((performance.now() - t0) / 20).toBeLessThan(30);
  });
});

describe('extractArticle on an unbroken run of millions of letters', () => {
  it('reads it without overflowing the regex stack and stores the text as given', () => {
    // V8 overflows near 8M letters in one `[\p{L}\p{N}]+` match.
    const text = `Kim Jong Un spoke. ${'한'.repeat(9_000_000)}`;
    const article = extractArticle({
      title: 'Run',
      date: '2024-01-01',
      language: 'en',
      text,
      origin: { location: 'test' },
    });
    expect([article.text === text, article.actors.map((a) => a.key)]).toEqual([
      true,
      ['person:kim-jong-un'],
    ]);
  });
});
