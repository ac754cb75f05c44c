import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParseResult, RawArticle } from '../types';
import {
  detectRecordLayout,
  parseJsonRecord,
  parseJsonRecords,
  parseJsonText,
  readJsonCorpus,
  repairGluedNames,
  stripEndMarks,
} from './json-corpus';

const KCNA_2024_PATH = fileURLToPath(
  new URL('../../../shared/corpus/kcna-2024.json', import.meta.url),
);

function ok(result: ParseResult | undefined): RawArticle {
  if (result === undefined || !result.ok) {
    throw new Error(`expected an article, got ${JSON.stringify(result)}`);
  }
  return result.article;
}

const ROW_2024 = {
  topic: 'Top News',
  headline: 'Respected Comrade Kim Jong Un Visits Factory',
  link: 'http://www.kcna.kp/en/article/q/aaa.kcmsf',
  date: 1720915200000,
  date_str: '2024-07-14',
  story_text:
    'Pyongyang, July 13 (KCNA) -- Respected ComradeKim Jong Unwas at the factory.\nPresidentKim Il Sungand ChairmanKim Jong Ilon the wall. -0-',
};

async function collect(source: AsyncIterable<ParseResult>): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const result of source) results.push(result);
  return results;
}

describe('repairGluedNames / stripEndMarks', () => {
  it('inserts spaces at glued leader names only', () => {
    expect(repairGluedNames('Respected ComradeKim Jong Unwas there')).toBe(
      'Respected Comrade Kim Jong Un was there',
    );
    expect(repairGluedNames('ComradesKim Il SungandKim Jong Il')).toBe(
      'Comrades Kim Il Sung and Kim Jong Il',
    );
    expect(repairGluedNames('at Kim Il SungUniversity and HEKim Jong Un.')).toBe(
      'at Kim Il Sung University and HE Kim Jong Un.',
    );
    expect(repairGluedNames("SecretaryKim Yo Jong's statement")).toBe(
      "Secretary Kim Yo Jong's statement",
    );
    // Already spaced, hyphenated and unlisted names stay as they are.
    const untouched =
      'Kim Il Sung-Kim Jong Il Foundation; Kim Tok Hun said; Kimjongilism; Kim Jong Un.';
    expect(repairGluedNames(untouched)).toBe(untouched);
  });

  it('strips the KCNA end mark and the stray comma line', () => {
    expect(stripEndMarks('The end. -0-')).toBe('The end.');
    expect(stripEndMarks('The end.\n\n,')).toBe('The end.');
    expect(stripEndMarks('The end.-0-')).toBe('The end.');
    expect(stripEndMarks('He said "no."-0-')).toBe('He said "no."');
    expect(stripEndMarks('Score 3-0-1 stays')).toBe('Score 3-0-1 stays');
  });
});

describe('detectRecordLayout', () => {
  it('tells the layouts apart per record', () => {
    expect(detectRecordLayout(ROW_2024)).toBe('kcna-2024');
    expect(
      detectRecordLayout({
        date: '2011-12-01',
        title: 't',
        url: 'http://www.kcna.co.jp/item/x.html',
        text: 'x',
      }),
    ).toBe('kcna-2011');
    expect(detectRecordLayout({ title: 't', text: 'x', source: 'TASS' })).toBe('generic');
    expect(detectRecordLayout([1])).toBeUndefined();
    expect(detectRecordLayout('text')).toBeUndefined();
  });
});

