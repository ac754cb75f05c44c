/**
 * Draws the untouched evaluation sample: articles picked at random, with a recorded seed, from
 * kcna-2011 and kcna-2024 as the ingest CLI reads them (untitled kcna-2011 records take their first
 * sentence as title), with no length filter. Articles already in a gold file or a blind sample,
 * and texts already drawn, are skipped.
 *
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261206 --per-corpus 52 --out gold/untouched.json
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261207 --per-corpus 40 --citing 15 --split dev \
 *     --out gold/tuning-2026-12.json --drafts var/eval-drafts-tuning
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261208 --per-corpus 20 --citing 25 \
 *     --out gold/untouched-2026-12b.json --drafts var/eval-drafts-unseen-b
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261209 --per-corpus 10 --citing 15 --split dev \
 *     --out gold/tuning-2026-12b.json --drafts var/eval-drafts-tuning-b
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261210 --per-corpus 15 --citing 20 --split dev \
 *     --out gold/tuning-2026-12c.json --drafts var/eval-drafts-tuning-c
 *
 * Writes the gold skeleton (identifiers only, labels empty) and, for the labellers, each article's
 * parsed text to `--drafts` (default var/eval-drafts; never committed: the corpora stay in
 * ../shared). `--citing N` draws N more per corpus among the articles whose text has a citation
 * cue (CITATION_CUE): random articles hold few cited outlets (25 labels in the 104 of
 * untouched.json), too few to tell two citation rules apart. Such a set is enriched in citations by
 * design: as a tuning set it teaches them, as an untouched set its cited-outlet figures describe
 * articles that cite, and its other figures are read from its random part beside the enriched one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonCorpus } from '../sources/json-corpus';
import type { RawArticle } from '../types';
import type { GoldArticle } from './gold-types';
import { corpusPath, goldKey, goldKeys, normText as norm } from './gold-keys';
import { mulberry32 } from '../../model/seeded-random';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

/** A wording that usually names a source: enough to enrich a tuning draw, not an extractor rule. */
const CITATION_CUE =
  /\b(?:according to|reported|quoted|carried|commented|aired|news agency|newspaper|radio|TV|television|spokes(?:man|woman|person))\b/i;

async function main(): Promise<void> {
  const seed = Number(arg('seed', '20261206'));
  const perCorpus = Number(arg('per-corpus', '52'));
  const citing = Number(arg('citing', '0'));
  const split = arg('split', 'untouched');
  if (split !== 'untouched' && split !== 'dev') throw new Error('--split must be untouched or dev');
  if (!Number.isInteger(citing) || citing < 0) throw new Error('--citing must be a whole number');
  const out = resolve(here, arg('out', 'gold/untouched.json'));
  const taken = goldKeys(out);
  const random = mulberry32(seed);
  const drawn: { corpus: GoldArticle['corpus']; article: RawArticle }[] = [];
  const seenTexts = new Set<string>();
  // Which record of its date and title each article is, when not the first (run-eval matches by it).
  const occurrences = new Map<RawArticle, number>();
  for (const corpus of ['kcna-2011', 'kcna-2024'] as const) {
    const path = corpusPath(corpus);
    const pool: RawArticle[] = [];
    const seenTitles = new Map<string, number>();
    for await (const result of readJsonCorpus(path, { titleFromText: true })) {
      if (!result.ok) continue;
      const a = result.article;
      const titleDate = goldKey(corpus, a.date, a.title);
      const nth = (seenTitles.get(titleDate) ?? 0) + 1;
      seenTitles.set(titleDate, nth);
      if (nth > 1) occurrences.set(a, nth);
      const textKey = norm(a.text);
      if (taken.has(titleDate) || seenTexts.has(textKey)) continue;
      seenTexts.add(textKey);
      pool.push(a);
    }
    // Partial Fisher-Yates: the first perCorpus slots are a uniform sample without replacement.
    for (let i = 0; i < perCorpus && i < pool.length; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      drawn.push({ corpus, article: pool[i]! });
    }
    const cited = pool
      .slice(Math.min(perCorpus, pool.length))
      .filter((a) => CITATION_CUE.test(a.text));
    for (let i = 0; i < citing && i < cited.length; i++) {
      const j = i + Math.floor(random() * (cited.length - i));
      [cited[i], cited[j]] = [cited[j]!, cited[i]!];
      drawn.push({ corpus, article: cited[i]! });
    }
    console.log(
      `${corpus}: ${pool.length} candidate articles, drew ${Math.min(perCorpus, pool.length)}` +
        (citing > 0
          ? ` plus ${Math.min(citing, cited.length)} of ${cited.length} with a citation cue`
          : ''),
    );
  }
  const drafts = resolve(repoRoot, arg('drafts', 'var/eval-drafts'));
  mkdirSync(drafts, { recursive: true });
  const articles: GoldArticle[] = drawn.map(({ corpus, article }, n) => {
    writeFileSync(
      join(drafts, `${String(n + 1).padStart(3, '0')}.txt`),
      `# ${n + 1} ${corpus} ${article.date ?? ''}\n# title: ${article.title}\n${article.url !== undefined ? `# link: ${article.url}\n` : ''}\n${article.text}\n`,
    );
    return {
      corpus,
      ...(corpus === 'kcna-2024' && article.url !== undefined ? { link: article.url } : {}),
      title: article.title,
      ...(occurrences.has(article) ? { occurrence: occurrences.get(article) } : {}),
      date: article.date ?? '',
      actors: [],
      citations: [],
      quotes: [],
      events: [],
      epithets: [],
      split,
    };
  });
  writeFileSync(
    out,
    `${JSON.stringify({ seed, perCorpus, ...(citing > 0 ? { citing } : {}), articles }, null, 2)}\n`,
  );
  console.log(`Wrote ${articles.length} skeletons to ${out} and texts to ${drafts}`);
}

await main();
