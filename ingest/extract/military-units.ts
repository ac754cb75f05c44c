import { organizationAsWritten } from './as-written';
import type { ActorMention } from './actor-matcher';
import { SpanIndex, type Span } from './span-index';

const ORDINAL =
  '(?:\\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)';
const UNIT_HEAD =
  '(?:Division|Brigade|Regiment|Battalion|Corps|Fleet|Army|Command|Wing|Squadron|Group|Flotilla|Expeditionary Force|Air Force|Task Force)';
/**
 * KCNA writes south Korean and U.S. units in lower case (`the 32nd infantry division of the south
 * Korean army`, `the 8th army corps`): still a numbered unit, named by its number.
 */
const LOWER_UNIT_HEAD =
  '(?:division|brigade|regiment|battalion|corps|fleet|squadron|wing|flotilla)';
/**
 * Numbered military units: `Unit 851` (with `of the <body>` when written so: `Unit 851 of the Korean
 * People's Army`), `KPA Unit 963`, `the 20th Support Command`, `the 7th Fleet`, and honorific names
 * before the number (`Seoul Ryu Kyong Su Guards 105th Tank Division`). A `Neighborhood Unit 73` is
 * a residents' block of an address, no unit.
 */
const UNIT = new RegExp(
  `(?<!Neighbou?rhood )\\bUnit (?:No\\. )?\\d{1,6}\\b|\\b${ORDINAL} (?:[A-Z][\\p{L}.'’-]* ){0,3}${UNIT_HEAD}\\b(?! (?:Day|Games|Festival|Championship|Cup|Anniversary|Hospital|Stadium)\\b)|\\b\\d{1,3}(?:st|nd|rd|th) (?:[a-z]+ ){0,2}${LOWER_UNIT_HEAD}\\b`,
  'gu',
);
/** Words before the number that belong to the name: `KPA Unit 963`, `Seoul ... Guards 105th ...`. */
const ABBREVIATION_BEFORE = /\b[A-Z]{2,5} $/;
const HONORIFIC_BEFORE = /(?:(?:\p{Lu}\.)+ |[A-Z][\p{L}'’-]* ){1,6}$/u;
/** `the U.S. 7th armored division`: initials before a lower-case unit belong to it. */
const INITIALS_BEFORE = /(?:\p{Lu}\.)+ $/u;

/** A cheap test for a number or ordinal word, to skip texts without any. */
const UNIT_HINT = new RegExp(`Unit (?:No\\. )?\\d|${ORDINAL} `);

/**
 * Numbered units as organizations (docs/annotation-rules.md, Actors). An ordinal unit is named
 * without its parent (`20th Support Command` of the U.S. Army, which stays an actor of its own); a
 * `Unit <number>` carries the body written after it, since the number alone names nothing.
 */
export function findMilitaryUnits(
  text: string,
  known: readonly ActorMention[],
  taken: readonly Span[],
): ActorMention[] {
  const out: ActorMention[] = [];
  if (!UNIT_HINT.test(text)) return out;
  const occupied = new SpanIndex(taken);
  const byStart = new Map<number, ActorMention>();
  for (const k of known)
    if (k.entry.kind === 'organization' && (byStart.get(k.start)?.end ?? -1) < k.end)
      byStart.set(k.start, k);
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m !== null; m = UNIT.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    const unit = m[0].startsWith('Unit ');
    // A lower-case unit takes no honorific before it (`Air Force's 16th combat air division`).
    const lowerCase = / [a-z]+$/.test(m[0]);
    const extra =
      (unit ? ABBREVIATION_BEFORE : lowerCase ? INITIALS_BEFORE : HONORIFIC_BEFORE).exec(
        text.slice(Math.max(0, start - 60), start),
      )?.[0] ?? '';
    // Sentence words before an honorific unit name (`Seoul Ryu Kyong Su Guards 105th Tank Division`).
    const lead =
      /^(?:(?:The|A|An|Its|Their|In|On|At|By|Of|For|From|With|To|And|When|While|Then|Meanwhile) )+/.exec(
        extra,
      )?.[0] ?? '';
    start -= extra.length - lead.length;
    if (unit) {
      const of = /^ of (?:the )?/.exec(text.slice(end, end + 8));
      const parent = of === null ? undefined : byStart.get(end + of[0].length);
      if (parent !== undefined) end = parent.end;
    }
    // Inside a listed or found name (`U.S. Eighth Army` is the gazetteer's): leave it.
    if (occupied.overlapping(start, end).some((o) => o.start <= start && o.end >= end)) continue;
    const name = text.slice(start, end);
    out.push({
      start,
      end,
      surface: name,
      entry: organizationAsWritten(name),
      extractor: 'actors/military-unit',
      confidence: 0.75,
    });
  }
  return out;
}
