/**
 * The one gate for URLs taken from ingested data (article, canonical and related-list links, API
 * arguments). Stored URLs end up in pages and exports, so anything that is not plainly an absolute
 * http(s) URL is dropped here: `javascript:`, `data:`, `vbscript:`, `file:` and friends in any
 * disguise. Pure, so the rules are pinned by unit tests.
 */

/** Longest URL kept; longer values are pastes or payloads, not article links. */
export const MAX_URL_LENGTH = 2_000;

/**
 * The URL as an absolute http(s) URL in canonical form, or undefined when it is anything else.
 *
 * The check is the WHATWG URL parser's own reading, which is what a browser does with an href: it
 * strips leading C0 controls and spaces, removes tabs and newlines anywhere (`java\tscript:`) and
 * lower-cases the scheme (` JaVaScRiPt:`), so no disguise reads differently here than there. The
 * canonical serialization is returned rather than the input: it percent-encodes spaces, quotes and
 * angle brackets, so the stored value stays inert even where it is pasted into markup.
 *
 * HTML character references are not decoded (parsers hand over decoded attributes): without a
 * `base`, `&#106;avascript:` has no scheme and is dropped; with one it resolves to a harmless path
 * on the base's site.
 */
export function safeHttpUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(value) : new URL(value, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === '' || parsed.href.length > MAX_URL_LENGTH) return undefined;
  return parsed.href;
}
