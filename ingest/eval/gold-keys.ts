import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldFile } from './gold-types';

/** What the eval's samplers share: where the corpora are, and how a gold article is identified. */

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = resolve(here, '../../../shared/corpus');

export type EvalCorpus = 'kcna-2011' | 'kcna-2024';

/** Whitespace-folded lower case: titles and texts compared as the labellers saw them. */
export const normText = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

export const corpusPath = (corpus: EvalCorpus): string =>
  join(corpusDir, corpus === 'kcna-2011' ? 'kcna-2011.jsonl' : 'kcna-2024.json');

/** An article's identity across gold files: corpus, date and title. */
export const goldKey = (corpus: string, date: string | undefined, title: string): string =>
  `${corpus}|${date ?? ''}|${normText(title)}`;

/**
 * The keys of every labelled article, in `gold/` and in the blind tuning samples of `blind/`, but
 * for the file `except` (an absolute path): a new sample or the unlabelled pool never repeats one.
 */
export function goldKeys(except?: string): Set<string> {
  const keys = new Set<string>();
  for (const path of labelFiles()) {
    if (except !== undefined && path === except) continue;
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
    for (const g of parsed.articles) keys.add(goldKey(g.corpus, g.date, g.title));
  }
  return keys;
}

/** Every gold and blind label file, as an absolute path, in a stable order. */
export function labelFiles(): string[] {
  return ['gold', 'blind'].flatMap((dir) =>
    readdirSync(join(here, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(here, dir, f)),
  );
}
