import type { Gazetteer } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { SpanIndex } from './span-index';

/** KCNA's short names of the DPRK's party and army, each with the key it stands for. */
const SHORT_NAMES: readonly { readonly name: string; readonly key: string }[] = [
  { name: "Workers' Party", key: 'organization:workers-party-of-korea' },
  { name: "People's Army", key: 'organization:korean-peoples-army' },
];

const SHORT_NAME = /\b(?:Workers['’] Party|People['’]s Army)(?![\p{L}\p{N}'’-])/gu;
/** A capitalised word before it makes it part of a longer name (`Brazil's Workers' Party`). */
const NAME_BEFORE = /(?:^|\s)(?!The\s)\p{Lu}[\p{L}'’.-]*\s$/u;
const OF_AFTER = /^ of\b/;
const OTHER_PARTY = /\bParty\b/;
const PARTY_NEARBY = /\bC\.C\.|\b(?!(?:Workers['’]|The) )\p{Lu}[\p{L}'’-]* Party\b(?! of Korea)/u;

/**
 * `the Workers' Party and people of Korea`, `soldiers of the People's Army`: in a text that names
 * North Korea and no other party or army of that name, KCNA's short name is the WPK or the KPA.
 */
export function findHomeShortNames(
  text: string,
  gazetteer: Gazetteer,
  all: readonly ActorMention[],
  blocked: readonly BlockedSpan[],
): ActorMention[] {
  if (!all.some((m) => m.entry.key === 'country:north-korea')) return [];
  const candidates: { start: number; end: number; which: number }[] = [];
  const others = new Set<number>();
  SHORT_NAME.lastIndex = 0;
  for (let m = SHORT_NAME.exec(text); m !== null; m = SHORT_NAME.exec(text)) {
    const which = m[0].startsWith('Workers') ? 0 : 1;
    const end = m.index + m[0].length;
    if (OF_AFTER.test(text.slice(end, end + 4))) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // `the chairman of the C.C., Workers' Party, the ... Communist Party`: one of a list of parties.
    if (which === 0 && PARTY_NEARBY.test(text.slice(Math.max(0, m.index - 200), end + 200)))
      continue;
    candidates.push({ start: m.index, end, which });
  }
  if (candidates.length === 0) return [];
  // Another body of that kind (`Workers' Party of Belgium`, `Vietnam People's Army`; for the party
  // any other party, as in lists of foreign parties) makes the short name ambiguous.
  for (const m of all) {
    for (let i = 0; i < SHORT_NAMES.length; i++) {
      const short = SHORT_NAMES[i];
      if (short === undefined || m.entry.key === short.key || m.entry.partOf === short.key)
        continue;
      const surface = m.surface.replace(/’/g, "'");
      if (surface.includes(short.name) || (i === 0 && OTHER_PARTY.test(surface))) others.add(i);
    }
  }
  const taken = new SpanIndex([...all, ...blocked]);
  const out: ActorMention[] = [];
  for (const c of candidates) {
    const short = SHORT_NAMES[c.which];
    const entry = short === undefined ? undefined : gazetteer.entries.get(short.key);
    if (entry === undefined || others.has(c.which) || taken.overlaps(c.start, c.end)) continue;
    out.push({
      start: c.start,
      end: c.end,
      surface: text.slice(c.start, c.end),
      entry,
      extractor: 'actors/home-short-name',
      confidence: 0.7,
    });
  }
  return out;
}
