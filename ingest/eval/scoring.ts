import type { ExtractedArticle } from '../types';
import type { GoldArticle } from './gold-types';
import { mulberry32 } from '../../model/seeded-random';

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

/** Label types scored as sets per article. */
export const SET_METRICS = ['actors', 'citations', 'quotes', 'epithets'] as const;
export type SetMetric = (typeof SET_METRICS)[number];

/** Readable names of the set metrics, for reports. */
export const SET_METRIC_NAMES: Readonly<Record<SetMetric, string>> = {
  actors: 'actors',
  citations: 'cited outlets',
  quotes: 'quotes',
  epithets: 'epithets',
};

export interface SetDiff {
  readonly missing: string[];
  readonly spurious: string[];
  readonly counts: Counts;
}

/** Per-article comparison: label sets and their differences. */
export interface ArticleDiff {
  /** Undefined for a label type the gold article was not labelled for (older gold files). */
  readonly sets: Readonly<Record<SetMetric, SetDiff | undefined>>;
  readonly events: {
    missing: string[];
    spurious: string[];
    correct: number;
    gold: number;
    predicted: number;
  };
}

function compareSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): SetDiff {
  const missing = [...gold].filter((g) => !predicted.has(g));
  const spurious = [...predicted].filter((p) => !gold.has(p));
  const tp = gold.size - missing.length;
  return { missing, spurious, counts: { tp, fp: spurious.length, fn: missing.length } };
}

/** An epithet as the rules record it: no quotation marks or trailing punctuation, lower case. */
export function normalizeEpithet(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^["'\s]+|["'\s.,;:!?]+$/g, '');
}

/**
 * Scores one article. Actors compare as sets of keys; cited outlets as sets of outlet keys; quotes
 * as sets of `speaker|kind` (several quotes of one speaker and kind count once, since labelling
 * every sentence boundary is noise); epithets as sets of normalized phrases (slogan narratives);
 * events as sets of `date|precision`, and an event date counts as correct when the extractor cites
 * the same date at the same precision.
 */
export function scoreArticle(gold: GoldArticle, got: ExtractedArticle): ArticleDiff {
  const goldEvents = new Set(gold.events.map((e) => `${e.date}|${e.precision}`));
  const gotEvents = new Set(got.events.map((e) => `${e.date}|${e.precision}`));
  const ev = compareSets(goldEvents, gotEvents);
  return {
    sets: {
      actors: compareSets(
        new Set(gold.actors.map((a) => a.key)),
        new Set(got.actors.map((a) => a.key)),
      ),
      citations:
        gold.citations === undefined
          ? undefined
          : compareSets(
              new Set(gold.citations.map((c) => c.outlet)),
              new Set(got.citations.map((c) => c.outletKey)),
            ),
      quotes: compareSets(
        new Set(gold.quotes.map((q) => `${q.speaker}|${q.kind}`)),
        new Set(got.quotes.map((q) => `${q.actorKey}|${q.kind}`)),
      ),
      epithets:
        gold.epithets === undefined
          ? undefined
          : compareSets(
              new Set(gold.epithets.map(normalizeEpithet)),
              new Set(
                got.narratives
                  .filter((n) => n.kind === 'slogan')
                  .map((n) => normalizeEpithet(n.label)),
              ),
            ),
    },
    events: {
      missing: ev.missing,
      spurious: ev.spurious,
      correct: ev.counts.tp,
      gold: goldEvents.size,
      predicted: gotEvents.size,
    },
  };
}

/** The figures the eval reports for a group of articles, by name (`actors.f1`, `events.accuracy`). */
export type Figures = Record<string, number>;

/** Sums of counts over a group of scored articles. */
export interface GroupTotals {
  readonly sets: Record<SetMetric, Counts & { articles: number }>;
  readonly events: { correct: number; gold: number; predicted: number };
}

/** Adds up the counts of the given articles (indices into `diffs`, repeats allowed). */
export function totals(diffs: readonly ArticleDiff[], indices?: readonly number[]): GroupTotals {
  const sets = Object.fromEntries(
    SET_METRICS.map((m) => [m, { tp: 0, fp: 0, fn: 0, articles: 0 }]),
  ) as Record<SetMetric, Counts & { articles: number }>;
  const events = { correct: 0, gold: 0, predicted: 0 };
  const count = indices?.length ?? diffs.length;
  for (let i = 0; i < count; i++) {
    const d = diffs[indices === undefined ? i : indices[i]!]!;
    for (const m of SET_METRICS) {
      const c = d.sets[m];
      if (c === undefined) continue;
      const t = sets[m];
      t.tp += c.counts.tp;
      t.fp += c.counts.fp;
      t.fn += c.counts.fn;
      t.articles += 1;
    }
    events.correct += d.events.correct;
    events.gold += d.events.gold;
    events.predicted += d.events.predicted;
  }
  return { sets, events };
}

/** Precision, recall and F1 per set metric (only those labelled), event accuracy and precision. */
export function figures(t: GroupTotals): Figures {
  const out: Figures = {};
  for (const m of SET_METRICS) {
    if (t.sets[m].articles === 0) continue;
    const r = prf(t.sets[m]);
    out[`${m}.precision`] = r.precision;
    out[`${m}.recall`] = r.recall;
    out[`${m}.f1`] = r.f1;
  }
  out['events.accuracy'] = t.events.gold === 0 ? 1 : t.events.correct / t.events.gold;
  out['events.precision'] = t.events.predicted === 0 ? 1 : t.events.correct / t.events.predicted;
  return out;
}

/**
 * 95% percentile-bootstrap intervals of every figure: the articles are resampled with replacement
 * `reps` times (articles, not labels, are the sampling unit, since labels of one article are
 * correlated) and each figure's 2.5th and 97.5th percentiles are taken.
 */
export function bootstrapIntervals(
  diffs: readonly ArticleDiff[],
  reps = 1000,
  seed = 1,
): Record<string, [number, number]> {
  const random = mulberry32(seed);
  const samples = new Map<string, number[]>();
  const indices: number[] = new Array<number>(diffs.length);
  for (let r = 0; r < reps && diffs.length > 0; r++) {
    for (let i = 0; i < diffs.length; i++) indices[i] = Math.floor(random() * diffs.length);
    for (const [name, value] of Object.entries(figures(totals(diffs, indices)))) {
      const list = samples.get(name) ?? [];
      list.push(value);
      samples.set(name, list);
    }
  }
  const out: Record<string, [number, number]> = {};
  for (const [name, values] of samples) {
    values.sort((a, b) => a - b);
    const at = (q: number): number =>
      values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
    out[name] = [at(0.025), at(0.975)];
  }
  return out;
}
