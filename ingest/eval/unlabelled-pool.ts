/**
 * The unlabelled pool: every article of kcna-2011 and kcna-2024 that no gold file holds, neither by
 * its date and title nor by its text. Mining this pool for frequent misses (a phrasing, a name, a
 * date form) tunes the extractor on text that no evaluation set scores, so the untouched split stays
 * unseen.
 *
 *   npx tsx ingest/eval/unlabelled-pool.ts      # prints the pool's size per corpus
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonCorpus } from '../sources/json-corpus';
import type { RawArticle } from '../types';
import type { GoldFile } from './gold-types';

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../../../shared/corpus');

export type PoolCorpus = 'kcna-2011' | 'kcna-2024';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const corpusPath = (corpus: PoolCorpus): string =>
  join(corpusDir, corpus === 'kcna-2011' ? 'kcna-2011.jsonl' : 'kcna-2024.json');

function goldKeys(): Set<string> {
  const keys = new Set<string>();
  const goldDir = join(here, 'gold');
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
    const parsed = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFile;
    for (const g of parsed.articles) keys.add(`${g.corpus}|${g.date}|${norm(g.title)}`);
  }
  return keys;
}

/** Yields the pool's articles in corpus order, one per distinct text. */
export async function* unlabelledArticles(): AsyncGenerator<{
  corpus: PoolCorpus;
  article: RawArticle;
}> {
  const keys = goldKeys();
  for (const corpus of ['kcna-2011', 'kcna-2024'] as const) {
    // Two passes: a labelled article's text also excludes its reprints under other titles.
    const goldTexts = new Set<string>();
    for await (const r of readJsonCorpus(corpusPath(corpus), { titleFromText: true })) {
      if (r.ok && keys.has(`${corpus}|${r.article.date ?? ''}|${norm(r.article.title)}`))
        goldTexts.add(norm(r.article.text));
    }
    const seen = new Set<string>();
    for await (const r of readJsonCorpus(corpusPath(corpus), { titleFromText: true })) {
      if (!r.ok) continue;
      const text = norm(r.article.text);
      if (goldTexts.has(text) || seen.has(text)) continue;
      if (keys.has(`${corpus}|${r.article.date ?? ''}|${norm(r.article.title)}`)) continue;
      seen.add(text);
      yield { corpus, article: r.article };
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const counts = new Map<string, number>();
  for await (const { corpus } of unlabelledArticles())
    counts.set(corpus, (counts.get(corpus) ?? 0) + 1);
  for (const [corpus, n] of counts) console.log(`${corpus}: ${n} unlabelled articles`);
}
