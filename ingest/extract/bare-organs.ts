import { organizationAsWritten } from './as-written';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { ORGAN_EXTRACTOR } from './org-pattern';
import { SpanIndex } from './span-index';

/** KCNA's `the "National Assembly"` and `the NA`: south Korea's parliament. */
const NATIONAL_ASSEMBLY = /\b(?:National Assembly|NA)\b/g;
const NATIONAL_ASSEMBLY_ENTRY: GazetteerEntry = {
  key: 'organization:national-assembly',
  name: 'National Assembly',
  kind: 'organization',
  aliases: ['National Assembly', 'NA'],
  partOf: 'country:south-korea',
};

/**
 * KCNA's bare `the State Council` is China's cabinet, a top state organ (not a sub-unit, so kept in
 * titles: `vice-premier of the State Council`); `State Council of China` is found as written.
 */
const STATE_COUNCIL = /\bState Council\b(?! [A-Z])/g;
const STATE_COUNCIL_ENTRY: GazetteerEntry = {
  key: 'organization:state-council',
  name: 'State Council',
  kind: 'organization',
  aliases: ['State Council'],
  partOf: 'country:china',
};

/** Service branches named alone (`the Navy`, `the Border Guards`); `the Army` is left out (ambiguous). */
const BRANCH =
  /(?<=\b(?:the|its|our|their) ["“]?)(?:Navy|Air Force|Ground Force|Border Guards|Marine Corps)\b/g;

/**
 * What makes the words part of a longer name or a place: a capitalised word or an ordinal before
 * (`Cambodian National Assembly`, `13th National Assembly`, `KPA Navy`), `of ...` after
 * (`National Assembly of Vietnam`), or a building after (`the "National Assembly" building`).
 */
const NAME_BEFORE =
  /(?:\b(?!(?:The|In|At|By|To|For|Of|And|Under|Before|After|Outside)\b)\p{Lu}[\p{L}.'’-]*|\d+(?:st|nd|rd|th)) ["“]?$/u;
const NAME_AFTER = /^["”]?(?:['’]s)? (?:of|building|compound|Day|Command|Headquarters)\b/;

/**
 * Organs named without their country (docs/actors.md): a bare `National Assembly` (and then `the NA`)
 * in a text that names south Korea is south Korea's, as KCNA means it, and a bare `State Council` in
 * one that names China is China's; a bare service branch is keyed as written, or as the branch the
 * text named in full (`Air Force` after `KPA Air Force`). Branches are organs: named only in
 * someone's title (`commander of the Navy`) they are dropped later.
 */
export function findBareOrgans(
  text: string,
  mentions: readonly ActorMention[],
  blocked: readonly BlockedSpan[],
): ActorMention[] {
  const taken = new SpanIndex([...mentions, ...blocked]);
  const out: ActorMention[] = [];
  const free = (start: number, end: number): boolean =>
    !taken.overlaps(start, end) &&
    !NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    !NAME_AFTER.test(text.slice(end, end + 16));
  if (mentions.some((m) => m.entry.key === 'country:south-korea')) {
    const found: ActorMention[] = [];
    let named = false;
    NATIONAL_ASSEMBLY.lastIndex = 0;
    for (let m = NATIONAL_ASSEMBLY.exec(text); m !== null; m = NATIONAL_ASSEMBLY.exec(text)) {
      const end = m.index + m[0].length;
      // Its building still introduces `the NA` (`outside the "National Assembly" building`).
      if (m[0] !== 'NA' && !taken.overlaps(m.index, end)) named = true;
      if (!free(m.index, end)) continue;
      found.push({
        start: m.index,
        end,
        surface: m[0],
        entry: NATIONAL_ASSEMBLY_ENTRY,
        extractor: 'actors/bare-organ',
        confidence: 0.7,
      });
    }
    // `NA` alone is too short to trust: only as the short form of a bare National Assembly.
    if (named) out.push(...found);
  }
  if (mentions.some((m) => m.entry.key === 'country:china')) {
    // Written in full elsewhere in the text (`State Council of China`), the bare form is that body.
    const full = mentions.find((m) => m.surface.startsWith('State Council of'))?.entry;
    STATE_COUNCIL.lastIndex = 0;
    for (let m = STATE_COUNCIL.exec(text); m !== null; m = STATE_COUNCIL.exec(text)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      out.push({
        start: m.index,
        end,
        surface: m[0],
        entry: full ?? STATE_COUNCIL_ENTRY,
        extractor: 'actors/bare-organ',
        confidence: 0.7,
      });
    }
  }
  const branches = new Map<string, GazetteerEntry>();
  for (const m of mentions)
    if (m.entry.kind === 'organization')
      for (const branch of ['Navy', 'Air Force', 'Ground Force', 'Border Guards', 'Marine Corps'])
        if (m.surface.includes(branch) && !branches.has(branch)) branches.set(branch, m.entry);
  BRANCH.lastIndex = 0;
  for (let m = BRANCH.exec(text); m !== null; m = BRANCH.exec(text)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const entry = branches.get(m[0]) ?? organizationAsWritten(m[0]);
    branches.set(m[0], entry);
    out.push({
      start: m.index,
      end,
      surface: m[0],
      entry,
      extractor: ORGAN_EXTRACTOR,
      confidence: 0.65,
    });
  }
  return out;
}
