/**
 * Property-based fuzzing of the source parsers: whatever bytes arrive (a truncated download, a
 * mis-encoded file, a hostile page), a parser must return its normal result or a rejection that
 * names the problem, never throw, and never spend seconds on one input.
 *
 * Reproduce a failure with the seed fast-check prints: `FUZZ_SEED=<seed> npx vitest run --project
 * unit ingest/sources/parsers.fuzz.test.ts`. `FUZZ_SCALE=10` runs ten times as many cases.
 */
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../types';
import { collapseWhitespace } from './article-result';
import {
  isoDate,
  parseDayFirstDate,
  parseJucheDate,
  parseLooseDate,
  parseMonthNameDate,
} from './dates';
import { looksLikeFeed, parseFeed } from './feed';
import { htmlToParagraphs, parseHtmlPage } from './html-page';
import {
  parseJsonRecord,
  parseJsonText,
  readJsonCorpus,
  repairGluedNames,
  stripEndMarks,
} from './json-corpus';
import { looksLikePageText, parsePageText } from './page-text';
import { HANG_MS, runs, timed } from '../testing/fuzz-settings';

/** A cheap assertion for hot loops: one `expect` per result makes 30k results take seconds. */
function ensure(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function expectIsoDay(date: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  ensure(
    match !== null &&
      Number(match[1]) >= 1000 &&
      !Number.isNaN(time) &&
      new Date(time).toISOString().slice(0, 10) === date,
    () => `not a real ISO day in 1000-9999: '${date}'`,
  );
}

/** Rejection reasons each parser may give: a reason outside these is a leak, not a verdict. */
const PAGE_REASONS =
  /^(no 'Date: DD\/MM\/YYYY \| Source: \.\.\.' line|bad date '|missing title$|empty text$)/;
const HTML_REASONS = /^(missing title|empty text)$/;
const JSON_REASONS =
  /^(empty file$|invalid JSON: |invalid JSON line: |record is not a JSON object$|missing title$|no text$|empty text$|bad date )/;
const FEED_REASONS =
  /^(invalid XML: |not an RSS or Atom feed|feed item has no fields$|bad date '|missing title$|empty text$)/;

/** The ParseResult contract every parser promises, whatever its input. */
function expectParseResult(result: ParseResult, location: string, reasons: RegExp): void {
  const shown = (): string => JSON.stringify(result).slice(0, 500);
  if (!result.ok) {
    ensure(result.rejected.origin.location === location, () => `wrong origin: ${shown()}`);
    ensure(reasons.test(result.rejected.reason), () => `unexpected reason: ${shown()}`);
    return;
  }
  const article = result.article;
  ensure(article.origin.location === location, () => `wrong origin: ${shown()}`);
  ensure(
    article.title !== '' && article.title === collapseWhitespace(article.title),
    () => `title not collapsed or empty: ${shown()}`,
  );
  ensure(article.text.trim() !== '', () => `empty text accepted: ${shown()}`);
  ensure(typeof article.language === 'string', () => `no language: ${shown()}`);
  if (article.date !== undefined) expectIsoDay(article.date);
  for (const ref of article.related ?? []) {
    ensure(ref.title !== '', () => `untitled related ref: ${shown()}`);
    if (ref.date !== undefined) expectIsoDay(ref.date);
  }
}

function expectRecordNumbers(results: readonly ParseResult[]): void {
  let previous = 0;
  for (const result of results) {
    const record = result.ok ? result.article.origin.record : result.rejected.origin.record;
    if (record === undefined) continue;
    ensure(
      Number.isInteger(record) && record > previous,
      () => `record ${record} after ${previous}`,
    );
    previous = record;
  }
}

// --- Inputs: fixtures always, the real shared data too where it exists ------------------------

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

/** The first `bytes` of a file, cut back to whole lines (the big corpora are read only in part). */
function headLines(path: string, lines: number, bytes = 256 * 1024): string[] {
  const buffer = Buffer.alloc(bytes);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8').split('\n').slice(0, lines);
  } finally {
    closeSync(fd);
  }
}

function sharedOrNothing<T>(relative: string, load: (path: string) => T): T[] {
  const path = join(SHARED, relative);
  return existsSync(path) ? [load(path)] : [];
}

const PAGE_SAMPLES = [
  fixture('watch-page.txt'),
  ...sharedOrNothing('seeds/kcna-watch-page-2021-08-01.txt', (p) => readFileSync(p, 'utf8')),
];
const HTML_SAMPLES = [fixture('article.html')];
const JSON_SAMPLES = [
  fixture('kcna-2024-sample.json'),
  ...sharedOrNothing('corpus/kcna-2024.json', (p) => {
    const rows = JSON.parse(readFileSync(p, 'utf8')) as unknown[];
    return JSON.stringify(rows.slice(0, 6), null, 1);
  }),
];
const JSONL_SAMPLES = [
  fixture('kcna-2011-sample.jsonl'),
  fixture('generic.jsonl'),
  ...sharedOrNothing('corpus/kcna-2011.jsonl', (p) => headLines(p, 5).join('\n')),
];
const FEED_SAMPLES = [fixture('feed.rss'), fixture('feed.atom')];

describe('fuzz seeds', () => {
  // Mutations only mean something when they start from inputs the parsers accept.
  it('parse cleanly before they are cut and mutated', () => {
    for (const page of PAGE_SAMPLES) expect(parsePageText(page, { location: 'p' }).ok).toBe(true);
    for (const html of HTML_SAMPLES) expect(parseHtmlPage(html, { location: 'p' }).ok).toBe(true);
    for (const json of [...JSON_SAMPLES, ...JSONL_SAMPLES]) {
      expect([...parseJsonText(json, 'p')].some((r) => r.ok)).toBe(true);
    }
    for (const feed of FEED_SAMPLES) expect(parseFeed(feed, 'p').some((r) => r.ok)).toBe(true);
  });
});

// --- Arbitraries ------------------------------------------------------------------------------

/** Characters and tokens that mean something to at least one of the layouts. */
const LAYOUT_TOKENS = [
  '<',
  '>',
  '/',
  '</',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '&',
  '&amp;',
  '&#0;',
  '&#x110000;',
  ';',
  '"',
  "'",
  '=',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\ud800',
  '|',
  '[',
  ']',
  '{',
  '}',
  ',',
  ':',
  '-0-',
  'Date: ',
  '| Source: ',
  'More From ',
  'More Articles',
  'KCNA ',
  'Juche',
  '113.2.11.',
  '31/02/2021',
  '01/08/2021',
  'July 03, 2025',
  'Feb 30, 2021',
  '"title":',
  '"text":',
  '"date":',
  '"story_text":',
  'null',
  '1e999',
  '<rss>',
  '<item>',
  '<feed>',
  '<entry>',
  '<p>',
  '<div class="content-wrapper">',
  '<h1>',
  'Kim Jong Un',
  'word',
  'A',
  '0',
  '9',
] as const;

/**
 * Any UTF-16 code units, lone surrogates included. (fast-check's `unit: 'binary'` covers the same
 * ground but spends seconds on its first use.)
 */
const codeUnits = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength })
    .map((units) => String.fromCharCode(...units));

