import { organizationAsWritten } from './as-written';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention } from './actor-matcher';

/**
 * A service branch written after a country or its demonym: `the Pakistani army`, `Russian air
 * force`; `the Russian army and people` is KCNA's phrase for the nation, no body.
 */
const BRANCH_AFTER =
  /^ (army|Army|navy|Navy|air force|Air Force)\b(?! of\b| and (?:the )?(?:people|peoples)\b)/;

/**
 * Countries whose forces KCNA names otherwise: the KPA, south Korea's `puppet army`, the U.S. services
 * (gazetteer), and Japan's, which in its history pieces is the Imperial Japanese Army.
 */
const OTHERWISE = new Set([
  'country:north-korea',
  'country:south-korea',
  'country:united-states',
  'country:japan',
]);

/**
 * A country's army, navy or air force named by the country (docs/annotation-rules.md: armed forces
 * and service branches are organizations), keyed per country and branch as first written.
 */
export function findNationalForces(
  text: string,
  mentions: readonly ActorMention[],
): ActorMention[] {
  const starts = new Set(mentions.map((m) => m.start));
  // Where a listed body starts with the country (`Soviet Army` is the Red Army): how far it reaches.
  const listedTo = new Map<number, number>();
  for (const m of mentions)
    if (m.entry.kind !== 'country')
      listedTo.set(m.start, Math.max(m.end, listedTo.get(m.start) ?? 0));
  const entries = new Map<string, GazetteerEntry>();
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (m.entry.kind !== 'country' || OTHERWISE.has(m.entry.key) || m.surface === 'Korean')
      continue;
    const branch = BRANCH_AFTER.exec(text.slice(m.end, m.end + 30))?.[1];
    if (branch === undefined || starts.has(m.end + 1)) continue;
    const end = m.end + 1 + branch.length;
    if ((listedTo.get(m.start) ?? 0) >= end) continue;
    const id = `${m.entry.key}|${branch.toLowerCase()}`;
    let entry = entries.get(id);
    if (entry === undefined) {
      const name = `${m.surface} ${branch}`;
      entry = organizationAsWritten(name, m.entry.key);
      entries.set(id, entry);
    }
    out.push({
      start: m.start,
      end,
      surface: text.slice(m.start, end),
      entry,
      extractor: 'actors/national-force',
      confidence: 0.7,
    });
  }
  return out;
}
