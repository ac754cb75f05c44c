/**
 * Extraction eval: runs extractArticle over the hand-labelled gold articles and prints, per gold
 * file and per split, precision, recall and F1 for actors, cited outlets, quotes and epithets and
 * accuracy and precision of cited-event dates, each with a 95% bootstrap interval.
 *
 *   npx tsx ingest/eval/run-eval.ts [--split dev|heldout|untouched] [--verbose] [--no-outlet-list]
 *                                   [--check-floor] [--write-floor] [--file <path>]
 *
 * `--split` scores only that split (tune with `--split dev`: the other splits are measurements).
 * `--file` scores one file alone, e.g. a blind tuning sample (`blind/` is never read otherwise);
 * such a sample labels only the type its `labelled` field names, so read only that type's line.
 * `--check-floor` exits 1 when a figure of the split named in floors.json falls more than its
 * tolerance below the recorded floor (with `--file` or another `--split` it refuses to run, since
 * those figures are not the floor's); `--write-floor` records the current figures as the floor.
 *
 * Reads the corpora where they live (`../shared/corpus` from the repo root); exits 1 with a message
 * when they are absent. Articles are parsed with the project's own readers (ingest/sources).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createArticleExtractor } from '../extract/extract-article';
import { buildGazetteer, loadOutletList } from '../gazetteer';
import type { GoldArticle, GoldFile } from './gold-types';
import { loadRawArticles } from './load-raw-articles';
import {
  bootstrapIntervals,
  figures,
  scoreArticle,
  SET_METRIC_NAMES,
  SET_METRICS,
  totals,
  type ArticleDiff,
} from './scoring';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const goldDir = join(here, 'gold');

/** The gold articles, each with the file it comes from (files are labelling rounds). */
function loadGold(onlyFile: string | undefined): Map<GoldArticle, string> {
  const out = new Map<GoldArticle, string>();
  const paths =
    onlyFile !== undefined
      ? [resolve(onlyFile)]
      : readdirSync(goldDir)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => join(goldDir, f));
  for (const path of paths) {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
    for (const article of parsed.articles) out.set(article, basename(path));
  }
  return out;
}

const floorPath = join(here, 'floors.json');

/** The recorded floor: figures of one split that CI must not fall more than `tolerance` below. */
interface FloorFile {
  readonly split: string;
  readonly tolerance: number;
  readonly floors: Readonly<Record<string, number>>;
}

const GOALS: Readonly<Record<string, number>> = {
  'actors.f1': 0.93,
  'citations.f1': 0.85,
  'epithets.f1': 0.88,
  'events.accuracy': 0.9,
  'events.precision': 0.85,
};

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const f3 = (x: number): string => x.toFixed(3);

function printGroup(label: string, diffs: readonly ArticleDiff[]): Record<string, number> {
  const t = totals(diffs);
  const figs = figures(t);
  const ci = bootstrapIntervals(diffs);
  const cell = (name: string): string => {
    const v = figs[name];
    if (v === undefined) return '-'.padEnd(20);
    const [lo, hi] = ci[name] ?? [v, v];
    return `${f3(v)} [${f3(lo)}-${f3(hi)}]`.padEnd(20);
  };
  console.log(`\n== ${label}: ${diffs.length} articles ==`);
  console.log(
    `  ${'metric'.padEnd(15)} ${'precision'.padEnd(20)} ${'recall'.padEnd(20)} ${'F1'.padEnd(20)} tp/fp/fn`,
  );
  for (const m of SET_METRICS) {
    const c = t.sets[m];
    if (c.articles === 0) continue;
    console.log(
      `  ${SET_METRIC_NAMES[m].padEnd(15)} ${cell(`${m}.precision`)} ${cell(`${m}.recall`)} ${cell(`${m}.f1`)} ${c.tp}/${c.fp}/${c.fn}${c.articles < diffs.length ? ` (${c.articles} labelled articles)` : ''}`,
    );
  }
  console.log(
    `  ${'event dates'.padEnd(15)} accuracy ${cell('events.accuracy')} precision ${cell('events.precision')} (${t.events.correct} right of ${t.events.gold} gold, ${t.events.predicted} predicted)`,
  );
  return figs;
}