const bytesAs = (encoding: BufferEncoding): fc.Arbitrary<string> =>
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString(encoding));

/** Unicode, lone surrogates, raw bytes read as UTF-8 or Latin-1, and layout-token soup. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  codeUnits(300),
  bytesAs('utf8'),
  bytesAs('latin1'),
  fc.string({ unit: fc.constantFrom(...LAYOUT_TOKENS), maxLength: 120 }),
);

type Edit = readonly [position: number, kind: 'delete' | 'insert' | 'replace', text: string];

/** Cuts a real input at random offsets, then applies random character or byte edits. */
function mutated(bases: readonly string[]): fc.Arbitrary<string> {
  const edit: fc.Arbitrary<Edit> = fc.tuple(
    fc.nat(),
    fc.constantFrom('delete', 'insert', 'replace'),
    fc.oneof(codeUnits(4), fc.constantFrom(...LAYOUT_TOKENS)),
  );
  return fc
    .record({
      base: fc.constantFrom(...bases),
      from: fc.nat(),
      to: fc.nat(),
      cutStart: fc.boolean(),
      edits: fc.array(edit, { maxLength: 6 }),
      byteFlips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    })
    .map(({ base, from, to, cutStart, edits, byteFlips }) => {
      const end = to % (base.length + 1);
      let text = base.slice(cutStart ? Math.min(from % (base.length + 1), end) : 0, end);
      for (const [position, kind, insert] of edits) {
        const at = position % (text.length + 1);
        const tail = kind === 'insert' ? text.slice(at) : text.slice(at + 1);
        text = text.slice(0, at) + (kind === 'delete' ? '' : insert) + tail;
      }
      if (byteFlips.length === 0) return text;
      // Byte edits can split a UTF-8 sequence: the reader then sees U+FFFD, as from a bad download.
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      for (const [position, value] of byteFlips) bytes[position % bytes.length] = value;
      return bytes.toString('utf8');
    });
}