describe('parseJsonRecord', () => {
  it('reads a kcna-2024 row: repaired names, no end mark, dateline kept, date from the record', () => {
    const article = ok(parseJsonRecord(ROW_2024, { location: 'f.json', record: 1 }));
    expect(article).toMatchObject({
      title: 'Respected Comrade Kim Jong Un Visits Factory',
      date: '2024-07-14',
      sourceName: 'KCNA',
      url: 'http://www.kcna.kp/en/article/q/aaa.kcmsf',
      topics: ['Top News'],
      language: 'en',
      origin: { location: 'f.json', record: 1 },
      text: 'Pyongyang, July 13 (KCNA) -- Respected Comrade Kim Jong Un was at the factory.\n\nPresident Kim Il Sung and Chairman Kim Jong Il on the wall.',
    });
  });

  it("rejects a kcna-2024 row without story_text as 'no text'", () => {
    expect(
      parseJsonRecord({ ...ROW_2024, story_text: '' }, { location: 'f.json', record: 7 }),
    ).toEqual({
      ok: false,
      rejected: { origin: { location: 'f.json', record: 7 }, reason: 'no text' },
    });
  });

  it('cleans a kcna-2024 headline carrying raw whitespace and a Juche stamp', () => {
    const article = ok(
      parseJsonRecord(
        { ...ROW_2024, headline: "Lunar New Year's Day\r\n\t\t\n[Juche113.2.11.]" },
        { location: 'f', record: 1 },
      ),
    );
    expect(article.title).toBe("Lunar New Year's Day");
  });

  it('reads a kcna-2011 record: paragraphs, KCNA, and no day-index URL', () => {
    const article = ok(
      parseJsonRecord(
        {
          date: '2011-12-01',
          title: 'Kim Jong Il Congratulates Lao President',
          url: 'http://www.kcna.co.jp/item/2011/201112/2011-12-01ee.html',
          text: 'General Secretary Kim Jong Il sent a message.\r\nThe message said:\nI extend warm congratulations.\n\n,',
        },
        { location: 'f.jsonl', record: 3 },
      ),
    );
    expect(article).toMatchObject({
      title: 'Kim Jong Il Congratulates Lao President',
      date: '2011-12-01',
      sourceName: 'KCNA',
      text: 'General Secretary Kim Jong Il sent a message.\n\nThe message said:\n\nI extend warm congratulations.',
    });
    expect(article.url).toBeUndefined();
  });

  it('splits the kcna-2011 lead paragraph joined to the rest by `.,  `, and only that join', () => {
    const article = ok(
      parseJsonRecord(
        {
          date: '2011-02-17',
          title: 'Damage by Heavy Snowfall Grows in S. Korea',
          url: 'http://www.kcna.co.jp/item/2011/201102/2011-02-17ee.html',
          text: 'Damage is increasing, according to KBS.,  At least 460 villages collapsed.\nThe Interpetrol Co., Ltd. sent a wreath.,  Then.\n\n,',
        },
        { location: 'f.jsonl', record: 4 },
      ),
    );
    expect(article.text).toBe(
      'Damage is increasing, according to KBS.\n\nAt least 460 villages collapsed.\n\nThe Interpetrol Co., Ltd. sent a wreath., Then.',
    );
  });

  it('rejects kcna-2011 records with a bad date or no title; titleFromText rescues the latter', () => {
    const base = {
      url: 'http://www.kcna.co.jp/item/2011/a.html',
      text: 'The park is progressing apace in Korea. More text.',
    };
    const badDate = parseJsonRecord(
      { ...base, date: '2011-02-30', title: 'T' },
      { location: 'f', record: 1 },
    );
    expect(badDate.ok ? '' : badDate.rejected.reason).toBe('bad date "2011-02-30"');
    const untitled = parseJsonRecord(
      { ...base, date: '2011-02-03', title: '' },
      { location: 'f', record: 2 },
    );
    expect(untitled.ok ? '' : untitled.rejected.reason).toBe('missing title');
    const rescued = ok(
      parseJsonRecord(
        { ...base, date: '2011-02-03', title: '' },
        { location: 'f', record: 2 },
        { titleFromText: true },
      ),
    );
    expect(rescued.title).toBe('The park is progressing apace in Korea.');
  });

  it('reads a generic record with its own language and source', () => {
    const article = ok(
      parseJsonRecord(
        {
          title: 'Заголовок',
          date: '2022-03-04T10:00:00Z',
          source: 'TASS',
          url: 'https://tass.ru/x',
          text: 'Первый абзац.\n\nВторой абзац.',
          language: 'ru',
        },
        { location: 'g.jsonl', record: 1 },
      ),
    );
    expect(article).toMatchObject({
      title: 'Заголовок',
      date: '2022-03-04',
      sourceName: 'TASS',
      language: 'ru',
      text: 'Первый абзац.\n\nВторой абзац.',
    });
  });

  it("detects the language of an undeclared non-English generic record; empty text is 'empty text'", () => {
    const foreign = ok(
      parseJsonRecord(
        { title: 'T', text: 'Это текст на русском языке о переговорах.' },
        { location: 'g' },
      ),
    );
    expect(foreign.language).toBe('ru');
    const empty = parseJsonRecord({ title: 'T', text: '   \n ' }, { location: 'g', record: 4 });
    expect(empty).toEqual({
      ok: false,
      rejected: { origin: { location: 'g', record: 4 }, reason: 'empty text' },
    });
    const missing = parseJsonRecord({ text: 'Body.' }, { location: 'g', record: 5 });
    expect(missing.ok ? '' : missing.rejected.reason).toBe('missing title');
    const badDate = parseJsonRecord(
      { title: 'T', text: 'Body.', date: 'soon' },
      { location: 'g', record: 6 },
    );
    expect(badDate.ok ? '' : badDate.rejected.reason).toBe('bad date "soon"');
  });
});