function readFloorFile(): FloorFile {
  return JSON.parse(readFileSync(floorPath, 'utf8')) as FloorFile;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const useOutletList = !process.argv.includes('--no-outlet-list');
  const onlySplit = argValue('split');
  const onlyFile = argValue('file');
  if (onlyFile !== undefined && !existsSync(onlyFile)) {
    console.error(`No such gold file: ${onlyFile}`);
    process.exit(1);
  }
  const checkFloor = process.argv.includes('--check-floor');
  const floor = checkFloor ? readFloorFile() : undefined;
  if (
    floor !== undefined &&
    (onlyFile !== undefined || (onlySplit ?? floor.split) !== floor.split)
  ) {
    // The floor holds one split's figures; a file or another split alone has none to compare.
    console.error(
      `--check-floor compares the ${floor.split} split with floors.json: run it without --file, and with no --split or --split ${floor.split}.`,
    );
    process.exit(1);
  }
  if (!existsSync(corpusDir)) {
    console.error(
      `Corpus not found at ${corpusDir}.\nThe eval reads the real articles from ../shared/corpus (relative to the repo root); mount or copy it there and re-run.`,
    );
    process.exit(1);
  }
  const started = performance.now();
  const gold = new Map(
    [...loadGold(onlyFile)].filter(
      ([g]) => onlySplit === undefined || (g.split ?? 'dev') === onlySplit,
    ),
  );
  if (gold.size === 0) {
    console.error(`No gold articles${onlySplit === undefined ? '' : ` in split ${onlySplit}`}.`);
    process.exit(1);
  }
  const ambiguous: string[] = [];
  const raws = await loadRawArticles([...gold.keys()], ambiguous);
  const extra = useOutletList ? loadOutletList(join(corpusDir, 'euvsdisinfo-outlets.txt')) : [];
  const extract = createArticleExtractor(buildGazetteer({ extra }));

  const missingArticles: string[] = [];
  const byFile = new Map<string, ArticleDiff[]>();
  const bySplit = new Map<string, ArticleDiff[]>();
  let elapsed = 0;
  for (const [g, file] of gold) {
    const raw = raws.get(g);
    if (raw === undefined) {
      missingArticles.push(`${g.corpus} ${g.date} ${g.title}`);
      continue;
    }
    const t0 = performance.now();
    const got = extract(raw);
    elapsed += performance.now() - t0;
    const diff = scoreArticle(g, got);
    const split = g.split ?? 'dev';
    byFile.set(file, [...(byFile.get(file) ?? []), diff]);
    bySplit.set(split, [...(bySplit.get(split) ?? []), diff]);
    const lines: string[] = [];
    const line = (label: string, items: readonly string[]): void => {
      if (items.length > 0) lines.push(`  ${label}: ${items.join(', ')}`);
    };
    for (const m of SET_METRICS) {
      line(`${SET_METRIC_NAMES[m]} missing `, diff.sets[m]?.missing ?? []);
      line(`${SET_METRIC_NAMES[m]} spurious`, diff.sets[m]?.spurious ?? []);
    }
    line('events missing ', diff.events.missing);
    line('events spurious', diff.events.spurious);
    if (verbose && lines.length > 0)
      console.log(`\n## [${split}, ${file}] ${g.date} ${g.title}\n${lines.join('\n')}`);
  }
  console.log(`\nGold articles: ${gold.size} (scored ${gold.size - missingArticles.length})`);
  if (missingArticles.length > 0)
    console.log(`Not found in corpus:\n  ${missingArticles.join('\n  ')}`);
  if (ambiguous.length > 0)
    console.log(
      `Date and title shared by several records (scored against the first; set occurrence):\n  ${ambiguous.join('\n  ')}`,
    );
  console.log(`Outlet list: ${useOutletList ? `${extra.length} EUvsDisinfo names` : 'off'}`);
  console.log(`Extraction time: ${elapsed.toFixed(1)} ms for ${raws.size} articles`);
  console.log('Intervals: 95% percentile bootstrap over articles, 1,000 resamples, seed 1.');

  for (const [file, diffs] of [...byFile].sort()) printGroup(`file ${file}`, diffs);
  const splitFigures = new Map<string, Record<string, number>>();
  for (const split of ['dev', 'heldout', 'untouched']) {
    const diffs = bySplit.get(split);
    if (diffs === undefined) continue;
    const label =
      split === 'dev'
        ? 'split dev (tuning: optimistic)'
        : split === 'heldout'
          ? 'split heldout (partly informed fixes: optimistic)'
          : 'split untouched (never used for tuning: the estimate on unseen text)';
    splitFigures.set(split, printGroup(label, diffs));
  }
  const untouched = splitFigures.get('untouched');
  if (untouched !== undefined) {
    const verdicts = Object.entries(GOALS).map(
      ([name, goal]) =>
        `${name} ${untouched[name] === undefined ? 'n/a' : f3(untouched[name])} ${untouched[name] !== undefined && untouched[name] >= goal ? '>=' : '<'} ${goal}`,
    );
    console.log(`\nGoals on the untouched split: ${verdicts.join('; ')}`);
  }

  if (process.argv.includes('--write-floor')) {
    const split = onlySplit ?? 'untouched';
    const figs = splitFigures.get(split);
    if (figs === undefined) throw new Error(`No figures for split ${split}.`);
    const floors: FloorFile = {
      split,
      tolerance: 0.02,
      floors: Object.fromEntries(
        Object.entries(figs).map(([k, v]) => [k, Math.floor(v * 1000) / 1000]),
      ),
    };
    writeFileSync(floorPath, `${JSON.stringify(floors, null, 2)}\n`);
    console.log(`\nRecorded the ${split} figures as the floor in ${floorPath}.`);
  }
  if (floor !== undefined) {
    const figs = splitFigures.get(floor.split);
    if (figs === undefined) throw new Error(`No figures for the floor's split ${floor.split}.`);
    const below = Object.entries(floor.floors).filter(
      ([name, min]) => (figs[name] ?? 0) < min - floor.tolerance,
    );
    for (const [name, min] of below)
      console.error(
        `Below the floor: ${name} ${f3(figs[name] ?? 0)} < ${f3(min)} - ${floor.tolerance} (floors.json, split ${floor.split}).`,
      );
    console.log(
      below.length === 0
        ? `\nEvery ${floor.split} figure is within ${floor.tolerance} of its floor (${Object.keys(floor.floors).length} figures).`
        : '',
    );
    if (below.length > 0) process.exitCode = 1;
  }
  console.log(`\nEval took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (missingArticles.length > 0) process.exitCode = 1;
}

await main();