/** Numbers and strings that look like day, month or year fields, valid or not. */
const dateFieldText = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('0000', '0001', '0999', '1000', '1900', '2021', '2024', '9999', '10000', '-1'),
  fc.integer({ min: 0, max: 99999 }).map(String),
);

const oddDateText = fc.oneof(
  fc
    .tuple(dateFieldText, dateFieldText, dateFieldText, fc.constantFrom('/', '.', '-'))
    .map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`),
  fc
    .tuple(
      fc.constantFrom('Feb', 'February', 'Sept.', 'Jun', 'Foo', 'MAY', 'december'),
      dateFieldText,
      dateFieldText,
    )
    .map(([month, d, y]) => `${month} ${d}, ${y}`),
  fc
    .tuple(dateFieldText, fc.constantFrom('Feb', 'August', 'Xyz'), dateFieldText)
    .map(([d, month, y]) => `Sun, ${d} ${month} ${y} 09:00:00 +0900`),
  fc
    .tuple(dateFieldText, dateFieldText, dateFieldText)
    .map(([y, m, d]) => `${y}-${m}-${d}T25:61:00Z`),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), dateFieldText, dateFieldText)
    .map(([j, m, d]) => `[Juche${j}.${m}.${d}.]`),
  fc.constantFrom('', ' ', 'someday', 'NaN', 'Infinity', '99999999999999', '-8640000000000001'),
);

const word = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
const sentence = fc
  .array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 2, maxLength: 12 })
  .map((words) => `${words.join(' ')}.`);

// --- Page text (KCNA Watch layout) --------------------------------------------------------------

describe('parsePageText fuzz', { timeout: 60_000 }, () => {
  const location = 'page.txt';
  const check = (text: string): void => {
    const result = timed('parsePageText', () => parsePageText(text, { location }));
    expectParseResult(result, location, PAGE_REASONS);
    expect(typeof timed('looksLikePageText', () => looksLikePageText(text))).toBe('boolean');
  };

  it('returns an article or a named rejection for arbitrary text', () => {
    fc.assert(fc.property(anyText, check), runs(150));
  });

  it('survives truncation and mutation of real pages', () => {
    expect(PAGE_SAMPLES.length).toBeGreaterThan(0);
    fc.assert(fc.property(mutated(PAGE_SAMPLES), check), runs(120));
  });

  it('survives layout lines with impossible dates, shuffled and repeated', () => {
    const line = fc.oneof(
      fc
        .tuple(oddDateText, fc.string({ maxLength: 20 }), fc.boolean())
        .map(([date, source, tail]) => `Date: ${date} | Source: ${source}${tail ? ' | x' : ''}`),
      oddDateText.map((date) => `Date: ${date}`),
      fc.string({ maxLength: 20 }).map((s) => `More From ${s}`),
      fc.constant('More Articles'),
      fc.string({ maxLength: 20 }).map((s) => `KCNA ${s}`),
      oddDateText,
      fc.constant('July 03, 2025Jul 03, 2025'),
      anyText,
    );
    const page = fc
      .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
      .map(([lines, eol]) => lines.join(eol));
    fc.assert(fc.property(page, check), runs(120));
  });

  it('reads any well-formed page: title, day-first date and body come back', () => {
    const page = fc.record({
      title: fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')),
      day: fc.date({
        min: new Date('1000-01-01'),
        max: new Date('9999-12-31'),
        noInvalidDate: true,
      }),
      body: fc.array(sentence, { minLength: 1, maxLength: 5 }),
      source: word,
    });
    fc.assert(
      fc.property(page, ({ title, day, body, source }) => {
        fc.pre(
          !/^KCNA\b/.test(title) && !body.some((line) => /^more (from|articles)\b/i.test(line)),
        );
        const iso = day.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-');
        const text = [
          'July 03, 2025Jul 03, 2025',
          `KCNA ${source}`,
          title,
          `Date: ${d}/${m}/${y} | Source: ${source} | Read original version at source`,
          ...body,
        ].join('\n\n');
        const result = timed('parsePageText', () => parsePageText(text, { location }));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.article.title).toBe(title);
        expect(result.article.date).toBe(iso);
        expect(result.article.sourceName).toBe(source);
        expect(result.article.text).toBe(body.join('\n\n'));
      }),
      runs(60),
    );
  });
});

// --- HTML pages ---------------------------------------------------------------------------------

interface HtmlNode {
  readonly tag: string;
  readonly attrs: readonly string[];
  readonly children: readonly (HtmlNode | string)[];
  readonly close: 'normal' | 'omit' | 'self' | 'wrong';
}

const HTML_TAGS = [
  'html',
  'head',
  'body',
  'title',
  'meta',
  'link',
  'h1',
  'h2',
  'h3',
  'p',
  'div',
  'span',
  'a',
  'b',
  'time',
  'article',
  'main',
  'section',
  'nav',
  'footer',
  'script',
  'style',
  'template',
  'br',
  'img',
  'ul',
  'li',
  'table',
  'td',
  'sup',
  'pre',
  'textarea',
  'svg',
  'x-custom',
] as const;

const htmlAttr = fc.oneof(
  fc
    .constantFrom(
      'content-wrapper',
      'article-main-title',
      'article-title',
      'publish-time',
      'date',
      'related-articles',
      'related',
      'more-from',
      'title',
      'menu',
    )
    .map((c) => `class="${c}"`),
  fc
    .oneof(
      fc.webUrl(),
      fc.constantFrom('/rel/a', 'javascript:alert(1)', 'http://[::1', '//x', '#', ''),
      fc.string({ maxLength: 12 }),
    )
    .map((href) => `href="${href.replace(/"/g, '&quot;')}"`),
  oddDateText.map((d) => `datetime="${d}"`),
  fc
    .tuple(
      fc.constantFrom(
        'og:title',
        'og:url',
        'og:site_name',
        'article:published_time',
        'date',
        'language',
      ),
      fc.oneof(oddDateText, fc.string({ maxLength: 20 })),
    )
    .map(([name, content]) => `property="${name}" content="${content.replace(/"/g, '')}"`),
  fc.constantFrom('rel="canonical"', 'lang="en"', 'lang="ko"', 'itemprop="headline"', 'href'),
  fc.string({ unit: fc.constantFrom('a', '=', '"', "'", ' ', '<', '>', '/'), maxLength: 8 }),
);

