/**
 * Parser for HTML article pages (node-html-parser). Site selectors first (kcna.kp, KCNA Watch),
 * then generic article markup, then a readability-style fallback that picks the element whose own
 * `<p>` children carry the most non-link text.
 *
 * The text walker is shared with the feed parser: it keeps paragraph structure (block elements
 * break paragraphs) and, crucially for kcna.kp, does not glue words across inline element
 * boundaries (`Comrade<span class="x">Kim Jong Un</span>was` reads `Comrade Kim Jong Un was`).
 */
import { parse, HTMLElement, NodeType, type TextNode, type Node } from 'node-html-parser';
import type { ParseResult, RecordOrigin, RelatedRef } from '../types';
import { collapseWhitespace, toParseResult } from './article-result';
import { parseDayFirstDate, parseJucheDate, parseLooseDate } from './dates';

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'iframe',
  'svg',
  'canvas',
  'button',
  'select',
  'option',
  'head',
  'object',
  'embed',
  'audio',
  'video',
  'map',
]);

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
  'caption',
]);

/** Inline elements that legitimately split a word (`10<sup>th</sup>`, `x<sub>2</sub>`). */
const GLUING_INLINE_TAGS = new Set(['sup', 'sub', 'wbr', 'ruby', 'rt', 'rp']);

/** Removed before looking for the body: page chrome that often holds paragraphs of its own. */
const CHROME_SELECTOR =
  'nav, header, footer, aside, form, menu, .menu, .navbar, .breadcrumb, .share, .social, .comments, .advert, .ads';

/** Known hosts whose pages do not name their outlet in machine-readable form. */
const HOST_SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\.)kcna\.kp$/i, 'KCNA'],
  [/(^|\.)kcna\.co\.jp$/i, 'KCNA'],
  [/(^|\.)rodong\.rep\.kp$/i, 'Rodong Sinmun'],
  [/(^|\.)uriminzokkiri\.com$/i, 'Uriminzokkiri'],
];

const PARSE_OPTIONS = {
  comment: false,
  // Listed tags are read as raw text; `false` drops their content, which is what we want here.
  blockTextElements: { script: false, style: false, noscript: false, template: false },
} as const;

const WORD_CHAR_END = /[\p{L}\p{N}]$/u;
const WORD_CHAR_START = /^[\p{L}\p{N}]/u;

/** Options for {@link parseHtmlPage}. */
export interface HtmlPageOptions {
  /** URL the page was fetched from: resolves relative links and names the source by host. */
  readonly url?: string;
  /** Overrides the detected source name. */
  readonly sourceName?: string;
}

/**
 * Browsers stop nesting at 512 levels (Blink); node-html-parser does not, and its recursive `.text`
 * and selector matching overflow the stack a few thousand levels down. Deeper content is flattened.
 */
const MAX_DEPTH = 256;

/**
 * node-html-parser repairs unclosed elements at the end of the document by re-parenting their
 * children level by level, which is quadratic: 10k unclosed `<div>`s take seconds, 100k minutes.
 * Past this many unclosed tags the page is parsed without that repair (unclosed elements keep what
 * follows them, as in a browser) and then depth-capped.
 */
const MAX_REPAIRED_UNCLOSED_TAGS = 500;

const VOID_TAGS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Opening tags without a closing tag of the same name (an upper bound for what stays open). */
function unclosedTagCount(html: string): number {
  const balance = new Map<string, number>();
  for (const match of html.matchAll(/<(\/?)([A-Za-z][\w:-]*)/g)) {
    const name = (match[2] ?? '').toLowerCase();
    if (VOID_TAGS.has(name)) continue;
    balance.set(name, (balance.get(name) ?? 0) + (match[1] === '/' ? -1 : 1));
  }
  let count = 0;
  for (const value of balance.values()) count += Math.max(0, value);
  return count;
}

/** Replaces whatever lies deeper than {@link MAX_DEPTH} by its text nodes, without recursion. */
function capDepth(root: HTMLElement): void {
  const pending: [HTMLElement, number][] = [[root, 0]];
  for (let entry = pending.pop(); entry !== undefined; entry = pending.pop()) {
    const [element, depth] = entry;
    if (depth < MAX_DEPTH) {
      for (const child of element.childNodes) {
        if (child instanceof HTMLElement) pending.push([child, depth + 1]);
      }
      continue;
    }
    const texts: Node[] = [];
    const stack: Node[] = [...element.childNodes].reverse();
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (node.nodeType === NodeType.TEXT_NODE) texts.push(node);
      else if (node instanceof HTMLElement && !SKIP_TAGS.has(node.rawTagName.toLowerCase())) {
        for (let i = node.childNodes.length - 1; i >= 0; i -= 1) {
          const child = node.childNodes[i];
          if (child !== undefined) stack.push(child);
        }
      }
    }
    for (const text of texts) text.parentNode = element;
    element.childNodes = texts;
  }
}

