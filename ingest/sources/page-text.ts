/**
 * Parser for article pages saved as text in the KCNA Watch layout (the seed page):
 *
 * ```
 * July 03, 2025Jul 03, 2025                      <- crawl date, twice (ignored)
 * KCNA Ministry of Foreign Affairs (EN)          <- site + source
 * <title>
 * Date: 01/08/2021 | Source: <source> | Read original version at source   <- DAY FIRST
 * <body paragraphs>
 * More From <source>
 * <title> <title again> <teaser> <Month DD, YYYY> <teaser again>   <- repeated per related item
 * More Articles
 * ```
 *
 * Blank lines carry no meaning in this layout (every line is separated by one), so the parser works
 * on the non-blank lines only.
 */
import type { ParseResult, RecordOrigin, RelatedRef } from '../types';
import { collapseWhitespace, rejectRecord, toParseResult } from './article-result';
import { isMonthNameDateLine, parseDayFirstDate, parseMonthNameDate } from './dates';

const DATE_LINE = /^Date:\s*([^|]*?)\s*(?:\|\s*Source:\s*([^|]*?)\s*)?(?:\|.*)?$/i;
const MORE_FROM = /^More From\s+(.+)$/i;
const MORE_ARTICLES = /^More Articles\b/i;
/** The crawl-date header: `July 03, 2025Jul 03, 2025` (two dates glued together). */
const CRAWL_HEADER = /^[A-Za-z]{3,9}\.? \d{1,2}, \d{4}\s*[A-Za-z]{3,9}\.? \d{1,2}, \d{4}$/;
/** The site line names the site before the source (`KCNA <source>`). */
const SITE_LINE = /^KCNA(?:\s+Watch)?\b/;

/** True when the text looks like a page in the seed's layout (has a `Date: ... | Source:` line). */
export function looksLikePageText(text: string): boolean {
  return /^Date:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*\|\s*Source:/im.test(text);
}

/**
 * Parses one page in the seed layout. Rejects (never throws) when the `Date:` line is missing or
 * its date is not a real day, when there is no title, or when the body is empty.
 */
export function parsePageText(text: string, origin: RecordOrigin): ParseResult {
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r\n?|\n/)
    .map((line) => collapseWhitespace(line))
    .filter((line) => line !== '');

  const dateIndex = lines.findIndex((line) => DATE_LINE.test(line));
  if (dateIndex < 0) {
    return rejectRecord(
      origin,
      "no 'Date: DD/MM/YYYY | Source: ...' line: not a page in the KCNA Watch text layout",
    );
  }
  const dateMatch = DATE_LINE.exec(lines[dateIndex] ?? '');
  const rawDate = dateMatch?.[1] ?? '';
  const date = parseDayFirstDate(rawDate);
  if (date === undefined) return rejectRecord(origin, `bad date '${rawDate}' in the Date: line`);

  // The title is the last line above the Date line that is not page chrome.
  const dateSource = nonEmpty(dateMatch?.[2]);
  const head = lines.slice(0, dateIndex);
  const isChrome = (line: string, index: number): boolean =>
    CRAWL_HEADER.test(line) ||
    (SITE_LINE.test(line) &&
      // `KCNA <source>` is chrome when it names the Date line's source or is not the last line;
      // a title that merely starts with "KCNA" ("KCNA Commentary on ...") must survive.
      (line.replace(SITE_LINE, '').trim() === dateSource || index < head.length - 1));
  const titleIndex = head.findLastIndex((line, index) => !isChrome(line, index));
  const titleLine = titleIndex >= 0 ? head[titleIndex] : undefined;
  const siteLine = head.find((line, index) => index !== titleIndex && SITE_LINE.test(line));
  const sourceName = dateSource ?? nonEmpty(siteLine?.replace(SITE_LINE, ''));
  const sourceLine = dateSource === undefined ? siteLine : lines[dateIndex];

  const rest = lines.slice(dateIndex + 1);
  const moreFromIndex = rest.findIndex((l) => MORE_FROM.test(l));
  const moreArticlesIndex = rest.findIndex((l) => MORE_ARTICLES.test(l));
  const bodyEnd = firstIndex(moreFromIndex, moreArticlesIndex, rest.length);
  const body = rest.slice(0, bodyEnd);

  let related: RelatedRef[] = [];
  if (moreFromIndex >= 0) {
    const relatedSource = MORE_FROM.exec(rest[moreFromIndex] ?? '')?.[1]?.trim();
    const listEnd = moreArticlesIndex > moreFromIndex ? moreArticlesIndex : rest.length;
    related = parseRelatedList(rest.slice(moreFromIndex + 1, listEnd), relatedSource);
  }

  return toParseResult(
    { title: titleLine, paragraphs: body, date, sourceName, sourceLine, related },
    origin,
  );
}

/**
 * Parses the lines of a `More From` list: each item is its title (usually printed twice), a
 * teaser, a `Month DD, YYYY` date and the teaser again. Items missing the repeat, teaser or date
 * still parse; the duplicate lines are recognised by equality, not by position.
 */
export function parseRelatedList(lines: readonly string[], sourceName?: string): RelatedRef[] {
  const items: RelatedRef[] = [];
  let i = 0;
  while (i < lines.length) {
    const title = lines[i];
    i += 1;
    if (title === undefined || isMonthNameDateLine(title)) continue;
    if (lines[i] === title) i += 1;

    let teaser: string | undefined;
    const candidate = lines[i];
    // A line repeated on the next line is the next item's doubled title, not this item's teaser.
    if (candidate !== undefined && !isMonthNameDateLine(candidate) && lines[i + 1] !== candidate) {
      teaser = candidate;
      i += 1;
    }
    let date: string | undefined;
    const dateLine = lines[i];
    if (dateLine !== undefined && isMonthNameDateLine(dateLine)) {
      date = parseMonthNameDate(dateLine);
      i += 1;
    }
    if (teaser !== undefined && lines[i] === teaser) i += 1;

    items.push({
      title,
      ...(date !== undefined ? { date } : {}),
      ...(teaser !== undefined ? { teaser } : {}),
      ...(sourceName ? { sourceName } : {}),
    });
  }
  return items;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

function firstIndex(a: number, b: number, fallback: number): number {
  const found = [a, b].filter((n) => n >= 0);
  return found.length > 0 ? Math.min(...found) : fallback;
}