const htmlText = fc.oneof(
  sentence,
  anyText,
  oddDateText,
  oddDateText.map((d) => `Date: ${d} | Source: KCNA`),
  fc.constantFrom('&amp;', '&#0;', '&#99999999;', '&bogus;', '&lt;p&gt;', 'More From KCNA', '<'),
);

const { node: htmlNode } = fc.letrec<{ node: HtmlNode | string; element: HtmlNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, htmlText, tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...HTML_TAGS),
    attrs: fc.array(htmlAttr, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 4 }),
    close: fc.constantFrom('normal', 'normal', 'omit', 'self', 'wrong'),
  }),
}));

function renderHtml(node: HtmlNode | string): string {
  if (typeof node === 'string') return node;
  const open = `<${node.tag}${node.attrs.map((a) => ` ${a}`).join('')}`;
  if (node.close === 'self') return `${open}/>`;
  const inner = node.children.map(renderHtml).join('');
  if (node.close === 'omit') return `${open}>${inner}`;
  return `${open}>${inner}</${node.close === 'wrong' ? 'span' : node.tag}>`;
}

const htmlDocument = fc
  .array(htmlNode, { maxLength: 5 })
  .map((nodes) => nodes.map(renderHtml).join(''));

describe('parseHtmlPage fuzz', { timeout: 60_000 }, () => {
  const location = 'page.html';
  const check = (html: string, url?: string): void => {
    const result = timed('parseHtmlPage', () =>
      parseHtmlPage(html, { location }, url === undefined ? {} : { url }),
    );
    expectParseResult(result, location, HTML_REASONS);
    const paragraphs = timed('htmlToParagraphs', () => htmlToParagraphs(html));
    for (const paragraph of paragraphs) expect(paragraph.trim()).toBe(paragraph);
  };

  it('returns an article or a named rejection for arbitrary text and URLs', () => {
    const url = fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 20 })), {
      nil: undefined,
    });
    fc.assert(fc.property(anyText, url, check), runs(100));
  });

  it('survives random markup: unclosed, mis-closed and self-closed tags, odd attributes', () => {
    fc.assert(
      fc.property(htmlDocument, (html) => check(html)),
      runs(120),
    );
  });

  it('survives truncation and mutation of a real-shaped page', () => {
    fc.assert(
      fc.property(mutated(HTML_SAMPLES), (html) => check(html)),
      runs(100),
    );
  });
});

