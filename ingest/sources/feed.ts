/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds via fast-xml-parser. Each item becomes a RawArticle;
 * HTML in descriptions and content is reduced to text by the HTML module's walker so feeds and
 * pages produce the same paragraphs.
 */
import { XMLParser } from 'fast-xml-parser';
import type { ParseResult, RecordOrigin } from '../types';
import { collapseWhitespace, rejectRecord, toParseResult } from './article-result';
import { parseLooseDate } from './dates';
import { htmlToParagraphs } from './html-page';
import { safeHttpUrl } from './safe-url';

type XmlValue = string | XmlObject | XmlValue[];
interface XmlObject {
  readonly [key: string]: XmlValue | undefined;
}

const ALWAYS_ARRAY = new Set(['item', 'entry', 'link', 'category']);

function createParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    // Titles like "2024" must stay strings.
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => ALWAYS_ARRAY.has(name),
  });
}

function isObject(value: XmlValue | undefined): value is XmlObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text of a node: plain strings, `{#text}` objects, or (Atom xhtml) all nested text in order. */
function textOf(value: XmlValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n\n');
  const parts: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('@_')) continue;
    parts.push(textOf(child));
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

function attr(value: XmlValue | undefined, name: string): string | undefined {
  if (!isObject(value)) return undefined;
  const found = value[`@_${name}`];
  return typeof found === 'string' ? found : undefined;
}

/** HTML (escaped or CDATA) to paragraphs; plain text passes through unchanged. */
function richText(value: XmlValue | undefined): string[] {
  const text = textOf(value);
  if (text.trim() === '') return [];
  // `[^<>]`, not `[^>]`: text full of `<` without `>` would be rescanned from every `<`.
  return /<[a-z!/][^<>]*>|&[a-z#0-9]+;/i.test(text) ? htmlToParagraphs(text) : [text];
}

function singleLine(value: XmlValue | undefined): string {
  return collapseWhitespace(richText(value).join(' '));
}

function atomLink(entry: XmlObject): string | undefined {
  const links = asArray(entry['link']);
  const preferred =
    links.find((l) => attr(l, 'rel') === undefined || attr(l, 'rel') === 'alternate') ?? links[0];
  return attr(preferred, 'href') ?? (typeof preferred === 'string' ? preferred : undefined);
}

function rssLink(item: XmlObject): string | undefined {
  for (const link of asArray(item['link'])) {
    const text = collapseWhitespace(textOf(link)) || attr(link, 'href');
    if (text) return text;
  }
  const guid = item['guid'];
  // A guid is only a link when the feed says so (isPermaLink defaults to true in RSS 2.0).
  if (guid !== undefined && attr(guid, 'isPermaLink') !== 'false') {
    const text = collapseWhitespace(textOf(guid));
    if (/^https?:\/\//i.test(text)) return text;
  }
  return undefined;
}

interface FeedShape {
  readonly kind: 'rss' | 'atom';
  readonly items: XmlValue[];
  readonly sourceName?: string;
  readonly language?: string;
}

function feedShape(document: XmlObject): FeedShape | undefined {
  const rss = document['rss'];
  if (isObject(rss)) {
    const channel = asArray(rss['channel'])[0];
    if (!isObject(channel)) return { kind: 'rss', items: [] };
    return {
      kind: 'rss',
      items: asArray(channel['item']),
      sourceName: singleLine(channel['title']) || undefined,
      language: collapseWhitespace(textOf(channel['language'])) || undefined,
    };
  }
  const rdf = document['rdf:RDF'];
  if (isObject(rdf)) {
    const channel = asArray(rdf['channel'])[0];
    return {
      kind: 'rss',
      items: asArray(rdf['item']),
      sourceName: isObject(channel) ? singleLine(channel['title']) || undefined : undefined,
    };
  }
  const feed = document['feed'];
  if (isObject(feed)) {
    return {
      kind: 'atom',
      items: asArray(feed['entry']),
      sourceName: singleLine(feed['title']) || undefined,
      language: attr(feed, 'xml:lang'),
    };
  }
  return undefined;
}

/** True when the text looks like an RSS, RDF or Atom document (cheap sniff of the root element). */
export function looksLikeFeed(text: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(text.slice(0, 2048));
}

/** Options for {@link parseFeed}. */
export interface ParseFeedOptions {
  /**
   * An entry with a title and a link but no text keeps its title as text instead of being
   * rejected: the collector fetches such an entry's link page (docs/collect.md).
   */
  readonly titleOnlyEntries?: boolean;
}

/**
 * Parses an RSS or Atom document. Every item yields one result (record = 1-based item number);
 * a document that is not a feed yields a single rejection naming the location.
 */
export function parseFeed(
  xml: string,
  location: string,
  options: ParseFeedOptions = {},
): ParseResult[] {
  let document: XmlValue;
  try {
    document = createParser().parse(xml) as XmlValue;
  } catch (error) {
    return [rejectRecord({ location }, `invalid XML: ${errorMessage(error)}`)];
  }
  const shape = isObject(document) ? feedShape(document) : undefined;
  if (shape === undefined) {
    return [
      rejectRecord({ location }, 'not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)'),
    ];
  }
  return shape.items.map((item, index) =>
    parseFeedItem(item, shape, { location, record: index + 1 }, options),
  );
}

function parseFeedItem(
  item: XmlValue,
  shape: FeedShape,
  origin: RecordOrigin,
  options: ParseFeedOptions,
): ParseResult {
  if (!isObject(item)) return rejectRecord(origin, 'feed item has no fields');
  const atom = shape.kind === 'atom';
  const rawDate = collapseWhitespace(
    textOf(
      atom
        ? (item['published'] ?? item['updated'])
        : (item['pubDate'] ?? item['dc:date'] ?? item['a10:updated']),
    ),
  );
  const date = rawDate === '' ? undefined : parseLooseDate(rawDate);
  if (rawDate !== '' && date === undefined) return rejectRecord(origin, `bad date '${rawDate}'`);

  const body = atom
    ? richText(item['content'] ?? item['summary'])
    : richText(item['content:encoded'] ?? item['description']);
  const url = atom ? atomLink(item) : rssLink(item);
  const title = singleLine(item['title']);
  const paragraphs =
    body.length === 0 && options.titleOnlyEntries && safeHttpUrl(url) !== undefined && title !== ''
      ? [title]
      : body;
  const topics = asArray(item['category'])
    .map((c) => collapseWhitespace(textOf(c) || (attr(c, 'term') ?? '')))
    .filter((c) => c !== '');

  return toParseResult(
    {
      title,
      paragraphs,
      ...(date ? { date } : {}),
      ...(shape.sourceName ? { sourceName: shape.sourceName } : {}),
      ...(url ? { url } : {}),
      ...((attr(item, 'xml:lang') ?? shape.language)
        ? { language: attr(item, 'xml:lang') ?? shape.language }
        : {}),
      topics,
    },
    origin,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
