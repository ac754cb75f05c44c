import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawArticle } from '../types';
import { looksLikePageText, parsePageText, parseRelatedList } from './page-text';

/** The shared data sits next to the repository; tests that need it skip where it is absent. */
const SEED_PATH = fileURLToPath(
  new URL('../../../shared/seeds/kcna-watch-page-2021-08-01.txt', import.meta.url),
);
const hasSeed = existsSync(SEED_PATH);

function article(text: string): RawArticle {
  const result = parsePageText(text, { location: 'fixture.txt' });
  if (!result.ok) throw new Error(`expected an article, got: ${result.rejected.reason}`);
  return result.article;
}

const FIXTURE = [
  'March 02, 2024Mar 02, 2024',
  '',
  'KCNA Rodong Sinmun',
  '',
  'Imperialists Will Never Change',
  '',
  'Date: 05/03/2024 | Source: Rodong Sinmun | Read original version at source',
  '',
  'First paragraph of the body.',
  '',
  '   Second   paragraph\u00a0with  odd spacing.  ',
  '',
].join('\n');

describe('parsePageText on the seed page', () => {
  it.skipIf(!hasSeed)('reads title, day-first date, source and body', () => {
    const seed = article(readFileSync(SEED_PATH, 'utf8'));
    expect(seed.title).toBe('U.S. and West Hammered for Claiming About China’s Cyber Threats');
    expect(seed.date).toBe('2021-08-01');
    expect(seed.sourceName).toBe('Ministry of Foreign Affairs (EN)');
    expect(seed.sourceLine).toBe(
      'Date: 01/08/2021 | Source: Ministry of Foreign Affairs (EN) | Read original version at source',
    );
    expect(seed.language).toBe('en');
    const paragraphs = seed.text.split('\n\n');
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toMatch(/^Recently, the cyber security issue/);
    expect(paragraphs[1]).toMatch(/^On July 19, the Western forces/);
    expect(seed.text).not.toMatch(/More From|More Articles|Growing Discord/);
  });

  it.skipIf(!hasSeed)('reads the ten More From items with title, ISO date, teaser, source', () => {
    const related = article(readFileSync(SEED_PATH, 'utf8')).related ?? [];
    expect(related).toHaveLength(10);
    expect(related[0]).toEqual({
      title: 'Growing Discord within EU',
      date: '2025-07-03',
      teaser:
        'Discord within the European Union deepens as some members stated that they will block any new EU sanctions against Russian banks',
      sourceName: 'Ministry of Foreign Affairs (EN)',
    });
    expect(related[9]?.title).toBe('Chinese Embassy in DPRK Hosts Reception');
    expect(related[9]?.date).toBe('2025-06-18');
    for (const item of related) {
      expect(item.date).toMatch(/^2025-0[67]-\d{2}$/);
      expect(item.teaser).toBeTruthy();
      expect(item.sourceName).toBe('Ministry of Foreign Affairs (EN)');
    }
  });
});

describe('parsePageText on fixtures', () => {
  it('parses a page without a More From list: no related', () => {
    const page = article(FIXTURE);
    expect(page).toMatchObject({
      title: 'Imperialists Will Never Change',
      date: '2024-03-05',
      sourceName: 'Rodong Sinmun',
      text: 'First paragraph of the body.\n\nSecond paragraph with odd spacing.',
      origin: { location: 'fixture.txt' },
    });
    expect(page.related).toBeUndefined();
  });

  it('rejects a page without a Date line, with a clear reason', () => {
    const result = parsePageText('Some title\n\nSome body text here.', { location: 'x.txt' });
    expect(result).toEqual({
      ok: false,
      rejected: {
        origin: { location: 'x.txt' },
        reason: expect.stringContaining("no 'Date: DD/MM/YYYY | Source: ...' line") as string,
      },
    });
  });

  it('rejects an impossible date instead of guessing month-first', () => {
    const result = parsePageText(FIXTURE.replace('05/03/2024', '13/13/2024'), { location: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected.reason).toBe("bad date '13/13/2024' in the Date: line");
  });

  it('rejects an empty body as empty text', () => {
    const result = parsePageText(
      'Title\nDate: 01/08/2021 | Source: KCNA\nMore From KCNA\nOther\nOther\nJuly 01, 2021',
      { location: 'x' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected.reason).toBe('empty text');
  });

  it('rejects a page with no title line', () => {
    const result = parsePageText('Date: 01/08/2021 | Source: KCNA\nBody.', { location: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejected.reason).toBe('missing title');
  });

  it('keeps a title that starts with KCNA and falls back to the site line for the source', () => {
    const page = article(
      'KCNA Commentary on Japan\nDate: 02/01/2024\nThe body text of the commentary is here.',
    );
    expect(page.title).toBe('KCNA Commentary on Japan');
    expect(page.date).toBe('2024-01-02');
    expect(page.sourceName).toBeUndefined();
  });

  it('handles CRLF line endings and a BOM', () => {
    const page = article(`\ufeff${FIXTURE.replace(/\n/g, '\r\n')}`);
    expect(page.title).toBe('Imperialists Will Never Change');
  });

  it('sniffs the layout', () => {
    expect(looksLikePageText(FIXTURE)).toBe(true);
    expect(looksLikePageText('<html></html>')).toBe(false);
  });
});

describe('parseRelatedList', () => {
  it('tolerates items without repeat, teaser or date', () => {
    const items = parseRelatedList(
      [
        'A title',
        'A title',
        'A teaser',
        'July 03, 2025',
        'A teaser',
        'No repeat title',
        'June 01, 2025',
        'Doubled only',
        'Doubled only',
        'Last title',
        'Last title',
        'Last teaser',
      ],
      'KCNA',
    );
    expect(items).toEqual([
      { title: 'A title', date: '2025-07-03', teaser: 'A teaser', sourceName: 'KCNA' },
      { title: 'No repeat title', date: '2025-06-01', sourceName: 'KCNA' },
      { title: 'Doubled only', sourceName: 'KCNA' },
      { title: 'Last title', teaser: 'Last teaser', sourceName: 'KCNA' },
    ]);
  });
});