// --- JSON and JSONL corpora ---------------------------------------------------------------------

/** A value nested `depth` levels deep, built without recursion (JSON.parse accepts such input). */
function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** A field value of any JSON type, including the wrong ones. */
const wildValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  oddDateText,
  sentence,
  fc.integer(),
  fc.double(),
  fc.constantFrom(
    0,
    -0,
    1e308,
    -1e308,
    8.64e15,
    8.64e15 + 1,
    Number.MAX_SAFE_INTEGER,
    1627776000000,
    -62198755200000,
  ),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  fc.integer({ min: 1, max: 5000 }).map((depth) => nested(depth, 'x')),
);

const FIELD_NAMES = [
  'topic',
  'headline',
  'link',
  'date',
  'date_str',
  'story_text',
  'title',
  'url',
  'text',
  'body',
  'content',
  'source',
  'language',
  'lang',
  'topics',
  'published',
  '__proto__',
] as const;

const wildRecord: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), wildValue), { maxLength: 8 })
    .map((entries) => {
      const record: Record<string, unknown> = {};
      for (const [key, value] of entries)
        Object.defineProperty(record, key, {
          value,
          enumerable: true,
          configurable: true,
          writable: true,
        });
      return record;
    }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('JSON corpus fuzz', { timeout: 60_000 }, () => {
  const location = 'corpus.json';
  const parseAll = (text: string): ParseResult[] =>
    timed('parseJsonText', () => [...parseJsonText(text, location)]);

  it('returns articles or named rejections for arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const results = parseAll(text);
        expect(results.length).toBeGreaterThan(0);
        for (const result of results) expectParseResult(result, location, JSON_REASONS);
        expectRecordNumbers(results);
      }),
      runs(150),
    );
  });

  it('checks every field type: wrong types, huge numbers, deep nesting', () => {
    fc.assert(
      fc.property(wildRecord, fc.boolean(), (record, titleFromText) => {
        const origin = { location, record: 1 };
        const result = timed('parseJsonRecord', () =>
          parseJsonRecord(record, origin, { titleFromText }),
        );
        expectParseResult(result, location, JSON_REASONS);
        if (!result.ok) expect(result.rejected.reason.length).toBeLessThan(200);
      }),
      runs(150),
    );
  });

  it('yields one result per JSONL line and at most one per array row', () => {
    fc.assert(
      fc.property(fc.array(wildRecord, { minLength: 1, maxLength: 8 }), (records) => {
        const lines = records.map((r) => {
          try {
            return JSON.stringify(r) ?? 'null';
          } catch {
            return '"too deep to serialize"';
          }
        });
        // A file that opens with `[` is read as one JSON array, not as JSONL.
        fc.pre(!(lines[0] ?? '').startsWith('['));
        const jsonl = parseAll(lines.join('\n'));
        expect(jsonl).toHaveLength(lines.length);
        for (const result of jsonl) expectParseResult(result, location, JSON_REASONS);
        expectRecordNumbers(jsonl);
        const array = parseAll(`[${lines.join(',\n')}]`);
        expect(array.length).toBeLessThanOrEqual(lines.length);
        for (const result of array) expectParseResult(result, location, JSON_REASONS);
        expectRecordNumbers(array);
      }),
      runs(80),
    );
  });

  it('survives truncation and mutation of real JSON and JSONL', () => {
    expect(JSON_SAMPLES.length + JSONL_SAMPLES.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(mutated([...JSON_SAMPLES, ...JSONL_SAMPLES]), (text) => {
        const results = parseAll(text);
        for (const result of results) expectParseResult(result, location, JSON_REASONS);
        expectRecordNumbers(results);
      }),
      runs(120),
    );
  });

  describe('readJsonCorpus on mutated files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'narragraph-fuzz-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('streams JSONL and reads JSON files without throwing', async () => {
      let file = 0;
      await fc.assert(
        fc.asyncProperty(
          mutated([...JSON_SAMPLES, ...JSONL_SAMPLES]),
          fc.constantFrom('.jsonl', '.json', '.ndjson'),
          async (text, extension) => {
            file += 1;
            const path = join(dir, `record-${file}${extension}`);
            await writeFile(path, text);
            const results: ParseResult[] = [];
            const start = performance.now();
            for await (const result of readJsonCorpus(path, { titleFromText: true })) {
              results.push(result);
            }
            expect(performance.now() - start).toBeLessThan(HANG_MS);
            for (const result of results) expectParseResult(result, path, JSON_REASONS);
            expectRecordNumbers(results);
          },
        ),
        runs(20),
      );
    });
  });

  it('rewrote the end-mark regexes without changing what they strip', () => {
    // The regexes were quadratic on long blank runs; on short texts they are the reference.
    const reference = (text: string): string =>
      text.replace(/\n\s*,\s*$/, '').replace(/(?:\s+|(?<=[.!?"'”’)\]]))-0-\s*$/u, '');
    const endish = fc.string({
      unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', ',', '-', '0', '-0-', '.', '”', 'a', '3'),
      maxLength: 16,
    });
    fc.assert(
      fc.property(endish, (text) => {
        expect(stripEndMarks(text)).toBe(reference(text));
        expect(typeof repairGluedNames(text)).toBe('string');
      }),
      runs(300),
    );
  });
});

// --- RSS and Atom feeds -------------------------------------------------------------------------

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** XML 1.0 forbids most control characters; a well-formed feed cannot carry them. */
const isXmlChar = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code < 0xfffe) || code > 0xffff
  );
};
const xmlText = fc
  .oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), sentence, oddDateText)
  .map((text) => [...text].filter(isXmlChar).join(''));

