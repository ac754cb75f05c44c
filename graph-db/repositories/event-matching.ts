import { MONTH_NAMES, WEEKDAY_NAMES } from '@/ingest/extract/calendar-words';
import type { ExtractedEvent } from '@/ingest/types';

/**
 * Decides when an event cited by one article is the same happening as an Event already in the graph
 * (or cited earlier in the same batch): the same date at the same precision, overlapping actors and
 * a similar description, all three (docs/events.md). Pure, so the rule is pinned by unit tests
 * rather than hidden in Cypher.
 */

export interface EventCandidate {
  readonly key: string;
  readonly date: string;
  readonly precision: string;
  readonly actorKeys: readonly string[];
  readonly description: string;
}

/** Function words, and calendar words: events compared share their date already. */
const STOPWORDS = new Set<string>([
  ...'a an and are as at be by for from had has have in is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
  ...[...MONTH_NAMES, ...WEEKDAY_NAMES].map((word) => word.toLowerCase()),
]);

/** Content words of a description, for a bag-of-words comparison. */
export function descriptionTokens(text: string): Set<string> {
  const tokens = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 2 && !STOPWORDS.has(token));
  return new Set(tokens);
}

/**
 * Tokens per description object: a batch scores each candidate against every event of its day, and
 * tokenising both sides each time was most of the matching's cost.
 */
const tokensByOwner = new WeakMap<object, ReadonlySet<string>>();

function tokensOf(owner: { readonly description: string }): ReadonlySet<string> {
  let tokens = tokensByOwner.get(owner);
  if (tokens === undefined)
    tokensByOwner.set(owner, (tokens = descriptionTokens(owner.description)));
  return tokens;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Range of candidate dates to read from the graph for an extracted event: its own date. Two
 * occasions a day apart are two events (a statement on Monday, its answer on Tuesday), and a
 * slack of a day once let one swallow the other.
 */
export function candidateDateRange(event: Pick<ExtractedEvent, 'date' | 'precision'>): {
  from: string;
  to: string;
} {
  return { from: event.date, to: event.date };
}

/** Below this description similarity two events are different happenings whatever their actors. */
export const MIN_DESCRIPTION_SIMILARITY = 0.15;

/**
 * Score in 0..1 of `event` and `candidate` being one happening; 0 unless they share date and
 * precision, at least one actor and some description. Shared actors weigh most: a date plus the
 * same protagonists is strong evidence in this domain.
 */
export function eventMatchScore(
  event: Pick<ExtractedEvent, 'date' | 'precision' | 'actorKeys' | 'description'>,
  candidate: EventCandidate,
): number {
  if (event.precision !== candidate.precision || event.date !== candidate.date) return 0;
  const actorScore = jaccard(new Set(event.actorKeys), new Set(candidate.actorKeys));
  if (actorScore === 0) return 0;
  const textScore = jaccard(tokensOf(event), tokensOf(candidate));
  if (textScore < MIN_DESCRIPTION_SIMILARITY) return 0;
  return 0.65 * actorScore + 0.35 * textScore;
}

/** Events scoring at least this are merged. */
export const EVENT_MATCH_THRESHOLD = 0.3;

/** The best matching candidate, or undefined when none reaches the threshold. */
export function findMatchingEvent(
  event: Pick<ExtractedEvent, 'date' | 'precision' | 'actorKeys' | 'description'>,
  candidates: readonly EventCandidate[],
): EventCandidate | undefined {
  let best: EventCandidate | undefined;
  let bestScore = EVENT_MATCH_THRESHOLD;
  for (const candidate of candidates) {
    const score = eventMatchScore(event, candidate);
    // Ties go to the smaller key so the outcome does not depend on read order.
    if (
      score > bestScore ||
      (score === bestScore && best !== undefined && candidate.key < best.key)
    ) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
