import { parseHtmlPage } from '@/ingest/sources/html-page';
import { parseJsonRecord } from '@/ingest/sources/json-corpus';
import { parsePageText } from '@/ingest/sources/page-text';
import { MAX_URL_LENGTH, safeHttpUrl } from '@/ingest/sources/safe-url';
import type { ExtractedArticle, ParseResult, RecordOrigin } from '@/ingest/types';
import { globalId } from '@/model/graph-slice';
import { deliverPendingAlerts } from '@/delivery/webhook';
import type { GraphQLContext } from '../context';
import { badInput, forbidden } from '../errors';
import type { IngestPageInput, Resolvers } from '../generated/resolvers-types';
import { LIMITS } from '../limits/limits';
import { loaders } from '../execution/loaders';
import type { IngestedArticleModel } from '../models/models';

/** Ingest mutations can be turned off on a public deployment with GRAPHQL_INGEST=false. */
function checkEnabled(): void {
  if (process.env.GRAPHQL_INGEST === 'false') {
    throw forbidden('ingest mutations are disabled on this server (GRAPHQL_INGEST=false)');
  }
}

/** An explicit URL argument must be safe: the caller is told, where a parsed record just drops it. */
function checkUrl(url: string | null | undefined, argument: string): string | undefined {
  if (url === null || url === undefined || url === '') return undefined;
  const safe = safeHttpUrl(url.trim());
  if (safe === undefined) {
    throw badInput(
      `${argument} must be an http(s) URL of at most ${MAX_URL_LENGTH} characters`,
      argument,
    );
  }
  return safe;
}

function parsePage(input: IngestPageInput, origin: RecordOrigin): ParseResult {
  const url = checkUrl(input.url, 'input.url');
  const sourceName = input.sourceName?.trim() || undefined;
  switch (input.format) {
    case 'PAGE_TEXT': {
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
    case 'HTML':
      return parseHtmlPage(input.text, origin, {
        ...(url ? { url } : {}),
        ...(sourceName ? { sourceName } : {}),
      });
    case 'JSON_RECORD': {
      let value: unknown;
      try {
        value = JSON.parse(input.text);
      } catch (error) {
        return {
          ok: false,
          rejected: {
            origin,
            reason: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
          },
        };
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        value = {
          ...(value as Record<string, unknown>),
          ...(sourceName ? { source: sourceName } : {}),
          ...(url ? { url } : {}),
        };
      }
      return parseJsonRecord(value, origin, { titleFromText: true });
    }
  }
}

/** Extracts the parsed inputs and writes them in one batch; reports each input by position. */
async function extractAndWrite(
  context: GraphQLContext,
  parsed: readonly ParseResult[],
): Promise<{
  articles: IngestedArticleModel[];
  rejected: { index: number; reason: string }[];
}> {
  const rejected: { index: number; reason: string }[] = [];
  const extracted: { index: number; article: ExtractedArticle }[] = [];
  // Loaded on the first ingest: loading its language models takes about half a second, which
  // every server start paid for an API that mostly reads.
  const { extractArticle } = await import('@/ingest/extract/extract-article');
  parsed.forEach((result, index) => {
    if (!result.ok) {
      rejected.push({ index, reason: result.rejected.reason });
      return;
    }
    try {
      extracted.push({ index, article: extractArticle(result.article) });
    } catch (error) {
      rejected.push({
        index,
        reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  const report =
    extracted.length === 0
      ? { statuses: new Map<string, string>(), failed: [] }
      : await context.db.ingest.writeBatch(extracted.map((e) => e.article));
  if ('alerts' in report && report.alerts?.length) {
    // Webhooks retry for about half a minute: the mutation answers without waiting for them.
    deliverPendingAlerts(context.db.alerts).catch((error: unknown) =>
      console.error('webhook delivery failed:', error),
    );
  }
  const failedReasons = new Map(report.failed.map((f) => [f.article.key, f.reason]));
  const articles: IngestedArticleModel[] = [];
  for (const { index, article } of extracted) {
    const status = report.statuses.get(article.key);
    if (status === undefined) {
      rejected.push({
        index,
        reason: `not stored: ${failedReasons.get(article.key) ?? 'unknown'}`,
      });
      continue;
    }
    articles.push({
      index,
      id: globalId('Article', article.key),
      key: article.key,
      status: status === 'created' ? 'CREATED' : status === 'updated' ? 'UPDATED' : 'UNCHANGED',
      actors: article.actors.length,
      events: article.events.length,
      quotes: article.quotes.length,
      narratives: article.narratives.length,
    });
  }
  rejected.sort((a, b) => a.index - b.index);
  return { articles, rejected };
}

/** `ingestPage` and `ingestArticles`: the ingest pipeline behind GraphQL. */
export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestPage: async (_parent, { input }, context) => {
      checkEnabled();
      if (input.text.length > LIMITS.maxPageChars) {
        throw badInput(
          `input.text must be at most ${LIMITS.maxPageChars} characters`,
          'input.text',
        );
      }
      const origin = { location: input.url ?? 'graphql:ingestPage' };
      return extractAndWrite(context, [parsePage(input, origin)]);
    },
    ingestArticles: async (_parent, { articles }, context) => {
      checkEnabled();
      if (articles.length === 0 || articles.length > LIMITS.maxIngestArticles) {
        throw badInput(`articles must hold 1..${LIMITS.maxIngestArticles} items`, 'articles');
      }
      const parsed = articles.map((input, index) => {
        const origin = { location: 'graphql:ingestArticles', record: index + 1 };
        if (input.text.length > LIMITS.maxPageChars) {
          return {
            ok: false as const,
            rejected: { origin, reason: `text longer than ${LIMITS.maxPageChars} characters` },
          };
        }
        const url = checkUrl(input.url, `articles[${index}].url`);
        const record: Record<string, unknown> = {
          title: input.title,
          text: input.text,
          ...(input.date ? { date: input.date } : {}),
          ...(input.source ? { source: input.source } : {}),
          ...(url ? { url } : {}),
          ...(input.language ? { language: input.language } : {}),
        };
        return parseJsonRecord(record, origin, { titleFromText: false });
      });
      return extractAndWrite(context, parsed);
    },
  },
  IngestedArticle: {
    article: async (model, _args, context) => {
      const row = await loaders(context).node.load(model.id);
      return row?.kind === 'Article' ? row : null;
    },
  },
};