/**
 * node-html-parser searches the rest of the document for `-->` (or `]]>`) from every `<!--` (or
 * `<![CDATA[`) opener, so thousands of unclosed openers are quadratic. It reads an unclosed opener
 * as text; escaping the openers past the last closer keeps that reading and skips the searches.
 */
function escapeUnclosedOpeners(html: string, opener: string, closer: string): string {
  const lastCloser = html.lastIndexOf(closer);
  const afterLastCloser = lastCloser < 0 ? 0 : lastCloser + closer.length;
  if (!html.includes(opener, afterLastCloser)) return html;
  const tail = html.slice(afterLastCloser).replaceAll(opener, `&lt;${opener.slice(1)}`);
  return html.slice(0, afterLastCloser) + tail;
}

/** Parses an HTML string with the options the walker expects (scripts and styles dropped). */
export function parseHtml(html: string): HTMLElement {
  const safe = escapeUnclosedOpeners(
    escapeUnclosedOpeners(html, '<!--', '-->'),
    '<![CDATA[',
    ']]>',
  );
  const root =
    unclosedTagCount(safe) > MAX_REPAIRED_UNCLOSED_TAGS
      ? parse(safe, { ...PARSE_OPTIONS, parseNoneClosedTags: true })
      : parse(safe, PARSE_OPTIONS);
  capDepth(root);
  return root;
}

/**
 * Text of an HTML fragment or element as paragraphs: entities decoded, whitespace collapsed,
 * scripts/styles/nav dropped, a space inserted where an inline element boundary would otherwise
 * glue two words together.
 */
export function htmlToParagraphs(input: string | HTMLElement): string[] {
  const root = typeof input === 'string' ? parseHtml(input) : input;
  const paragraphs: string[] = [];
  let current = '';
  let pendingSpace = false;
  let pendingBoundary = false;

  const flush = (): void => {
    const clean = current.trim();
    if (clean !== '') paragraphs.push(clean);
    current = '';
    pendingSpace = false;
    pendingBoundary = false;
  };

  const append = (raw: string): void => {
    let text = raw.replace(/[\s\u00a0]+/g, ' ');
    if (text === '') return;
    if (text.startsWith(' ')) {
      pendingSpace = true;
      text = text.slice(1);
    }
    if (text === '') return;
    if (current !== '') {
      if (pendingSpace) current += ' ';
      else if (pendingBoundary && WORD_CHAR_END.test(current) && WORD_CHAR_START.test(text)) {
        current += ' ';
      }
    }
    pendingSpace = false;
    pendingBoundary = false;
    if (text.endsWith(' ')) {
      pendingSpace = true;
      text = text.slice(0, -1);
    }
    current += text;
  };

  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      append((node as TextNode).text);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = (node.rawTagName ?? '').toLowerCase();
    if (SKIP_TAGS.has(tag)) return;
    if (tag === '' || BLOCK_TAGS.has(tag)) {
      if (tag !== '') flush();
      for (const child of node.childNodes) walk(child);
      if (tag !== '') flush();
      return;
    }
    // A one-letter inline element is a drop cap or an initial, part of the word it touches.
    const marksBoundary = !GLUING_INLINE_TAGS.has(tag) && hasTwoVisibleChars(node);
    if (marksBoundary) pendingBoundary = true;
    for (const child of node.childNodes) walk(child);
    if (marksBoundary) pendingBoundary = true;
  };

  walk(root);
  flush();
  return paragraphs;
}

/**
 * `element.text.trim().length > 1`, without building the text: on every inline element of a deep
 * chain that would make the walk quadratic in the nesting depth.
 */
function hasTwoVisibleChars(element: HTMLElement): boolean {
  let seen = 0;
  const pending: Node[] = [element];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.nodeType === NodeType.TEXT_NODE) {
      seen += Math.min(2, (node as TextNode).text.trim().length);
      if (seen > 1) return true;
    } else if (node instanceof HTMLElement) {
      for (const child of node.childNodes) pending.push(child);
    }
  }
  return false;
}

/** Plain text of an HTML fragment, paragraphs separated by a blank line. */
export function htmlToText(input: string | HTMLElement): string {
  return htmlToParagraphs(input).join('\n\n');
}