const feedField = fc.tuple(
  fc.constantFrom(
    'title',
    'link',
    'guid',
    'pubDate',
    'dc:date',
    'description',
    'content:encoded',
    'category',
    'published',
    'updated',
    'summary',
    'content',
  ),
  fc.oneof(
    xmlText.map(escapeXml),
    xmlText.map((t) => `<![CDATA[<p>${t.replace(/]]>/g, '')}</p>]]>`),
    xmlText.map((t) => escapeXml(`<p>${t}</p><b>bold</b>`)),
    oddDateText.map(escapeXml),
  ),
);

const feedItem = fc
  .tuple(fc.array(feedField, { maxLength: 6 }), fc.boolean())
  .map(([fields, withLink]) => ({ fields, withLink }));

const feedDocument = fc
  .record({
    kind: fc.constantFrom('rss', 'atom', 'rdf'),
    title: xmlText,
    items: fc.array(feedItem, { maxLength: 6 }),
  })
  .map(({ kind, title, items }) => {
    const tag = kind === 'atom' ? 'entry' : 'item';
    const body = items
      .map(({ fields, withLink }) => {
        const link = withLink && kind === 'atom' ? '<link href="https://example.org/x"/>' : '';
        return `<${tag}>${link}${fields.map(([name, value]) => `<${name}>${value}</${name}>`).join('')}</${tag}>`;
      })
      .join('\n');
    const channelTitle = `<title>${escapeXml(title)}</title>`;
    const xml =
      kind === 'rss'
        ? `<?xml version="1.0"?><rss version="2.0"><channel>${channelTitle}${body}</channel></rss>`
        : kind === 'atom'
          ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${channelTitle}${body}</feed>`
          : `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><channel>${channelTitle}</channel>${body}</rdf:RDF>`;
    return { xml, count: items.length };
  });

describe('parseFeed fuzz', { timeout: 60_000 }, () => {
  const location = 'feed.xml';
  const check = (xml: string): ParseResult[] => {
    const results = timed('parseFeed', () => parseFeed(xml, location));
    expect(Array.isArray(results)).toBe(true);
    for (const result of results) expectParseResult(result, location, FEED_REASONS);
    expectRecordNumbers(results);
    expect(typeof timed('looksLikeFeed', () => looksLikeFeed(xml))).toBe('boolean');
    return results;
  };

  it('returns items or a named rejection for arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (xml) => void check(xml)),
      runs(150),
    );
  });

  it('yields exactly one result per item of any well-formed RSS, RDF or Atom feed', () => {
    fc.assert(
      fc.property(feedDocument, ({ xml, count }) => {
        expect(check(xml)).toHaveLength(count);
      }),
      runs(80),
    );
  });

  it('survives truncation and mutation of real-shaped feeds', () => {
    fc.assert(
      fc.property(mutated(FEED_SAMPLES), (xml) => void check(xml)),
      runs(120),
    );
  });
});

// --- Date helpers -------------------------------------------------------------------------------

describe('source date helpers fuzz', { timeout: 60_000 }, () => {
  const expectDateOrNothing = (date: string | undefined): void => {
    if (date !== undefined) expectIsoDay(date);
  };

  it('parse anything into a valid ISO day in 1000-9999 or nothing', () => {
    const input = fc.oneof(oddDateText, anyText, fc.anything(), wildValue);
    fc.assert(
      fc.property(input, (value) => {
        expectDateOrNothing(parseLooseDate(value));
        if (typeof value !== 'string') return;
        expectDateOrNothing(parseDayFirstDate(value));
        expectDateOrNothing(parseMonthNameDate(value));
        expectDateOrNothing(parseJucheDate(value));
      }),
      runs(300),
    );
  });

  it('isoDate accepts exactly the real calendar days of 1000-9999', () => {
    const part = fc.oneof(
      fc.integer({ min: -5, max: 40 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(0, 2, 29, 30, 31, 1000, 9999, 10000, 1900, 2000, 2100),
    );
    fc.assert(
      fc.property(part, part, part, (year, month, day) => {
        const date = isoDate(year, month, day);
        const real =
          Number.isInteger(year) &&
          Number.isInteger(month) &&
          Number.isInteger(day) &&
          year >= 1000 &&
          year <= 9999 &&
          month >= 1 &&
          month <= 12 &&
          day >= 1 &&
          day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(date !== undefined).toBe(real);
        expectDateOrNothing(date);
      }),
      runs(300),
    );
  });
});

// --- Pathological inputs ------------------------------------------------------------------------

describe('pathological inputs finish within the hang bound', { timeout: 60_000 }, () => {
  // Markup-heavy cases are 25-50k characters: enough for the quadratic paths fixed here to take
  // from seconds to minutes, while a linear parse stays far below the bound on a loaded machine.
  const N = 100_000;
  const blanks = (n: number): string => ' '.repeat(n);
  const cases: Record<string, string> = {
    'repeated letter': 'a'.repeat(N),
    'blank run': `a${blanks(N)}b`,
    'newline run': `a${'\n'.repeat(N)}b`,
    'repeated Date: line': 'Date: 01/08/2021 | Source: x\n'.repeat(N / 30),
    'Date: line without pipes': `Date: ${'x '.repeat(N / 2)}`,
    'More From list of dates': `Date: 01/08/2021 | Source: x\nT\nbody\nMore From x\n${'July 03, 2025\n'.repeat(N / 14)}`,
    'deep closed nesting': `${'<div>'.repeat(N / 11)}text${'</div>'.repeat(N / 11)}`,
    'deep unclosed nesting': `<h1>T</h1>${'<div>'.repeat(N / 10)}text`,
    'deep unclosed inline nesting': `<h1>T</h1><article>${'<span>a '.repeat(N / 16)}</article>`,
    'mixed unclosed tags': `<h1>T</h1>${'<div><span><b>x '.repeat(N / 32)}`,
    'unclosed attribute quotes': '<a href="'.repeat(N / 9),
    'unclosed comment': `<p>${'<!--'.repeat(N / 4)}`,
    'many less-than signs': '<a'.repeat(N / 2),
    'many ampersands': '&a'.repeat(N / 2),
    'Source: with blank run': `<h1>T</h1><p>| Source: x${blanks(N)}y</p>`,
    'og:title with blank run': `<meta property="og:title" content="a${blanks(N)}b"><p>x</p>`,
    'many related lists': `<h1>T</h1><p>${'text '.repeat(20)}</p>${'<div class="related"><a href="/x">t</a></div>'.repeat(N / 200)}`,
    'end mark after blank run': JSON.stringify({ title: 't', text: `a${blanks(N)}-0-` }),
    'comma line after newline run': JSON.stringify({ title: 't', text: `a${'\n'.repeat(N)},` }),
    'unclosed Juche stamps': JSON.stringify({
      headline: '[Juche'.repeat(N / 6),
      topic: 't',
      story_text: 'x',
      date: 0,
    }),
    'deeply nested date': `{"title":"t","text":"x","date":${'['.repeat(N / 2)}${']'.repeat(N / 2)}}`,
    'deeply nested array': `${'['.repeat(N / 2)}${']'.repeat(N / 2)}`,
    'long JSONL of blank objects': '{}\n'.repeat(N / 3),
    'escaped markup in a feed': `<rss><channel><item><title>t</title><description>${'&lt;a'.repeat(N / 5)}</description></item></channel></rss>`,
    'deeply nested feed': `<rss><channel><item><title>t</title><description>${'<a>'.repeat(N / 3)}</description></item></channel></rss>`,
    'entity expansion': `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><rss><channel><item><title>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</title><description>x</description></item></channel></rss>`,
    'many feed items': `<rss><channel><title>t</title>${'<item><title>t</title><description>d</description></item>'.repeat(N / 120)}</channel></rss>`,
  };

  it.each(Object.entries(cases))('%s', (_name, input) => {
    expectParseResult(
      timed('parsePageText', () => parsePageText(input, { location: 'p' })),
      'p',
      PAGE_REASONS,
    );
    expectParseResult(
      timed('parseHtmlPage', () => parseHtmlPage(input, { location: 'p' })),
      'p',
      HTML_REASONS,
    );
    for (const result of timed('parseJsonText', () => [...parseJsonText(input, 'p')])) {
      expectParseResult(result, 'p', JSON_REASONS);
    }
    for (const result of timed('parseFeed', () => parseFeed(input, 'p'))) {
      expectParseResult(result, 'p', FEED_REASONS);
    }
  });
});
