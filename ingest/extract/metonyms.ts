import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { SpanIndex } from './span-index';

/** `the north`, `the south`, `northerners`: not `the north of Iraq`, not `the north-south talks`. */
const METONYM =
  /\bthe (north|south)(?![\p{L}\p{N}-])(?! of\b)(?! (?:pole|wind|coast|side of)\b)|\b(north|south)erners\b/gu;
/** The text sets the two halves against each other: `north-south`, `the north and the south`. */
const NORTH_AND_SOUTH = /\bnorth(?:-| and (?:the )?)south\b|\bsouth(?:-| and (?:the )?)north\b/i;

/** `Korea` alone: not `Korean`, `Korea-China ...`, `DPR-Korea`. */
const BARE_KOREA = /(?<![\p{L}\p{N}'’.-])Korea(?![\p{L}\p{N}-])/gu;
/** Before it: what makes it part of a name (`north Korea`, `Kim Il Sung's Korea`, `Sea of Korea`). */
const NAME_BEFORE = /(?:\b(?:[Nn]orth|[Ss]outh|N\.|S\.)|['’]s|\p{Lu}[\p{L}.]*|\p{Lu}\p{L}* of) $/u;
/** After it: a capitalised word that continues a name (`Korea Asia-Pacific Peace Committee`). */
const NAME_AFTER = /^(?:['’]s)? \p{Lu}/u;
/** Pre-division Korea: no gazetteer alias, since bare `Korea` needs the sentence's context. */
const KOREA: GazetteerEntry = {
  key: 'country:korea',
  name: 'Korea',
  kind: 'country',
  aliases: ['Korea'],
};
/** Words that place `Korea` before the division (1945): its colonisation, liberation, division. */
const PRE_DIVISION =
  /\b(?:liberat\w*|colonial\w*|coloni[sz]\w*|annex\w*|bisect\w*|divid\w*|division|occup\w*|Japanese imperialists?|invad\w*|invasion|feudal|ancient|dynasty|1[0-8]\d\d|19[0-4]\d)\b/i;

/** The sentence around an offset, within 300 characters either side (bounded work per mention). */
function sentenceAround(text: string, offset: number): string {
  const from = Math.max(0, offset - 300);
  const before = text.slice(from, offset);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = text.slice(offset, offset + 300);
  const stop = /\.(?:\s|$)|\n/.exec(after);
  return before.slice(cut + 1) + (stop === null ? after : after.slice(0, stop.index));
}

/**
 * Metonyms and the bare name `Korea` (docs/annotation-rules.md, Actors): `the north` and
 * `northerners` are North Korea; `the south` and `southerners` are South Korea when the text also
 * names the north against it. Bare `Korea` is pre-division Korea, kept only in a sentence that
 * speaks of that time (liberation, colonial rule, division), since KCNA also writes it for the
 * DPRK or the whole nation.
 */
export function findMetonyms(
  text: string,
  gazetteer: Gazetteer,
  taken: readonly (ActorMention | BlockedSpan)[],
): ActorMention[] {
  const north = gazetteer.entries.get('country:north-korea');
  const south = gazetteer.entries.get('country:south-korea');
  let index: SpanIndex | undefined;
  const occupied = (): SpanIndex => (index ??= new SpanIndex(taken));
  const out: ActorMention[] = [];
  const southern: ActorMention[] = [];
  let northNamed = false;
  METONYM.lastIndex = 0;
  for (let m = METONYM.exec(text); m !== null; m = METONYM.exec(text)) {
    const half = m[1] ?? m[2];
    const entry = half === 'north' ? north : south;
    const end = m.index + m[0].length;
    if (entry === undefined || occupied().overlaps(m.index, end)) continue;
    const mention: ActorMention = {
      start: m.index,
      end,
      surface: m[0],
      entry,
      extractor: 'actors/metonym',
      confidence: 0.75,
    };
    if (half === 'north') {
      northNamed = true;
      out.push(mention);
    } else southern.push(mention);
  }
  if (southern.length > 0 && (northNamed || NORTH_AND_SOUTH.test(text))) out.push(...southern);
  BARE_KOREA.lastIndex = 0;
  for (let m = BARE_KOREA.exec(text); m !== null; m = BARE_KOREA.exec(text)) {
    const end = m.index + m[0].length;
    if (occupied().overlaps(m.index, end)) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (NAME_AFTER.test(text.slice(end, end + 4))) continue;
    if (!PRE_DIVISION.test(sentenceAround(text, m.index))) continue;
    out.push({
      start: m.index,
      end,
      surface: m[0],
      entry: KOREA,
      extractor: 'actors/metonym',
      confidence: 0.6,
    });
  }
  return out;
}
