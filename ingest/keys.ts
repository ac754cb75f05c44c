import { createHash } from 'node:crypto';

/**
 * Lower-case slug: `Ministry of Foreign Affairs (EN)` -> `ministry-of-foreign-affairs-en`, `Côte
 * d’Ivoire` -> `cote-divoire`. Latin accents are dropped (so a name that folds to ASCII slugs as it
 * always did); letters of other scripts are kept, so `Probe 한글` is not `Probe`. NFKD splits Hangul
 * syllables into jamo and NFC puts them back together.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`"“”]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
}

/**
 * URL normalized for identity: lower-case scheme and host, no fragment, no default port, no trailing
 * slash, tracking parameters dropped. Returns undefined for something that is not an absolute http(s) URL.
 */
export function normalizeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$)/i.test(name)) url.searchParams.delete(name);
  }
  let text = url.toString();
  if (text.endsWith('/') && url.pathname !== '/') text = text.slice(0, -1);
  return text;
}

function sha256(parts: readonly string[]): string {
  const hash = createHash('sha256');
  // A separator that cannot appear in normalized text keeps ('ab','c') apart from ('a','bc').
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/** Title normalized for identity: case, quotes and spacing do not make a different article. */
function identityTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/\s*'\s*/g, "'")
    .trim();
}

/**
 * Stable article key: the normalized URL when there is one, else a hash of source + title + date.
 * A stub from a `More From` list and the full article computed from the same facts get the same key.
 */
export function articleKey(input: {
  readonly url?: string;
  readonly sourceName?: string;
  readonly title: string;
  readonly date?: string;
}): string {
  const url = input.url === undefined ? undefined : normalizeUrl(input.url);
  if (url !== undefined) return url;
  const digest = sha256([
    slugify(input.sourceName ?? ''),
    identityTitle(input.title),
    input.date ?? '',
  ]);
  return `h:${digest.slice(0, 32)}`;
}

/**
 * Version of what extraction makes of an article. Bump it with any change to the extractors or the
 * gazetteers, so re-ingesting unchanged input rewrites its articles with the better extraction
 * instead of skipping them as unchanged.
 */
export const EXTRACTION_VERSION = 17;

/** sha256 over everything that, when changed, means the article must be written again. */
export function contentHash(input: {
  readonly title: string;
  readonly date?: string;
  readonly sourceName?: string;
  readonly text: string;
}): string {
  return sha256([
    input.title,
    input.date ?? '',
    input.sourceName ?? '',
    input.text,
    `extraction:${EXTRACTION_VERSION}`,
  ]);
}

/** Longest source slug kept as is; index keys have a size limit and ids travel in URLs. */
const MAX_SOURCE_SLUG = 120;

/**
 * Source key from its display name, in ASCII (it travels in URLs): the slug; a hash where the
 * name has no ASCII letters or digits (names in other scripts, or only punctuation); the ASCII part
 * of the slug and a hash where the name has other letters too (`Probe 한글` is not `Probe`) or the
 * slug is too long, so distinct sources never share a key.
 */
export function sourceKey(name: string): string {
  const collapsed = name.trim().replace(/\s+/g, ' ');
  const slug = slugify(collapsed);
  const ascii = slug.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (ascii === '') return `h-${sha256([collapsed]).slice(0, 16)}`;
  if (ascii === slug && slug.length <= MAX_SOURCE_SLUG) return slug;
  return `${ascii.slice(0, 100).replace(/-+$/, '')}-${sha256([collapsed]).slice(0, 12)}`;
}
