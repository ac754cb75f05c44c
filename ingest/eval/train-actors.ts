/**
 * The actor model experiment (docs/extraction.md, "A learned actor model"): a logistic regression
 * that drops rule keys and adds capitalised spans, trained on the labelled articles we may tune on
 * (the dev gold files and the actor blind samples, never the held-out or untouched files). Picks
 * the L2 penalty, feature cut-off and thresholds (among the 40 extreme out-of-fold scores of each
 * side) by 5-fold cross-validation over articles, prints
 * rules alone vs rules + model per fold and pooled with the paired bootstrap interval of the F1
 * difference, the decisions that differ from the rules, the full fit's largest weights, and
 * whether the model clears the bar for shipping (interval above 0, precision not lower).
 *
 *   npm run train:actors [-- --no-extras]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActorFilter, ActorFilterInput } from '../extract/actor-filter';
import { createArticleExtractor } from '../extract/extract-article';
import { buildGazetteer, loadOutletList } from '../gazetteer';
import { actorCandidates, EXTRA_EXTRACTOR, extraCandidates } from './actor-features';
import {
  articleCounts,
  auc,
  folds,
  keepProbability,
  keeps,
  pairedF1Interval,
  sumCounts,
  trainLogistic,
  type Example,
  type Thresholds,
  type TrainingArticle,
  type TrainOptions,
} from './actor-training';
import type { GoldArticle, GoldFile } from './gold-types';
import { loadRawArticles } from './load-raw-articles';
import { prf, type Counts } from './scoring';

const here = dirname(fileURLToPath(import.meta.url));
/** The only files training reads: named one by one so no held-out label can slip in. */
const TRAINING_FILES = [
  'gold/seed.json',
  'gold/kcna-2011.json',
  'gold/kcna-2024.json',
  'gold/tuning-2026-12.json',
  'gold/tuning-2026-12b.json',
  'gold/tuning-2026-12c.json',
  'blind/actors-2026-12d.json',
  'blind/actors-2026-12e.json',
];
const SEED = 20261207;
const useExtras = !process.argv.includes('--no-extras');
const K = 5;
const EPOCHS = 300;
const GRID: readonly Omit<TrainOptions, 'epochs'>[] = [0.001, 0.003, 0.01, 0.03].flatMap((l2) =>
  [2, 3, 5].map((minCount) => ({ l2, minCount })),
);
/** How many of the lowest-scoring rule keys and highest-scoring extra spans are tried as cuts. */
const CUTS = 40;
const RULES_ALONE: Thresholds = { dropBelow: 0, addFrom: 1.01 };

async function loadArticles(): Promise<TrainingArticle[]> {
  const gold: GoldArticle[] = [];
  for (const file of TRAINING_FILES) {
    const parsed = JSON.parse(readFileSync(join(here, file), 'utf8')) as GoldFile;
    gold.push(...parsed.articles);
  }
  const raws = await loadRawArticles(gold, []);
  const corpusDir = join(here, '../../../shared/corpus');
  // What the filter saw of the article being extracted (English articles only).
  const last: { input?: ActorFilterInput } = {};
  const record: ActorFilter = (input) => {
    last.input = input;
    return input.mentions;
  };
  const extract = createArticleExtractor(
    buildGazetteer({ extra: loadOutletList(join(corpusDir, 'euvsdisinfo-outlets.txt')) }),
    { actorFilter: record },
  );
  const out: TrainingArticle[] = [];
  for (const g of gold) {
    const raw = raws.get(g);
    if (raw === undefined) throw new Error(`Not in the corpus: ${g.corpus} ${g.date} ${g.title}`);
    delete last.input;
    const got = extract(raw);
    const goldKeys = new Set(g.actors.map((a) => a.key));
    const examples: Example[] = [];
    const decided = new Set<string>();
    // Set by the extraction above (TypeScript cannot see the callback's write).
    const input = last.input as ActorFilterInput | undefined;
    if (input !== undefined) {
      const { text, mentions, sentences, bodyStart, referenced } = input;
      for (const c of [
        ...actorCandidates(text, mentions, sentences),
        ...(useExtras ? extraCandidates(text, mentions, sentences, bodyStart) : []),
      ]) {
        if (referenced.has(c.key)) continue;
        decided.add(c.key);
        examples.push({
          features: c.features,
          positive: goldKeys.has(c.key),
          key: c.key,
          extra: c.mentions[0]?.extractor === EXTRA_EXTRACTOR,
        });
      }
    }
    const fixed: Counts = { tp: 0, fp: 0, fn: 0 };
    const predicted = new Set(got.actors.map((a) => a.key));
    for (const key of predicted) {
      if (decided.has(key)) continue;
      if (goldKeys.has(key)) fixed.tp++;
      else fixed.fp++;
    }
    for (const key of goldKeys) if (!predicted.has(key) && !decided.has(key)) fixed.fn++;
    out.push({ id: `${g.corpus} ${g.date} ${g.title}`, examples, fixed });
  }
  return out;
}

const f3 = (x: number): string => x.toFixed(3);
const row = (label: string, c: Counts): string => {
  const r = prf(c);
  return `${label.padEnd(22)} ${f3(r.precision)}  ${f3(r.recall)}  ${f3(r.f1)}  ${c.tp}/${c.fp}/${c.fn}`;
};

/** Out-of-fold scores of every candidate, each article scored by the model trained without its fold. */
function outOfFold(
  articles: readonly TrainingArticle[],
  parts: readonly number[][],
  options: TrainOptions,
): number[][] {
  const scores: number[][] = articles.map(() => []);
  for (const part of parts) {
    const held = new Set(part);
    const train = articles.filter((_, i) => !held.has(i)).flatMap((a) => a.examples);
    const weights = trainLogistic(train, options);
    for (const i of part)
      scores[i] = articles[i]!.examples.map((e) => keepProbability(weights, e.features));
  }
  return scores;
}

