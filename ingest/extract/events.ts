import type { ExtractedEvent } from '../types';
import type { ActorMention } from './actor-matcher';
import { findDatesInContext, type DateContext, type DateMention } from './dates';
import type { Sentence } from './sentences';

/** Longest description we keep; the evidence sentence carries the full context. */
const MAX_DESCRIPTION = 240;

/**
 * The clause around a date: from the previous clause boundary (`;`, or `,` when the clause would
 * otherwise exceed the cap) to the next one, so `On July 19, the Western forces ... blamed China`
 * describes the blaming, not the whole paragraph.
 */
function clauseAround(sentence: Sentence, date: DateMention, skipBefore: number): string {
  // The dateline (`Pyongyang, October 9 (KCNA) --`) describes no happening; left in, it made every
  // first-sentence event of a day look alike to the cross-article matcher.
  const cut = Math.max(0, skipBefore - sentence.start);
  const text = sentence.text.slice(cut);
  const relStart = date.start - sentence.start - cut;
  const relEnd = date.end - sentence.start - cut;
  if (text.length <= MAX_DESCRIPTION) return text.trim();
  let from = Math.max(0, text.lastIndexOf(';', relStart) + 1);
  let to = text.indexOf(';', relEnd);
  if (to < 0) to = text.length;
  if (to - from > MAX_DESCRIPTION) {
    const comma = text.lastIndexOf(', ', relStart);
    // A sentence-initial date (`On July 19, ...`) describes what follows it.
    if (comma < 0 || relStart < 20) from = Math.max(from, 0);
    else from = comma + 2;
    const nextComma = text.indexOf(', ', relEnd + 2);
    to = Math.min(
      to,
      nextComma > 0 && nextComma - from > 60 ? nextComma : to,
      from + MAX_DESCRIPTION,
    );
  }
  return text.slice(from, to).trim();
}

/** `Pyongyang, October 17 (KCNA) --`: the agency that signs the report. */
const DATELINE_AGENCY_RE = /\(([A-Z][A-Za-z-]{1,20})\)\s*(?:--|—|–)\s*$/;
const PUBLISHING = '(?:reported|released|carried|published|announced|issued)';

/** What a publisher's own act puts out: `released a report`, `issued a detailed report`. */
const OWN_DOCUMENT =
  '(?:(?:a|an|its|the)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:report|white\\s+paper|commentary|memorandum|indictment|survey)\\b[^.;:]{0,100}';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `KCNA reported on October 16 that ...` in a KCNA report: the publisher's own act of publishing,
 * which the rules do not count as a cited happening (a question put by KCNA still is one). The
 * publisher is the dateline's agency or, where the report has no dateline (kcna-2011), the source
 * the corpus names, by each of its names: `The Korean Central News Agency released a report
 * Monday on ...` dates KCNA's own report. A day the act's object names with its year is no date of
 * the act.
 */
function publishersAct(names: readonly string[]): (text: string, d: DateMention) => boolean {
  if (names.length === 0) return () => false;
  const name = `(?:${names.map(escapeRe).join('|')})`;
  const verbBefore = new RegExp(`\\b${name}\\s+${PUBLISHING}\\s+$`);
  const nameBefore = new RegExp(`\\b${name}\\s+$`);
  const verbAfter = new RegExp(`^\\s+${PUBLISHING}\\b`);
  const documentBefore = new RegExp(`\\b${name}\\s+${PUBLISHING}\\s+${OWN_DOCUMENT}$`);
  return (text, d) => {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    return (
      verbBefore.test(before) ||
      (nameBefore.test(before) && verbAfter.test(text.slice(d.end, d.end + 20))) ||
      (d.precision === 'day' &&
        !d.explicitYear &&
        d.subtracted !== true &&
        documentBefore.test(text.slice(Math.max(0, d.start - 200), d.start)))
    );
  };
}

/**
 * The actor named right after `of (the)` at `end` (`... anniversary of the WPK`): `from` is the first
 * mention not before `end`, and the search stops a few characters on, so repeated anniversaries
 * stay linear.
 */
function bodyNamedAfter(
  text: string,
  end: number,
  mentions: readonly ActorMention[],
  from: number,
): string | undefined {
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j];
    if (m === undefined || m.start > end + 12) return undefined;
    if (m.start >= end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(end, m.start)))
      return m.entry.key;
  }
  return undefined;
}

/**
 * `the 66th anniversary of the Workers' Party of Korea` ... `celebrations of the 65th anniversary
 * of the WPK`: two ordinals of one body's anniversary cannot both fall in the article's year; the
 * highest is this year's and the lower one an earlier year's, so subtracting it from the article's
 * year would date the founding a year late. Such a lower ordinal (at most two years below) is no
 * date of its own.
 */
function heldInEarlierYears(
  anniversaryOf: ReadonlyMap<ExtractedEvent, string>,
): Set<ExtractedEvent> {
  const earliest = new Map<string, number>();
  for (const [e, key] of anniversaryOf) {
    const y = Number(e.date.slice(0, 4));
    earliest.set(key, Math.min(earliest.get(key) ?? y, y));
  }
  const out = new Set<ExtractedEvent>();
  for (const [e, key] of anniversaryOf) {
    const gap = Number(e.date.slice(0, 4)) - (earliest.get(key) ?? 0);
    if (gap >= 1 && gap <= 2) out.add(e);
  }
  return out;
}

