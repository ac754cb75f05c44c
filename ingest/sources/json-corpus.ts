/**
 * JSON and JSONL corpora. The layout is detected per record, so one file may mix them:
 *
 * - `kcna-2024` (JSON array, stiles/north-korea-news): `{topic, headline, link, date (epoch ms),
 *   date_str, story_text}`. The same story appears once per topic, under a different link each
 *   time, so rows are merged by link and by identical headline+date+text, collecting the topics.
 *   Rows without `story_text` are rejected as `no text`. Texts lose the glue the site's leader-name
 *   spans leave (`ComradeKim Jong Unwas`) and the trailing ` -0-` end mark.
 * - `kcna-2011` (JSONL, xmarquez/KCNA): `{date: 'YYYY-MM-DD', title, url, text}`, `\n` between
 *   paragraphs and a stray `,` line at the end. Its `url` is the day's index page shared by ~30
 *   articles, so it is not kept as the article URL (it would merge the day's articles into one).
 * - generic JSONL: `{title, date?, source?, url?, text, language?, topics?}`, where `date` is ISO
 *   (`YYYY-MM-DD` or a datetime; the printed day is kept), an RFC 822 / `Month DD, YYYY` string or
 *   epoch milliseconds, `text` has `\n` or `\n\n` between paragraphs, and `language` is a BCP-47
 *   code or a language name. `body`/`content` are accepted for `text`, `headline` for `title`,
 *   `link` for `url`.
 *
 * A malformed record (bad JSON line, missing title, bad date, no text) becomes a RejectedRecord
 * naming the file and 1-based record number; the rest of the file still parses.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ParseResult, RecordOrigin } from '../types';
import { DEFAULT_MAX_WHOLE_BYTES, isGzipPath, readWholeText } from './compressed';
import { collapseWhitespace, rejectRecord, splitLines, toParseResult } from './article-result';
import { isoDate, parseJucheDate, parseLooseDate } from './dates';

/** The record layouts this module knows. */
export type JsonRecordLayout = 'kcna-2024' | 'kcna-2011' | 'generic';

type JsonObject = Readonly<Record<string, unknown>>;

/** Options for the JSON readers. */
export interface JsonCorpusOptions {
  /** Called with the number of bytes consumed since the previous call (for progress bars). */
  readonly onBytes?: (bytes: number) => void;
  /**
   * kcna-2011 has ~600 untitled records; by default they are rejected (`missing title`). When
   * true they get the first sentence of their text as title instead.
   */
  readonly titleFromText?: boolean;
  /** Largest decompressed size of a gzipped JSON array (`.json.gz`), read whole. */
  readonly maxWholeBytes?: number;
}

/** Leader names the kcna.kp styling glues to their neighbours (none is a prefix of another). */
const GLUED_NAMES = [
  'Kim Jong Un',
  'Kim Il Sung',
  'Kim Jong Il',
  'Kim Yo Jong',
  'Kim Jong Suk',
  'Kim Ju Ae',
  'Ri Sol Ju',
] as const;

const NAME_ALTERNATION = GLUED_NAMES.map(escapeRegExp).join('|');
const GLUE_BEFORE = new RegExp(`(?<=\\p{L})(?=${NAME_ALTERNATION})`, 'gu');
const GLUE_AFTER = new RegExp(`(?<=${NAME_ALTERNATION})(?=\\p{L})`, 'gu');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Repairs words glued to known leader names by markup that had no spaces around a styled span:
 * `ComradeKim Jong Unwas` -> `Comrade Kim Jong Un was`, `Kim Il SungUniversity` ->
 * `Kim Il Sung University`. Only the listed full names are touched, because KCNA romanization
 * writes every syllable as its own word: a letter directly before or after one of them is glue.
 */
export function repairGluedNames(text: string): string {
  return text.replace(GLUE_BEFORE, ' ').replace(GLUE_AFTER, ' ');
}

