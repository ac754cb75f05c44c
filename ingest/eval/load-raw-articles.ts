import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonCorpus } from '../sources/json-corpus';
import { parsePageText } from '../sources/page-text';
import type { RawArticle } from '../types';
import type { GoldArticle } from './gold-types';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const seedPath = resolve(repoRoot, '../shared/seeds/kcna-watch-page-2021-08-01.txt');

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const titleDateOf = (g: GoldArticle): string => `${g.corpus}|${g.date}|${norm(g.title)}`;

/** Finds each gold article's RawArticle in its corpus, via the project's parsers. */
export async function loadRawArticles(
  gold: readonly GoldArticle[],
  ambiguous: string[],
): Promise<Map<GoldArticle, RawArticle>> {
  const found = new Map<GoldArticle, RawArticle>();
  // Key: corpus, date, title and which record of that date and title (kcna-2011 repeats some).
  const byTitleDate = new Map<string, GoldArticle>();
  const byLink = new Map<string, GoldArticle>();
  for (const g of gold) {
    if (g.corpus === 'seed') continue;
    byTitleDate.set(`${titleDateOf(g)}#${g.occurrence ?? 1}`, g);
    if (g.link !== undefined) byLink.set(g.link, g);
  }
  for (const corpus of ['kcna-2011', 'kcna-2024'] as const) {
    if (!gold.some((g) => g.corpus === corpus)) continue;
    const path = join(corpusDir, corpus === 'kcna-2011' ? 'kcna-2011.jsonl' : 'kcna-2024.json');
    const seen = new Map<string, number>();
    for await (const result of readJsonCorpus(path, { titleFromText: true })) {
      if (!result.ok) continue;
      const a = result.article;
      const titleDate = `${corpus}|${a.date ?? ''}|${norm(a.title)}`;
      const nth = (seen.get(titleDate) ?? 0) + 1;
      seen.set(titleDate, nth);
      const g =
        (a.url !== undefined ? byLink.get(a.url) : undefined) ??
        byTitleDate.get(`${titleDate}#${nth}`);
      if (g !== undefined && g.corpus === corpus && !found.has(g)) found.set(g, a);
    }
    for (const g of gold)
      if (
        g.corpus === corpus &&
        g.link === undefined &&
        g.occurrence === undefined &&
        (seen.get(titleDateOf(g)) ?? 0) > 1
      )
        ambiguous.push(`${g.corpus} ${g.date} ${g.title}`);
  }
  const seedGold = gold.find((g) => g.corpus === 'seed');
  if (seedGold !== undefined && existsSync(seedPath)) {
    const parsed = parsePageText(readFileSync(seedPath, 'utf8'), { location: seedPath });
    if (parsed.ok) found.set(seedGold, parsed.article);
  }
  return found;
}