/** Single-line text of an element (titles, list items). */
function lineText(element: HTMLElement): string {
  return collapseWhitespace(htmlToParagraphs(element).join(' '));
}

function metaContent(root: HTMLElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const element =
      root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (href === undefined || href.trim() === '' || /^(javascript|mailto|tel):/i.test(href.trim())) {
    return undefined;
  }
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return undefined;
  }
}

function hostSource(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return HOST_SOURCES.find(([pattern]) => pattern.test(host))?.[1];
}

const TITLE_SELECTORS = [
  '.article-main-title',
  '.article-title',
  '[itemprop="headline"]',
  'article h1',
  'h1.title',
  'h1',
];

const DATE_SELECTORS = [
  '.publish-time',
  '.article-date',
  '[itemprop="datePublished"]',
  'time[datetime]',
  'time',
  '.date',
  '.post-date',
];

const CONTENT_SELECTORS = [
  '.content-wrapper',
  '.article-content',
  '.article-body',
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  'article',
  'main',
];

const RELATED_SELECTORS = [
  '.related',
  '.related-articles',
  '.related-news',
  '.more-from',
  '[class*="related"]',
];

/** `[Juche113.2.11.]` trailing a kcna.kp title is a date, not part of the title. */
const JUCHE_SUFFIX = /\s*\[?\s*Juche\s*\d{1,3}\.\d{1,2}\.\d{1,2}\.?\s*\]?\s*$/i;

function findTitle(root: HTMLElement): { text: string; element?: HTMLElement } | undefined {
  for (const selector of TITLE_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      const text = lineText(element);
      if (text !== '') return { text, element };
    }
  }
  const meta = metaContent(root, 'og:title', 'twitter:title');
  if (meta) return { text: meta };
  const title = root.querySelector('title');
  if (title) {
    const text = collapseWhitespace(title.text);
    if (text !== '') return { text };
  }
  return undefined;
}

function findDate(root: HTMLElement, titleText: string): { date?: string; element?: HTMLElement } {
  const meta = metaContent(
    root,
    'article:published_time',
    'og:published_time',
    'date',
    'pubdate',
    'dc.date',
  );
  const fromMeta = parseLooseDate(meta);
  if (fromMeta) return { date: fromMeta };
  for (const selector of DATE_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      const candidate =
        element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.text;
      const text = collapseWhitespace(candidate).replace(/^[[(]|[\])]$/g, '');
      const date =
        parseLooseDate(text) ??
        parseJucheDate(text) ??
        parseDayFirstDate(text.replace(/^Date:\s*/i, ''));
      if (date) return { date, element };
    }
  }
  const juche = parseJucheDate(titleText);
  if (juche) return { date: juche };
  // KCNA Watch prints `Date: 01/08/2021 | Source: ...` (day first) as plain text.
  const watch = /Date:\s*(\d{1,2}\/\d{1,2}\/\d{4})/.exec(root.text);
  const fromWatch = watch?.[1] === undefined ? undefined : parseDayFirstDate(watch[1]);
  return fromWatch ? { date: fromWatch } : {};
}

/**
 * Related-article lists: containers whose class says "related", or a `More From <source>` heading
 * followed by a list. Returns the refs and the elements used so they can be kept out of the body.
 */
function findRelated(
  root: HTMLElement,
  base: string | undefined,
): { refs: RelatedRef[]; containers: HTMLElement[] } {
  const containers: { element: HTMLElement; sourceName?: string }[] = [];
  const seen = new Set<HTMLElement>();
  for (const selector of RELATED_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      if (seen.has(element) || [...seen].some((s) => isInside(element, s))) continue;
      // `class="has-related"` on a wrapper must not take the article with it: a related list is
      // mostly link text.
      if (linkDensity(element) < 0.5) continue;
      seen.add(element);
      containers.push({ element });
    }
  }
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, .title, .heading')) {
    const match = /^More From\s+(.+)$/i.exec(lineText(heading));
    const list = heading.nextElementSibling;
    if (!match || list === null || seen.has(list)) continue;
    seen.add(list);
    containers.push({ element: list, sourceName: match[1]?.trim() });
    seen.add(heading);
    heading.remove();
  }

  const refs: RelatedRef[] = [];
  const urls = new Set<string>();
  for (const { element, sourceName } of containers) {
    for (const link of element.querySelectorAll('a[href]')) {
      const title = lineText(link);
      const url = resolveUrl(link.getAttribute('href'), base);
      if (title === '' || url === undefined || urls.has(url)) continue;
      urls.add(url);
      const item = link.closest('li') ?? link.parentNode;
      const timeElement = item?.querySelector('time');
      const date =
        parseLooseDate(timeElement?.getAttribute('datetime') ?? timeElement?.text) ??
        (item ? findDateInText(lineText(item)) : undefined);
      const teaserElement = item?.querySelector('p, .teaser, .summary');
      const teaser = teaserElement ? lineText(teaserElement) : '';
      refs.push({
        title,
        url,
        ...(date ? { date } : {}),
        ...(teaser && teaser !== title ? { teaser } : {}),
        ...(sourceName ? { sourceName } : {}),
      });
    }
  }
  return { refs, containers: containers.map((c) => c.element) };
}

