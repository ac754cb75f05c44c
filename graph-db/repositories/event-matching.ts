import type { ExtractedEvent } from '@/ingest/types';

/**
 * Decides when an event cited by one article is the same happening as an Event already in the graph
 * (or cited earlier in the same batch): close dates, overlapping actors, similar description.
 * Pure, so the rule is pinned by unit tests rather than hidden in Cypher.
 */

export interface EventCandidate {
  readonly key: string;
  readonly date: string;
  readonly precision: string;
  readonly actorKeys: readonly string[];
  readonly description: string;
}

const STOPWORDS = new Set(
  'a an and are as at be by for from had has have in is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

/** Content words of a description, for a bag-of-words comparison. */
export function descriptionTokens(text: string): Set<string> {
  const tokens = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 2 && !STOPWORDS.has(token));
  return new Set(tokens);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

/** How many days apart two events may be and still be the same, by precision. */
const DAY_TOLERANCE: Readonly<Record<string, number>> = { day: 1, month: 0, year: 0 };

/** Range of candidate dates to read from the graph for an extracted event. */
export function candidateDateRange(event: Pick<ExtractedEvent, 'date' | 'precision'>): {
  from: string;
  to: string;
} {
  const tolerance = DAY_TOLERANCE[event.precision] ?? 0;
  const day = dayNumber(event.date);
  const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
  return { from: iso(day - tolerance), to: iso(day + tolerance) };
}

/**
 * Score in 0..1 of `event` and `candidate` being one happening; 0 when dates or precision rule it out.
 * Shared actors weigh most: a date plus the same protagonists is strong evidence in this domain.
 */
export function eventMatchScore(
  event: Pick<ExtractedEvent, 'date' | 'precision' | 'actorKeys' | 'description'>,
  candidate: EventCandidate,
): number {
  if (event.precision !== candidate.precision) return 0;
  const tolerance = DAY_TOLERANCE[event.precision] ?? 0;
  if (Math.abs(dayNumber(event.date) - dayNumber(candidate.date)) > tolerance) return 0;
  const actorScore = jaccard(new Set(event.actorKeys), new Set(candidate.actorKeys));
  const textScore = jaccard(
    descriptionTokens(event.description),
    descriptionTokens(candidate.description),
  );
  if (event.actorKeys.length === 0 && candidate.actorKeys.length === 0) return textScore;
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
