import type { ExtractedArticle } from '../types';
import type { GoldArticle } from './gold-types';

/** True/false positives and false negatives for one label type. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 from counts (1 when there is nothing to find and nothing found). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Per-article comparison: label sets and their differences. */
export interface ArticleDiff {
  readonly actors: { missing: string[]; spurious: string[]; counts: Counts };
  readonly quotes: { missing: string[]; spurious: string[]; counts: Counts };
  readonly events: {
    missing: string[];
    spurious: string[];
    correct: number;
    gold: number;
    predicted: number;
  };
}

function compareSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>) {
  const missing = [...gold].filter((g) => !predicted.has(g));
  const spurious = [...predicted].filter((p) => !gold.has(p));
  const tp = gold.size - missing.length;
  return { missing, spurious, counts: { tp, fp: spurious.length, fn: missing.length } };
}

/**
 * Scores one article. Actors compare as sets of keys; quotes as sets of `speaker|kind` (several
 * quotes of one speaker and kind count once, since labelling every sentence boundary is noise);
 * events as sets of `date|precision`, and an event date counts as correct when the extractor cites
 * the same date at the same precision.
 */
export function scoreArticle(gold: GoldArticle, got: ExtractedArticle): ArticleDiff {
  const actors = compareSets(
    new Set(gold.actors.map((a) => a.key)),
    new Set(got.actors.map((a) => a.key)),
  );
  const quotes = compareSets(
    new Set(gold.quotes.map((q) => `${q.speaker}|${q.kind}`)),
    new Set(got.quotes.map((q) => `${q.actorKey}|${q.kind}`)),
  );
  const goldEvents = new Set(gold.events.map((e) => `${e.date}|${e.precision}`));
  const gotEvents = new Set(got.events.map((e) => `${e.date}|${e.precision}`));
  const ev = compareSets(goldEvents, gotEvents);
  return {
    actors,
    quotes,
    events: {
      missing: ev.missing,
      spurious: ev.spurious,
      correct: ev.counts.tp,
      gold: goldEvents.size,
      predicted: gotEvents.size,
    },
  };
}