async function main(): Promise<void> {
  const articles = await loadArticles();
  const examples = articles.flatMap((a) => a.examples);
  const negatives = examples.filter((e) => !e.positive).length;
  console.log(
    `${articles.length} articles, ${examples.length} candidate keys (${negatives} not gold actors).`,
  );
  const parts = folds(articles.length, K, SEED);
  const rules = articles.map((a) => articleCounts(a, undefined, RULES_ALONE));
  let best: { options: TrainOptions; t: Thresholds; f1: number; scores: number[][] } | undefined;
  for (const g of GRID) {
    const options = { ...g, epochs: EPOCHS };
    const scores = outOfFold(articles, parts, options);
    // Cuts just above each of the lowest rule-key scores and at each of the highest extra scores.
    const flat = articles.flatMap((a, i) => a.examples.map((e, j) => ({ e, s: scores[i]![j]! })));
    const ruleScores = flat.filter((x) => !x.e.extra).map((x) => x.s);
    const extraScores = flat.filter((x) => x.e.extra).map((x) => x.s);
    const dropCuts = [
      0,
      ...ruleScores
        .sort((a, b) => a - b)
        .slice(0, CUTS)
        .map((x) => x + 1e-9),
    ];
    const addCuts = [1.01, ...extraScores.sort((a, b) => b - a).slice(0, CUTS)];
    for (const dropBelow of dropCuts)
      for (const addFrom of addCuts) {
        const t = { dropBelow, addFrom };
        const f1 = prf(sumCounts(articles.map((a, i) => articleCounts(a, scores[i], t)))).f1;
        if (best === undefined || f1 > best.f1 + 1e-9) best = { options, t, f1, scores };
      }
  }
  if (best === undefined) throw new Error('Empty grid.');
  const { options, t, scores } = best;
  const withModel = articles.map((a, i) => articleCounts(a, scores[i], t));
  console.log(
    `\nChosen by pooled CV F1: l2 ${options.l2}, min count ${options.minCount}, drop below ${f3(t.dropBelow)}, add from ${f3(t.addFrom)} (1.010: never).`,
  );
  console.log(`\n${''.padEnd(22)} P      R      F1     tp/fp/fn`);
  parts.forEach((part, f) => {
    console.log(row(`fold ${f + 1} rules`, sumCounts(part.map((i) => rules[i]!))));
    console.log(row(`fold ${f + 1} rules+model`, sumCounts(part.map((i) => withModel[i]!))));
  });
  console.log(row('pooled rules', sumCounts(rules)));
  console.log(row('pooled rules+model', sumCounts(withModel)));
  const [lo, hi] = pairedF1Interval(rules, withModel);
  console.log(
    `F1 difference (model - rules): ${f3(prf(sumCounts(withModel)).f1 - prf(sumCounts(rules)).f1)}, 95% paired bootstrap [${f3(lo)}, ${f3(hi)}] (1,000 resamples of articles, seed 1).`,
  );
  const scored = articles.flatMap((a, i) =>
    a.examples.map((e, j) => ({ extra: e.extra, positive: e.positive, score: scores[i]![j]! })),
  );
  console.log(
    `Out-of-fold ROC AUC: rule keys ${f3(auc(scored.filter((x) => !x.extra)))}, extra spans ${f3(auc(scored.filter((x) => x.extra)))}.`,
  );
  const lowestRules = scored
    .filter((x) => !x.extra)
    .sort((a, b) => a.score - b.score)
    .slice(0, CUTS);
  const highestExtras = scored
    .filter((x) => x.extra)
    .sort((a, b) => b.score - a.score)
    .slice(0, CUTS);
  console.log(
    `Of the ${CUTS} lowest-scoring rule keys ${lowestRules.filter((x) => !x.positive).length} are not gold actors; of the ${CUTS} highest-scoring extra spans ${highestExtras.filter((x) => x.positive).length} are.`,
  );
  // The decisions that differ from the rules': rule keys dropped, extra spans kept, gold spans missed.
  const changes = articles.flatMap((a, i) =>
    a.examples.flatMap((e, j) => {
      const kept = keeps(t, e.extra, scores[i]![j]!);
      const extra = e.extra;
      if (kept === !extra && !(extra && e.positive)) return [];
      const what = extra ? (kept ? 'added' : 'not added') : 'dropped';
      const right = kept === e.positive ? 'right' : 'wrong';
      return [`${what} (${right}) ${f3(scores[i]![j]!)} ${e.key} in ${a.id}`];
    }),
  );
  console.log(`\nOut-of-fold changes (${changes.length}):\n  ${changes.join('\n  ')}`);

  const weights = trainLogistic(examples, options);
  const top = [...weights].sort(([, a], [, b]) => Math.abs(b) - Math.abs(a)).slice(0, 20);
  console.log(
    `\nLargest weights of the fit on all ${articles.length} articles (${weights.size} features):\n  ${top.map(([f, w]) => `${w > 0 ? '+' : ''}${f3(w)} ${f}`).join('\n  ')}`,
  );
  const p = (c: Counts): number => prf(c).precision;
  const ship = lo > 0 && p(sumCounts(withModel)) >= p(sumCounts(rules));
  console.log(
    ship
      ? '\nThe model clears the bar: the F1 interval is above 0 and precision does not fall.'
      : '\nThe model does not clear the bar (F1 interval above 0, precision not lower): not shipped.',
  );
}

await main();
