/**
 * Hrefs built from graph data. Ingest drops unsafe URLs (ingest/sources/safe-url.ts), but a
 * database may hold rows written before that gate, or by another writer; so every link made from
 * data goes through here as well, and only a site path or an absolute http(s) URL can come out.
 * Pure and dependency-free so client components can import it.
 */

/** Longest href made from data. */
const MAX_HREF_LENGTH = 4_000;

/** Stands in for this site's origin when reading a site path; never rendered. */
const SITE = 'https://site.invalid';

/** What a browser drops before reading a URL: edge C0 controls and spaces, tabs and newlines inside. */
function asBrowserReads(value: string): string {
  const inner = value.replace(/[\t\n\r]/g, '');
  let start = 0;
  let end = inner.length;
  while (start < end && inner.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && inner.charCodeAt(end - 1) <= 0x20) end -= 1;
  return inner.slice(start, end);
}

/**
 * A path on this site (`/article/Article%3A…`), canonicalized, or undefined for anything else:
 * another scheme, a protocol-relative `//host` or `/\host`, a relative path.
 */
function sitePathOf(value: string): string | undefined {
  const cleaned = asBrowserReads(value);
  if (!cleaned.startsWith('/') || cleaned.startsWith('//') || cleaned.startsWith('/\\')) {
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(cleaned, SITE);
  } catch {
    return undefined;
  }
  if (parsed.origin !== SITE) return undefined;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/**
 * An href safe to render from data: a site path or an absolute http(s) URL (canonical form), else
 * undefined, so `javascript:`, `data:`, `vbscript:` and their disguises (` JaVaScRiPt:`,
 * `java\tscript:`, leading control characters) never reach an `href`.
 */
export function safeHref(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_HREF_LENGTH) return undefined;
  const path = sitePathOf(value);
  if (path !== undefined) return path;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.hostname === '' ? undefined : parsed.href;
}

/**
 * A link to a page of this site built from data (`/article/<id>`, `/v/<slug>`): the path when it
 * stays on this site, else `fallback`. Never an external or script URL, whatever the data holds.
 */
export function sitePath(path: string, fallback = '/'): string {
  if (path.length > MAX_HREF_LENGTH) return fallback;
  return sitePathOf(path) ?? fallback;
}