/** A sentence that opens a quoted document's text: `The editorial said:`, `It went on:`. */
const QUOTED_TEXT_OPENS_RE =
  /\b(?:said|says|reads?|noted|notes|went on|goes on|continued|continues|added|adds|stressed|stresses|pointed out|points out|wrote|writes|declared|declares|as follows)\s*:\s*$/;
/** A sentence dating a cited document: `Hangyore on June 3 carried an editorial`. */
const DOCUMENT_ACT_RE =
  /\b(?:carried|published|issued|released|made public|sent|aired|broadcast|ran|posted)\b/;

/**
 * Cited events: every resolvable date expression in the body becomes an event, except the dateline,
 * the publisher's date stamp and its own act of publishing, which date the report itself. A day
 * that is the publication day is kept: `Rodong Sinmun Tuesday says` is a cited source's dated
 * statement (docs/events.md).
 * Actors are those mentioned in the same sentence. Relative days inside a quoted document resolve
 * against the document's own day when the text gives it.
 */
export function extractEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  publicationDate: string | undefined,
  skipBefore = 0,
  findDates: typeof findDatesInContext = findDatesInContext,
  publisherNames: readonly string[] = [],
): ExtractedEvent[] {
  const out: ExtractedEvent[] = [];
  const seen = new Set<string>();
  const agency = DATELINE_AGENCY_RE.exec(text.slice(0, skipBefore))?.[1];
  const isPublishersAct = publishersAct(
    agency === undefined ? publisherNames : [agency, ...publisherNames],
  );
  // A year got by subtraction is a vaguer copy of the same happening when the article also dates
  // it finer (`on July 27, the 71st anniversary of the victory` ... `the 71st anniversary`).
  const subtractedYears = new Set<ExtractedEvent>();
  // The body each such anniversary is of (`the 66th anniversary of the Workers' Party of Korea`).
  const anniversaryOf = new Map<ExtractedEvent, string>();
  const finerYears = new Set<string>();
  let mi = 0;
  // `December 1 that year` refers to the last year named earlier in the article.
  const context: DateContext = {};
  // The day of the document last dated (`Hangyore on June 3 carried an editorial`) and, once it is
  // quoted (`The editorial said:`), the day its own `yesterday` and weekdays count from.
  let documentDay: { date: string; sentence: number } | undefined;
  let quotedDay: string | undefined;
  for (const [index, s] of sentences.entries()) {
    if (s.end <= skipBefore) continue;
    const dates = findDates(s.text, quotedDay ?? publicationDate, context);
    if (QUOTED_TEXT_OPENS_RE.test(s.text)) {
      quotedDay =
        documentDay !== undefined && index - documentDay.sentence <= 2
          ? documentDay.date
          : undefined;
    }
    const dated = dates.find((d) => d.precision === 'day' && !d.subtracted && !d.stamp);
    if (dated !== undefined && quotedDay === undefined && DOCUMENT_ACT_RE.test(s.text))
      documentDay = { date: dated.date, sentence: index };
    if (dates.length === 0) continue;
    while (mi < mentions.length && (mentions[mi]?.end ?? 0) <= s.start) mi++;
    const actorKeys: string[] = [];
    for (let j = mi; j < mentions.length; j++) {
      const m = mentions[j];
      if (m === undefined || m.start >= s.end) break;
      if (!actorKeys.includes(m.entry.key)) actorKeys.push(m.entry.key);
    }
    // Mentions before the current date, passed once per sentence (dates come in text order).
    let ai = mi;
    for (const rel of dates) {
      const d: DateMention = { ...rel, start: rel.start + s.start, end: rel.end + s.start };
      if (d.start < skipBefore || d.stamp === true || isPublishersAct(text, d)) continue;
      const localKey = `e:${d.date}:${d.precision}:${d.start}`;
      const dedupeKey = `${d.date}|${d.precision}|${s.start}`;
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      if (d.precision !== 'year' && (d.subtracted === true || d.explicitYear))
        finerYears.add(d.date.slice(0, 4));
      const event: ExtractedEvent = {
        localKey,
        date: d.date,
        ...(d.dateEnd === undefined ? {} : { dateEnd: d.dateEnd }),
        precision: d.precision,
        description: clauseAround(s, d, skipBefore),
        actorKeys,
        dateText: d.text.trim(),
        evidence: {
          sentence: s.text,
          start: s.start,
          end: s.end,
          extractor: 'events/date-sentence',
          confidence: d.confidence,
        },
      };
      out.push(event);
      // `51 years ago` is its own mechanical date, not an anniversary's copy.
      if (d.subtracted === true && d.precision === 'year' && /anniversary|birthday/i.test(d.text)) {
        subtractedYears.add(event);
        while ((mentions[ai]?.start ?? Infinity) < d.end) ai++;
        const of = bodyNamedAfter(text, d.end, mentions, ai);
        if (of !== undefined) anniversaryOf.set(event, of);
      }
    }
  }
  if (subtractedYears.size === 0) return out;
  const earlierAnniversaries = heldInEarlierYears(anniversaryOf);
  return out.filter(
    (e) =>
      !subtractedYears.has(e) ||
      (!finerYears.has(e.date.slice(0, 4)) && !earlierAnniversaries.has(e)),
  );
}
