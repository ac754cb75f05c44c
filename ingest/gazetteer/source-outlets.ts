import { slugify } from '../keys';
import { outletEntries } from './outlets';
import type { GazetteerEntry } from './types';

let bySlug: ReadonlyMap<string, GazetteerEntry> | undefined;

/** Outlets by the slug of each of their names: `kcna`, `korean-central-news-agency`, `itar-tass`. */
function outletsBySlug(): ReadonlyMap<string, GazetteerEntry> {
  if (bySlug) return bySlug;
  const map = new Map<string, GazetteerEntry>();
  for (const entry of outletEntries()) {
    for (const alias of entry.aliases) {
      const slug = slugify(alias);
      // The first outlet listed keeps a shared name, as the gazetteer's own surface forms do.
      if (slug !== '' && !map.has(slug)) map.set(slug, entry);
    }
  }
  return (bySlug = map);
}

/**
 * The outlet a publishing Source is, when our outlet list names it: `KCNA` and `Rodong Sinmun` are
 * sources here and outlets other articles cite. A trailing parenthesis is an edition, not part of
 * the name (`KCNA (EN)` is KCNA). Sources no outlet is named like (a ministry's website) get none:
 * a guess would merge two identities.
 */
export function outletOfSource(sourceName: string): GazetteerEntry | undefined {
  const name = sourceName.replace(/\s*\([^()]*\)\s*$/, '');
  return outletsBySlug().get(slugify(name));
}