describe('parseJsonRecords (kcna-2024 merge)', () => {
  it('merges the same story under several topics (by link or by identical content), keeping order', () => {
    const rows = [
      ROW_2024,
      { ...ROW_2024, topic: 'Latest News' },
      {
        ...ROW_2024,
        headline: 'Another story',
        link: 'http://www.kcna.kp/en/article/q/bbb.kcmsf',
        story_text: 'Other text of a story here.',
      },
      { ...ROW_2024, topic: 'Home News', link: 'http://www.kcna.kp/en/article/q/ccc.kcmsf' },
      { ...ROW_2024, topic: 'Video', story_text: '' },
    ];
    const results = [...parseJsonRecords(rows, 'f.json')];
    expect(results).toHaveLength(3);
    const first = ok(results[0]);
    expect(first.topics).toEqual(['Top News', 'Latest News', 'Home News']);
    expect(first.origin).toEqual({ location: 'f.json', record: 1 });
    expect(ok(results[1]).title).toBe('Another story');
    expect(results[2]).toEqual({
      ok: false,
      rejected: { origin: { location: 'f.json', record: 5 }, reason: 'no text' },
    });
  });

  it('keeps the longer text when a link was re-published with edits', () => {
    const results = [
      ...parseJsonRecords(
        [
          ROW_2024,
          { ...ROW_2024, topic: 'World', story_text: `${ROW_2024.story_text} Added sentence.` },
        ],
        'f.json',
      ),
    ];
    expect(results).toHaveLength(1);
    expect(ok(results[0]).text).toMatch(/Added sentence\.$/);
  });
});

describe('parseJsonText', () => {
  it('reads JSONL, reporting a bad line by number while the rest parse', () => {
    const text = [
      JSON.stringify({ title: 'One', text: 'First text is here.' }),
      '{not json',
      '',
      JSON.stringify({ title: 'Three', text: 'Third text is here.' }),
      '42',
    ].join('\n');
    const results = [...parseJsonText(text, 'x.jsonl')];
    expect(
      results.map((r) =>
        r.ok ? r.article.title : `${r.rejected.origin.record}:${r.rejected.reason.split(':')[0]}`,
      ),
    ).toEqual(['One', '2:invalid JSON line', 'Three', '5:record is not a JSON object']);
  });

  it('reads a single object and rejects an empty or truncated array', () => {
    expect(
      ok([...parseJsonText('{\n "title": "Solo",\n "text": "Only text."\n}', 's.json')][0]).title,
    ).toBe('Solo');
    expect([...parseJsonText('', 'e.json')]).toEqual([
      { ok: false, rejected: { origin: { location: 'e.json' }, reason: 'empty file' } },
    ]);
    const truncated = [...parseJsonText('[{"title": "A"', 't.json')];
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.ok).toBe(false);
  });
});

describe('readJsonCorpus', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'narragraph-json-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('streams JSONL line by line with record numbers and byte progress', async () => {
    const path = join(dir, 'mixed.jsonl');
    const lines = [
      JSON.stringify({
        date: '2011-01-02',
        title: 'A',
        url: 'http://www.kcna.co.jp/item/2011/201101/2011-01-02ee.html',
        text: 'Text A here.',
      }),
      '{"broken": ',
      JSON.stringify({ title: 'B', text: 'Text B here.', source: 'Xinhua', date: 'Jan 3, 2011' }),
    ];
    await writeFile(path, `${lines.join('\r\n')}\r\n`);
    let bytes = 0;
    const results = await collect(readJsonCorpus(path, { onBytes: (n) => (bytes += n) }));
    expect(
      results.map((r) => (r.ok ? r.article.origin.record : -(r.rejected.origin.record ?? 0))),
    ).toEqual([1, -2, 3]);
    expect(ok(results[2])).toMatchObject({ sourceName: 'Xinhua', date: '2011-01-03' });
    expect(bytes).toBeGreaterThan(0);
  });

  it('reads a JSON array file whole with the kcna-2024 merge', async () => {
    const path = join(dir, 'array.json');
    await writeFile(path, JSON.stringify([ROW_2024, { ...ROW_2024, topic: 'World' }]));
    const results = await collect(readJsonCorpus(path));
    expect(results).toHaveLength(1);
    expect(ok(results[0]).topics).toEqual(['Top News', 'World']);
  });

  it.skipIf(!existsSync(KCNA_2024_PATH))('parses the real kcna-2024 corpus', async () => {
    const results = await collect(readJsonCorpus(KCNA_2024_PATH));
    const articles = results.filter((r) => r.ok);
    const rejected = results.filter((r) => !r.ok);
    expect(rejected).toHaveLength(249);
    expect(rejected.every((r) => !r.ok && r.rejected.reason === 'no text')).toBe(true);
    // ~1,059 distinct texts; 20 links were re-published with edits and count once.
    expect(articles.length).toBeGreaterThan(1000);
    expect(articles.length).toBeLessThan(1070);
    for (const result of articles) {
      const article = ok(result);
      expect(article.text).not.toMatch(/\p{Ll}Kim Jong Un|Kim Jong Un\p{Ll}|-0-$/u);
      expect(article.date).toMatch(/^202[34]-\d{2}-\d{2}$/);
    }
  });
});
