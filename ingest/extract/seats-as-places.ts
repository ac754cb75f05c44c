import type { ActorMention } from './actor-matcher';

/** Listed offices named by their building: south Korea's presidential office, `Chongwadae`. */
const SEATS = new Set(['organization:chongwadae']);
/** `outside Chongwadae`, `marched toward Chongwadae`, `a party in Chongwadae`: the building. */
const PLACE_BEFORE =
  /\b(?:in|at|inside|outside|toward|towards|into|near|around|front of|en)\s+(?:the\s+)?$/i;

/**
 * An office named by its building is an actor where it acts or is addressed (`Chongwadae
 * announced`, `the notice addressed to Chongwadae`) and a place where it locates something
 * (docs/annotation-rules.md: buildings are places).
 */
export function dropSeatsAsPlaces(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  return mentions.filter(
    (m) =>
      !SEATS.has(m.entry.key) || !PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)),
  );
}
