/**
 * The one place that turns parsed fields into a ParseResult, so every layout applies the same
 * rules: a title is required, an empty body is a rejection (`empty text`), text is normalized to
 * `\n\n`-separated paragraphs and the language is set.
 */
import type { ParseResult, RawArticle, RecordOrigin, RelatedRef } from '../types';
import { resolveLanguage } from './language';
import { safeHttpUrl } from './safe-url';

/** Fields a parser found, before the shared rules run. */
export interface ArticleFields {
  readonly title: string | undefined;
  /** Body paragraphs (or one string with `\n`/`\n\n` breaks). */
  readonly paragraphs: readonly string[];
  readonly date?: string;
  readonly sourceName?: string;
  /** See RawArticle.sourceLine. */
  readonly sourceLine?: string;
  readonly url?: string;
  /** Declared language, if the input states one. */
  readonly language?: string;
  readonly related?: readonly RelatedRef[];
  readonly topics?: readonly string[];
}

/** Whitespace (incl. no-break and zero-width spaces) collapsed to single spaces, trimmed. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Paragraphs trimmed and collapsed, empty ones dropped, joined with a blank line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const clean = collapseWhitespace(paragraph);
    if (clean !== '') kept.push(clean);
  }
  return kept.join('\n\n');
}

/** Splits text on line breaks; every line is a paragraph (the corpora use single `\n`). */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** A rejection result. */
export function rejectRecord(origin: RecordOrigin, reason: string): ParseResult {
  return { ok: false, rejected: { origin, reason } };
}

/** A related link keeps its URL only when it is a safe http(s) one. */
function safeRelatedUrl(ref: RelatedRef): RelatedRef {
  if (ref.url === undefined) return ref;
  const { url: raw, ...rest } = ref;
  const url = safeHttpUrl(raw.trim());
  return url === undefined ? rest : { ...rest, url };
}

/** Applies the shared rules and returns an article or a rejection naming the reason. */
export function toParseResult(fields: ArticleFields, origin: RecordOrigin): ParseResult {
  const title = collapseWhitespace(fields.title ?? '');
  if (title === '') return rejectRecord(origin, 'missing title');
  const text = joinParagraphs(fields.paragraphs.flatMap((p) => splitLines(p)));
  if (text === '') return rejectRecord(origin, 'empty text');
  const sourceName =
    fields.sourceName === undefined ? undefined : collapseWhitespace(fields.sourceName);
  // An unsafe URL is dropped, not the article: the key then falls back to source + title + date.
  const url = safeHttpUrl(fields.url?.trim());
  const related = fields.related?.map(safeRelatedUrl);
  const article: RawArticle = {
    title,
    text,
    language: resolveLanguage(fields.language, text),
    origin,
    ...(fields.date !== undefined ? { date: fields.date } : {}),
    ...(sourceName ? { sourceName } : {}),
    ...(sourceName && fields.sourceLine
      ? { sourceLine: collapseWhitespace(fields.sourceLine) }
      : {}),
    ...(url ? { url } : {}),
    ...(related && related.length > 0 ? { related } : {}),
    ...(fields.topics && fields.topics.length > 0 ? { topics: fields.topics } : {}),
  };
  return { ok: true, article };
}