function linkDensity(element: HTMLElement): number {
  const total = collapseWhitespace(element.text).length;
  if (total === 0) return 0;
  const links = element
    .querySelectorAll('a')
    .reduce((sum, a) => sum + collapseWhitespace(a.text).length, 0);
  return links / total;
}

function findDateInText(text: string): string | undefined {
  const match = /([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})|(\d{4}-\d{2}-\d{2})/.exec(text);
  return match ? parseLooseDate(match[0]) : undefined;
}

function isInside(element: HTMLElement, container: HTMLElement): boolean {
  for (let node = element.parentNode; node !== null; node = node.parentNode) {
    if (node === container) return true;
  }
  return false;
}

/** Readability-style fallback: the element whose direct `<p>` children hold the most prose. */
function densestBlock(root: HTMLElement): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  let bestScore = 0;
  for (const element of root.querySelectorAll('*')) {
    let score = 0;
    for (const child of element.childNodes) {
      if (!(child instanceof HTMLElement) || child.rawTagName.toLowerCase() !== 'p') continue;
      const text = collapseWhitespace(child.text).length;
      const linkText = child
        .querySelectorAll('a')
        .reduce((sum, a) => sum + collapseWhitespace(a.text).length, 0);
      // Link-heavy paragraphs are menus and teasers, not prose.
      score += Math.max(0, text - 2 * linkText);
    }
    if (score > bestScore) {
      bestScore = score;
      best = element;
    }
  }
  return best;
}

function findContent(root: HTMLElement): HTMLElement | undefined {
  for (const selector of CONTENT_SELECTORS) {
    for (const element of root.querySelectorAll(selector)) {
      if (collapseWhitespace(element.text).length >= 40) return element;
    }
  }
  return densestBlock(root);
}

/**
 * Parses one HTML article page into a RawArticle. Rejects (never throws) when there is no title or
 * no body text. The date comes from meta tags, `time`/date elements, a kcna.kp Juche date or a KCNA
 * Watch `Date: DD/MM/YYYY` line.
 */
export function parseHtmlPage(
  html: string,
  origin: RecordOrigin,
  options: HtmlPageOptions = {},
): ParseResult {
  const root = parseHtml(html);
  const canonical =
    root.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    metaContent(root, 'og:url');
  const url = options.url ?? resolveUrl(canonical, options.url);
  const language =
    root.querySelector('html')?.getAttribute('lang') ?? metaContent(root, 'og:locale', 'language');

  const title = findTitle(root);
  const titleText = title?.text ?? '';
  const { date, element: dateElement } = findDate(root, titleText);
  // Up to the next `|` or line end; a lazy `([^|]+?)\s*(?:\||$)` is quadratic on long blank runs.
  const watchSource = /\|\s*Source:\s*([^|\r\n]+)/.exec(root.text)?.[1]?.trim();
  const sourceName =
    options.sourceName ??
    hostSource(url) ??
    metaContent(root, 'og:site_name') ??
    (watchSource ? collapseWhitespace(watchSource) : undefined);

  const { refs, containers } = findRelated(root, url);
  for (const element of containers) element.remove();
  for (const element of root.querySelectorAll(CHROME_SELECTOR)) element.remove();
  title?.element?.remove();
  dateElement?.remove();

  const content = findContent(root);
  const paragraphs = (content ? htmlToParagraphs(content) : []).filter(
    (p) => !/^Date:\s*\d{1,2}\/\d{1,2}\/\d{4}/i.test(p),
  );
  const selfUrl = url;
  return toParseResult(
    {
      // Collapsed first: `\s*` at the pattern's start is quadratic on a long blank run (og:title).
      title: collapseWhitespace(titleText).replace(JUCHE_SUFFIX, ''),
      paragraphs,
      ...(date ? { date } : {}),
      ...(sourceName ? { sourceName } : {}),
      ...(url ? { url } : {}),
      ...(language ? { language } : {}),
      related: refs.filter((ref) => ref.url !== selfUrl),
    },
    origin,
  );
}
