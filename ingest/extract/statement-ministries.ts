import type { Gazetteer } from '../gazetteer';
import type { ActorMention } from './actor-matcher';
import { SpanIndex } from './span-index';

/**
 * `vice-minister of National Defence of the DPRK`: a ministry an official's title names by its
 * field and country. Only the two ministries the gazetteer holds for every country.
 */
const MINISTER_OF_FIELD =
  /\b(?:(?:first\s+)?vice-|deputy\s+)?minister\s+(?:of|for)\s+(National\s+Defen[cs]e|Defen[cs]e|Foreign\s+Affairs)\s+of\s+(?:the\s+)?/gi;
/** The rest of the sentence says the official put out a press statement. */
const PRESS_STATEMENT =
  /^[^.;]{0,160}?\b(?:released|issued|made\s+public)\s+(?:on\s+\w+\s+(?:\d+\s+)?)?(?:the\s+following\s+|a\s+)?press\s+statement\b/;

/**
 * Ministries named only in the title of an official who made public a press statement (`Kim Kang
 * Il, vice-minister of National Defence of the DPRK, Monday made public the following press
 * statement`): the statement is the ministry's (docs/citations.md), so the ministry is an actor
 * the citation pass can cite. One bounded read per title, so the scan is linear.
 */
export function findStatementMinistries(
  text: string,
  known: readonly ActorMention[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const index = new SpanIndex(known);
  const out: ActorMention[] = [];
  MINISTER_OF_FIELD.lastIndex = 0;
  for (let m = MINISTER_OF_FIELD.exec(text); m !== null; m = MINISTER_OF_FIELD.exec(text)) {
    const field = m[1] ?? '';
    const start = m.index + m[0].indexOf(field);
    const end = start + field.length;
    const at = m.index + m[0].length;
    const country = index
      .overlapping(at, at + 1)
      .find((k) => k.start === at && k.entry.kind === 'country');
    if (country === undefined || index.overlaps(start, end)) continue;
    if (!PRESS_STATEMENT.test(text.slice(country.end, country.end + 200))) continue;
    const ministry = /foreign/i.test(field) ? 'foreign-ministry' : 'defence-ministry';
    const entry = gazetteer.entries.get(
      `organization:${ministry}-of-${country.entry.key.slice('country:'.length)}`,
    );
    if (entry === undefined) continue;
    out.push({
      start,
      end,
      surface: field,
      entry,
      extractor: 'actors/statement-ministry',
      confidence: 0.7,
    });
  }
  return out;
}
