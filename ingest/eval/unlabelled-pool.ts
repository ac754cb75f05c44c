/**
 * The unlabelled pool: every article of kcna-2011 and kcna-2024 that no gold file holds, neither by
 * its date and title nor by its text. Mining this pool for frequent misses (a phrasing, a name, a
 * date form) tunes the extractor on text that no evaluation set scores, so the untouched split stays
 * unseen.
 *
 *   npx tsx ingest/eval/unlabelled-pool.ts      # prints the pool's size per corpus
 */
import { fileURLToPath } from 'node:url';
import { readJsonCorpus } from '../sources/json-corpus';
import type { RawArticle } from '../types';
import { corpusPath, goldKey, goldKeys, normText, type EvalCorpus } from './gold-keys';

/** Yields the pool's articles in corpus order, one per distinct text. */
export async function* unlabelledArticles(): AsyncGenerator<{
  corpus: EvalCorpus;
  article: RawArticle;
}> {
  const keys = goldKeys();
  for (const corpus of ['kcna-2011', 'kcna-2024'] as const) {
    // Two passes: a labelled article's text also excludes its reprints under other titles.
    const goldTexts = new Set<string>();
    for await (const r of readJsonCorpus(corpusPath(corpus), { titleFromText: true })) {
      if (r.ok && keys.has(goldKey(corpus, r.article.date, r.article.title)))
        goldTexts.add(normText(r.article.text));
    }
    const seen = new Set<string>();
    for await (const r of readJsonCorpus(corpusPath(corpus), { titleFromText: true })) {
      if (!r.ok) continue;
      const text = normText(r.article.text);
      if (goldTexts.has(text) || seen.has(text)) continue;
      if (keys.has(goldKey(corpus, r.article.date, r.article.title))) continue;
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
