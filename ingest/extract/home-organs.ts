import type { Gazetteer } from '../gazetteer';
import type { ActorMention } from './actor-matcher';
import { SpanIndex } from './span-index';

/** A foreign or defence ministry written without its country. */
const BARE_MINISTRY =
  /^(?:(?:the )?Foreign Ministry|Ministry of Foreign Affairs|Ministry of (?:National )?Defen[cs]e|(?:National )?Defen[cs]e Ministry)$/;
/**
 * KCNA's political label for south Korea's state bodies: `the puppet Defense Ministry` is south
 * Korea's whichever country the text names most (`announced by the puppet Ministry of Defense` in
 * a report on U.S. and south Korean drills), as the gazetteer reads `puppet ROK`.
 */
const PUPPET_BEFORE = /\bpuppet $/;
/** `vice-premier of the Cabinet`, not `the Japanese Cabinet` or `a Cabinet meeting`. */
const BARE_CABINET = /(?<=\b[Tt]he )Cabinet\b/gu;

/** The country named most often in the text (first named wins a tie). */
function mainCountry(mentions: readonly ActorMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.entry.kind === 'country') counts.set(m.entry.key, (counts.get(m.entry.key) ?? 0) + 1);
  let best: string | undefined;
  for (const [key, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = key;
  return best;
}

/**
 * Organs written without their country (docs/actors.md): a bare `Foreign Ministry` or `Ministry of
 * National Defence` is the one of that kind named with its country earlier in the text, else the
 * one of the country the text names most (`the Foreign Ministry said` after `The Russian Foreign
 * Ministry`; `the Ministry of National Defence` in a report on the DPRK). A bare `Cabinet` is the
 * DPRK Cabinet in a text mostly about the DPRK. A `puppet` ministry is south Korea's. Returns the mentions with bare ministries re-keyed,
 * plus the cabinets found.
 */
export function resolveHomeOrgans(
  text: string,
  mentions: readonly ActorMention[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const home = mainCountry(mentions)?.slice('country:'.length);
  const namesSouth = mentions.some((m) => m.entry.key === 'country:south-korea');
  const lastOwned = new Map<string, ActorMention['entry']>();
  const out: ActorMention[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const kind = /^organization:(foreign|defence)-ministry-of-/.exec(m.entry.key)?.[1];
    if (kind !== undefined) lastOwned.set(kind, m.entry);
    if (m.extractor !== 'actors/org-pattern' || !BARE_MINISTRY.test(m.surface)) {
      out.push(m);
      continue;
    }
    const bareKind = /Foreign/.test(m.surface) ? 'foreign' : 'defence';
    const puppet = namesSouth && PUPPET_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
    const entry =
      (puppet
        ? gazetteer.entries.get(`organization:${bareKind}-ministry-of-south-korea`)
        : undefined) ??
      lastOwned.get(bareKind) ??
      (home === undefined
        ? undefined
        : gazetteer.entries.get(`organization:${bareKind}-ministry-of-${home}`));
    // A later bare ministry of the same kind is this one (`the puppet Ministry of Defense` ...
    // `a working report of the Defense Ministry`).
    if (puppet && entry !== undefined) lastOwned.set(bareKind, entry);
    out.push(entry === undefined ? m : { ...m, entry, extractor: 'actors/home-organ' });
  }
  const cabinet = gazetteer.entries.get('organization:dprk-cabinet');
  if (home !== 'north-korea' || cabinet === undefined) return out;
  const taken = new SpanIndex(out);
  BARE_CABINET.lastIndex = 0;
  for (let c = BARE_CABINET.exec(text); c !== null; c = BARE_CABINET.exec(text)) {
    const end = c.index + c[0].length;
    if (taken.overlaps(c.index, end)) continue;
    out.push({
      start: c.index,
      end,
      surface: c[0],
      entry: cabinet,
      extractor: 'actors/home-organ',
      confidence: 0.7,
    });
  }
  return out;
}
