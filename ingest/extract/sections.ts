import { normalizeLabel } from './narratives';

/** Most sections kept per article: a site files a story under a handful, never hundreds. */
export const MAX_SECTIONS = 20;

/**
 * The website sections an input filed an article under (kcna-2024's `topic`, a feed's `category`),
 * as the article's `sections` property: lower case like narrative labels (`Top News` -> `top news`),
 * empty ones dropped, first occurrence order, at most MAX_SECTIONS.
 */
export function articleSections(topics: readonly string[]): string[] {
  const out: string[] = [];
  for (const topic of topics) {
    const label = normalizeLabel(topic);
    if (label === '' || out.includes(label)) continue;
    out.push(label);
    if (out.length === MAX_SECTIONS) break;
  }
  return out;
}