/** Removes the KCNA end mark ` -0-` (and the stray `,` line kcna-2011 records end with). */
export function stripEndMarks(text: string): string {
  // Trimmed by hand rather than with `\s*,\s*$`-style regexes: those rescan a whitespace run from
  // every position in it, which takes a minute on a text padded with 100k blank lines.
  let out = text;
  const trimmed = out.trimEnd();
  if (trimmed.endsWith(',')) {
    const beforeComma = trimmed.slice(0, -1);
    const content = beforeComma.trimEnd();
    const newline = beforeComma.indexOf('\n', content.length);
    if (newline >= 0) out = beforeComma.slice(0, newline);
  }
  // The mark follows whitespace or closing punctuation (`happiness.-0-`); a score like `won 3-0-`
  // glued to a digit is left alone.
  const rest = out.trimEnd();
  if (!rest.endsWith('-0-')) return out;
  const beforeMark = rest.slice(0, -3);
  const content = beforeMark.trimEnd();
  if (content.length < beforeMark.length) return content;
  return /[.!?"'”’)\]]$/u.test(beforeMark) ? beforeMark : out;
}

/**
 * About a third of kcna-2011 records join the lead paragraph to the rest with `.,  ` (a period, a
 * comma, two spaces: a list joined by commas upstream), which made the lead and the next sentence
 * one sentence for every rule. The join occurs at most once per record, after the lead.
 */
const LEAD_JOIN = /([.!?"”'’]), {2}(?=\S)/u;

export function splitLeadParagraph(text: string): string {
  return text.replace(LEAD_JOIN, '$1\n\n');
}

/** Which layout a parsed JSON value is in, or undefined when it is not an object. */
export function detectRecordLayout(value: unknown): JsonRecordLayout | undefined {
  if (!isObject(value)) return undefined;
  if ('story_text' in value || ('headline' in value && 'topic' in value)) return 'kcna-2024';
  const url = typeof value['url'] === 'string' ? value['url'] : '';
  if (!('source' in value) && !('language' in value) && /kcna\.co\.jp/i.test(url))
    return 'kcna-2011';
  return 'generic';
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringField(record: JsonObject, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** kcna.kp headlines sometimes carry raw whitespace and a `[Juche113.2.11.]` date stamp. */
function cleanHeadline(raw: string | undefined): string {
  // `[^[\]]` rather than `[^\]]`: a headline of many unclosed `[Juche` would otherwise be rescanned
  // to its end from every `[` (quadratic).
  return collapseWhitespace((raw ?? '').replace(/\[\s*Juche[^[\]]*\]\s*$/i, ''));
}

/** The kcna-2011 index page URL (`.../2011-12-01ee.html`) names a day, not an article. */
const DAY_INDEX_URL = /\/\d{4}-\d{2}-\d{2}[a-z]{0,3}\.html?$/i;

function firstSentence(text: string): string | undefined {
  const line = splitLines(text)
    .map(collapseWhitespace)
    .find((l) => l !== '');
  if (line === undefined) return undefined;
  const sentence = /^(.{20,200}?[.!?])(?:\s|$)/.exec(line)?.[1] ?? line.slice(0, 160);
  return sentence;
}

/**
 * Parses one JSON record (already decoded) in any known layout. The kcna-2024 cross-topic merge is
 * not done here (it needs the whole file); see {@link parseJsonRecords}.
 */
export function parseJsonRecord(
  value: unknown,
  origin: RecordOrigin,
  options: Pick<JsonCorpusOptions, 'titleFromText'> = {},
): ParseResult {
  const layout = detectRecordLayout(value);
  if (layout === undefined || !isObject(value)) {
    return rejectRecord(origin, 'record is not a JSON object');
  }
  if (layout === 'kcna-2024') return parseKcna2024(value, origin);
  if (layout === 'kcna-2011') return parseKcna2011(value, origin, options);
  return parseGeneric(value, origin, options);
}

function parseKcna2024(record: JsonObject, origin: RecordOrigin): ParseResult {
  const title = cleanHeadline(stringField(record, 'headline', 'title'));
  if (title === '') return rejectRecord(origin, 'missing title');
  const rawText = stringField(record, 'story_text') ?? '';
  if (rawText.trim() === '') return rejectRecord(origin, 'no text');
  // date_str is the day as published; epoch ms (UTC midnight of the same day) is the fallback.
  const dateStr = stringField(record, 'date_str');
  const date =
    (dateStr ? parseLooseDate(dateStr) : undefined) ??
    parseLooseDate(record['date']) ??
    parseJucheDate(stringField(record, 'headline') ?? '');
  if (date === undefined)
    return rejectRecord(origin, `bad date '${describeValue(record['date'] ?? dateStr)}'`);
  const topic = stringField(record, 'topic');
  return toParseResult(
    {
      title,
      paragraphs: [repairGluedNames(stripEndMarks(rawText))],
      date,
      sourceName: 'KCNA',
      url: stringField(record, 'link'),
      topics: topic && topic.trim() !== '' ? [collapseWhitespace(topic)] : [],
    },
    origin,
  );
}

function parseKcna2011(
  record: JsonObject,
  origin: RecordOrigin,
  options: Pick<JsonCorpusOptions, 'titleFromText'>,
): ParseResult {
  const rawDate = record['date'];
  const date = typeof rawDate === 'string' ? strictIsoDay(rawDate) : undefined;
  if (date === undefined) return rejectRecord(origin, `bad date ${describeValue(rawDate)}`);
  // The 2011 mirror has the span glue only rarely (`SecretaryKim Jong Il's`), but the repair is safe.
  const joined = repairGluedNames(stripEndMarks(stringField(record, 'text') ?? ''));
  const text = splitLeadParagraph(joined);
  let title = collapseWhitespace(stringField(record, 'title') ?? '');
  // From the text as the mirror joins it: an untitled record's title is part of its key.
  if (title === '' && options.titleFromText) title = firstSentence(joined) ?? '';
  const url = stringField(record, 'url');
  return toParseResult(
    {
      title,
      paragraphs: [text],
      date,
      sourceName: 'KCNA',
      ...(url && !DAY_INDEX_URL.test(url) ? { url } : {}),
    },
    origin,
  );
}

function parseGeneric(
  record: JsonObject,
  origin: RecordOrigin,
  options: Pick<JsonCorpusOptions, 'titleFromText'>,
): ParseResult {
  const text = stripEndMarks(stringField(record, 'text', 'body', 'content') ?? '');
  let title = collapseWhitespace(stringField(record, 'title', 'headline') ?? '');
  if (title === '' && options.titleFromText) title = firstSentence(text) ?? '';
  const rawDate = record['date'] ?? record['published'];
  let date: string | undefined;
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    date = parseLooseDate(rawDate);
    if (date === undefined) return rejectRecord(origin, `bad date ${describeValue(rawDate)}`);
  }
  const topics = Array.isArray(record['topics'])
    ? record['topics'].filter((t): t is string => typeof t === 'string')
    : [];
  return toParseResult(
    {
      title,
      paragraphs: [text],
      ...(date ? { date } : {}),
      sourceName: stringField(record, 'source', 'sourceName', 'outlet'),
      url: stringField(record, 'url', 'link'),
      language: stringField(record, 'language', 'lang'),
      topics,
    },
    origin,
  );
}

function strictIsoDay(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/**
 * Parses decoded records (e.g. a JSON array) in order. kcna-2024 rows for the same story (same
 * link, or same headline + date + text under another topic's link) become one article with all
 * their topics, reported at the position of the first row; the longest text wins when a story was
 * re-published with edits under the same link.
 */
export function* parseJsonRecords(
  records: readonly unknown[],
  location: string,
  options: Pick<JsonCorpusOptions, 'titleFromText'> = {},
): Generator<ParseResult> {
  const results: (ParseResult | undefined)[] = [];
  const groups = new Map<string, number>();
  for (const [index, value] of records.entries()) {
    const result = parseJsonRecord(value, { location, record: index + 1 }, options);
    if (!result.ok || detectRecordLayout(value) !== 'kcna-2024') {
      results.push(result);
      continue;
    }
    const article = result.article;
    const keys = [
      `link:${article.url ?? ''}`,
      `content:${article.date ?? ''}\u0000${article.title.toLowerCase()}\u0000${article.text}`,
    ];
    const existing = keys.map((key) => groups.get(key)).find((i) => i !== undefined);
    const kept = existing === undefined ? undefined : results[existing];
    if (existing === undefined || kept === undefined || !kept.ok) {
      for (const key of keys) groups.set(key, results.length);
      results.push(result);
      continue;
    }
    const topics = [...(kept.article.topics ?? [])];
    for (const topic of article.topics ?? []) if (!topics.includes(topic)) topics.push(topic);
    const longer = article.text.length > kept.article.text.length;
    results[existing] = {
      ok: true,
      article: {
        ...kept.article,
        ...(longer ? { text: article.text, language: article.language } : {}),
        topics,
      },
    };
    for (const key of keys) if (!groups.has(key)) groups.set(key, existing);
    results.push(undefined);
  }
  for (const result of results) if (result !== undefined) yield result;
}

/**
 * Parses JSON text held in memory (a fetched body, a small file): a JSON array, a single object, or
 * JSONL (one object a line; blank lines skipped; record = line number).
 */
export function* parseJsonText(
  text: string,
  location: string,
  options: Pick<JsonCorpusOptions, 'titleFromText'> = {},
): Generator<ParseResult> {
  const trimmed = text.replace(/^\ufeff/, '').trim();
  if (trimmed === '') {
    yield rejectRecord({ location }, 'empty file');
    return;
  }
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    // Whole-document JSON first (array or one pretty-printed object); JSONL fails this at its
    // second line and is then read line by line below.
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      if (trimmed.startsWith('[')) {
        yield rejectRecord({ location }, `invalid JSON: ${errorMessage(error)}`);
        return;
      }
    }
    if (Array.isArray(value)) {
      yield* parseJsonRecords(value, location, options);
      return;
    }
    if (value !== undefined) {
      yield parseJsonRecord(value, { location, record: 1 }, options);
      return;
    }
  }
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    yield* parseJsonLine(line, { location, record: index + 1 }, options);
  }
}

function* parseJsonLine(
  line: string,
  origin: RecordOrigin,
  options: Pick<JsonCorpusOptions, 'titleFromText'>,
): Generator<ParseResult> {
  if (line.trim() === '') return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    yield rejectRecord(origin, `invalid JSON line: ${errorMessage(error)}`);
    return;
  }
  yield parseJsonRecord(value, origin, options);
}

/**
 * Streams a JSON or JSONL file. JSONL (`.jsonl`/`.ndjson`, or any file whose first character is not
 * `[`) is read line by line so memory stays bounded by the longest line; a JSON array is read whole
 * because kcna-2024's cross-topic merge needs every row anyway.
 */
export async function* readJsonCorpus(
  path: string,
  options: JsonCorpusOptions = {},
): AsyncGenerator<ParseResult> {
  if (!/\.(jsonl|ndjson)(\.gz)?$/i.test(path)) {
    // `.json` may be an array, a single (pretty-printed) object or JSONL; kcna-2024's cross-topic
    // merge needs every row anyway, so it is read whole.
    const text = await readWholeText(path, options.maxWholeBytes ?? DEFAULT_MAX_WHOLE_BYTES);
    options.onBytes?.(Buffer.byteLength(text));
    yield* parseJsonText(text, path, options);
    return;
  }
  const file = createReadStream(path);
  const lines = createInterface({
    input: (isGzipPath(path) ? file.pipe(createGunzip()) : file).setEncoding('utf8'),
    crlfDelay: Infinity,
  });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    options.onBytes?.(Buffer.byteLength(line) + 1);
    const text = lineNumber === 1 ? line.replace(/^\ufeff/, '') : line;
    yield* parseJsonLine(text, { location: path, record: lineNumber }, options);
  }
}

/**
 * A field value for a rejection reason: JSON, cut to a readable length. JSON.stringify throws on a
 * value nested thousands of levels deep (which JSON.parse accepts), so that must not escape.
 */
function describeValue(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = Array.isArray(value) ? '[deeply nested array]' : '{deeply nested object}';
  }
  text ??= String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
