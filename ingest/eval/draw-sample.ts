/**
 * Draws the untouched evaluation sample: articles picked at random, with a recorded seed, from
 * kcna-2011 and kcna-2024 as the ingest CLI reads them (untitled kcna-2011 records take their first
 * sentence as title), with no length filter. Articles already in a gold file and texts already
 * drawn are skipped.
 *
 *   npx tsx ingest/eval/draw-sample.ts --seed 20261206 --per-corpus 52 --out gold/untouched.json
 *
 * Writes the gold skeleton (identifiers only, labels empty) and, for the labellers, each article's
 * parsed text to var/eval-drafts/<n>.txt (never committed: the corpora stay in ../shared).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonCorpus } from '../sources/json-corpus';
import type { RawArticle } from '../types';
import type { GoldArticle, GoldFile } from './gold-types';
import { mulberry32 } from '../../graph-db/model/seeded-random';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

async function main(): Promise<void> {
  const seed = Number(arg('seed', '20261206'));
  const perCorpus = Number(arg('per-corpus', '52'));
  const out = resolve(here, arg('out', 'gold/untouched.json'));
  const goldDir = join(here, 'gold');
  const taken = new Set<string>();
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    if (resolve(goldDir, file) === out) continue;
    const parsed = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    for (const g of parsed.articles) taken.add(`${g.corpus}|${g.date}|${norm(g.title)}`);
  }
  const random = mulberry32(seed);
  const drawn: { corpus: GoldArticle['corpus']; article: RawArticle }[] = [];
  const seenTexts = new Set<string>();
  for (const corpus of ['kcna-2011', 'kcna-2024'] as const) {
    const path = join(corpusDir, corpus === 'kcna-2011' ? 'kcna-2011.jsonl' : 'kcna-2024.json');
    const pool: RawArticle[] = [];
    for await (const result of readJsonCorpus(path, { titleFromText: true })) {
      if (!result.ok) continue;
      const a = result.article;
      const textKey = norm(a.text);
      if (taken.has(`${corpus}|${a.date ?? ''}|${norm(a.title)}`) || seenTexts.has(textKey))
        continue;
      seenTexts.add(textKey);
      pool.push(a);
    }
    // Partial Fisher-Yates: the first perCorpus slots are a uniform sample without replacement.
    for (let i = 0; i < perCorpus && i < pool.length; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      drawn.push({ corpus, article: pool[i]! });
    }
    console.log(
      `${corpus}: ${pool.length} candidate articles, drew ${Math.min(perCorpus, pool.length)}`,
    );
  }
  const drafts = resolve(repoRoot, 'var/eval-drafts');
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
      date: article.date ?? '',
      actors: [],
      citations: [],
      quotes: [],
      events: [],
      epithets: [],
      split: 'untouched',
    };
  });
  writeFileSync(out, `${JSON.stringify({ seed, perCorpus, articles }, null, 2)}\n`);
  console.log(`Wrote ${articles.length} skeletons to ${out} and texts to ${drafts}`);
}

await main();
