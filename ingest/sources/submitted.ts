import { parseHtmlPage } from './html-page';
import { parseJsonRecord } from './json-corpus';
import { parsePageText } from './page-text';
import type { ParseResult, RecordOrigin } from '../types';

/** A page or record handed over in memory (the API's `ingestPage` and `ingestArticles`). */
export type SubmittedInput =
  | {
      readonly kind: 'page';
      readonly format: 'page-text' | 'html' | 'json-record';
      readonly text: string;
      /** Already checked by the caller (`safeHttpUrl`). */
      readonly url?: string;
      readonly sourceName?: string;
    }
  | {
      /** Fields of a generic JSON record (title, text, date, source, url, language). */
      readonly kind: 'record';
      readonly record: Readonly<Record<string, unknown>>;
    }
  | {
      /** Refused by the caller before parsing; reported like any rejected record. */
      readonly kind: 'refused';
      readonly reason: string;
    };

function parseJsonPage(text: string, origin: RecordOrigin, extra: Record<string, unknown>) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false as const,
      rejected: {
        origin,
        reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    value = { ...(value as Record<string, unknown>), ...extra };
  }
  return parseJsonRecord(value, origin, { titleFromText: true });
}

/** Parses one submitted input; the submitter's URL and source name override the page's own. */
export function parseSubmitted(input: SubmittedInput, origin: RecordOrigin): ParseResult {
  if (input.kind === 'refused') return { ok: false, rejected: { origin, reason: input.reason } };
  if (input.kind === 'record')
    return parseJsonRecord(input.record, origin, { titleFromText: false });
  const { url, sourceName } = input;
  switch (input.format) {
    case 'page-text': {
      const result = parsePageText(input.text, origin);
      if (!result.ok) return result;
      return {
        ok: true,
        article: {
          ...result.article,
          ...(sourceName ? { sourceName } : {}),
          ...(url ? { url } : {}),
        },
      };
    }
    case 'html':
      return parseHtmlPage(input.text, origin, {
        ...(url ? { url } : {}),
        ...(sourceName ? { sourceName } : {}),
      });
    case 'json-record':
      return parseJsonPage(input.text, origin, {
        ...(sourceName ? { source: sourceName } : {}),
        ...(url ? { url } : {}),
      });
  }
}
