import type {
  BatchOutcome,
  ExtractedArticle,
  SubmittedInput,
  SubmittedInputs,
} from '@/ingest/run-ingest';
import type * as IngestEntry from '@/ingest/run-ingest';
import { readApiSettings } from '@/config/server';
import { globalId } from '@/model/graph-slice';
import { deliverPendingAlerts } from '@/delivery/webhook';
import type { GraphQLContext } from '../context';
import { badInput, forbidden } from '../errors';
import type { IngestPageInput, Resolvers } from '../generated/resolvers-types';
import { LIMITS } from '../limits/limits';
import { loaders } from '../execution/loaders';
import type { IngestedArticleModel } from '../models/models';

/**
 * The ingest entry the CLI uses, loaded on the first ingest: its language models take about half
 * a second to load, which every server start paid for an API that mostly reads.
 */
type IngestModule = typeof IngestEntry;
const loadIngest = (): Promise<IngestModule> => import('@/ingest/run-ingest');

/** Ingest mutations can be turned off on a public deployment with GRAPHQL_INGEST=false. */
function checkEnabled(): void {
  if (!readApiSettings().ingest) {
    throw forbidden('ingest mutations are disabled on this server (GRAPHQL_INGEST=false)');
  }
}

/** An explicit URL argument must be safe: the caller is told, where a parsed record just drops it. */
function checkUrl(
  ingest: IngestModule,
  url: string | null | undefined,
  argument: string,
): string | undefined {
  if (url === null || url === undefined || url === '') return undefined;
  const safe = ingest.safeHttpUrl(url.trim());
  if (safe === undefined) {
    throw badInput(
      `${argument} must be an http(s) URL of at most ${ingest.MAX_URL_LENGTH} characters`,
      argument,
    );
  }
  return safe;
}

const PAGE_FORMATS = {
  PAGE_TEXT: 'page-text',
  HTML: 'html',
  JSON_RECORD: 'json-record',
} as const;

function pageInput(ingest: IngestModule, input: IngestPageInput): SubmittedInput {
  const url = checkUrl(ingest, input.url, 'input.url');
  const sourceName = input.sourceName?.trim() || undefined;
  return {
    kind: 'page',
    format: PAGE_FORMATS[input.format],
    text: input.text,
    ...(url ? { url } : {}),
    ...(sourceName ? { sourceName } : {}),
  };
}

/** Runs the submitted inputs through the ingest pipeline in one batch; reports each by position. */
async function ingestSubmitted(
  context: GraphQLContext,
  ingest: IngestModule,
  inputs: SubmittedInputs,
): Promise<{
  articles: IngestedArticleModel[];
  rejected: { index: number; reason: string }[];
}> {
  const articles: IngestedArticleModel[] = [];
  let alerts = false;
  const written = (batch: readonly ExtractedArticle[], outcome: BatchOutcome) => {
    if ('alerts' in outcome && Array.isArray(outcome.alerts) && outcome.alerts.length > 0)
      alerts = true;
    for (const article of batch) {
      const status = outcome.statuses.get(article.key);
      if (status === undefined) continue;
      articles.push({
        index: (article.origin.record ?? 1) - 1,
        id: globalId('Article', article.key),
        key: article.key,
        status: status === 'created' ? 'CREATED' : status === 'updated' ? 'UPDATED' : 'UNCHANGED',
        actors: article.actors.length,
        events: article.events.length,
        quotes: article.quotes.length,
        narratives: article.narratives.length,
      });
    }
  };
  const summary = await ingest.runIngest(inputs, {
    sink: context.db.ingest,
    batchSize: Math.max(1, inputs.submitted.length),
    onWritten: written,
  });
  if (alerts) {
    // Webhooks retry for about half a minute: the mutation answers without waiting for them.
    deliverPendingAlerts(context.db.alerts).catch((error: unknown) =>
      console.error('webhook delivery failed:', error),
    );
  }
  const rejected = summary.rejected
    .map((problem) => ({ index: (problem.origin.record ?? 1) - 1, reason: problem.reason }))
    .sort((a, b) => a.index - b.index);
  articles.sort((a, b) => a.index - b.index);
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
      const ingest = await loadIngest();
      return ingestSubmitted(context, ingest, {
        submitted: [pageInput(ingest, input)],
        location: input.url ?? 'graphql:ingestPage',
      });
    },
    ingestArticles: async (_parent, { articles }, context) => {
      checkEnabled();
      if (articles.length === 0 || articles.length > LIMITS.maxIngestArticles) {
        throw badInput(`articles must hold 1..${LIMITS.maxIngestArticles} items`, 'articles');
      }
      const ingest = await loadIngest();
      const submitted = articles.map((input, index): SubmittedInput => {
        if (input.text.length > LIMITS.maxPageChars) {
          return {
            kind: 'refused',
            reason: `text longer than ${LIMITS.maxPageChars} characters`,
          };
        }
        const url = checkUrl(ingest, input.url, `articles[${index}].url`);
        return {
          kind: 'record',
          record: {
            title: input.title,
            text: input.text,
            ...(input.date ? { date: input.date } : {}),
            ...(input.source ? { source: input.source } : {}),
            ...(url ? { url } : {}),
            ...(input.language ? { language: input.language } : {}),
          },
        };
      });
      return ingestSubmitted(context, ingest, { submitted, location: 'graphql:ingestArticles' });
    },
  },
  IngestedArticle: {
    article: async (model, _args, context) => {
      const row = await loaders(context).node.load(model.id);
      return row?.kind === 'Article' ? row : null;
    },
  },
};
