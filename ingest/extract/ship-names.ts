/**
 * `the U.S. nuclear-powered carrier Carl Vinson`, `nuclear carrier Theodore Roosevelt`: a ship named
 * after someone. Ships are not actors (docs/annotation-rules.md), and the person the ship honours is
 * not mentioned, so a person's name right after a ship noun names nobody.
 */
const SHIP_BEFORE =
  /\b(?:carriers?|warships?|battleships?|flagships?|destroyers?|cruisers?|frigates?|submarines?|vessels?|ships?|USS)\s+["“]?$/i;

/** `the Carl Vinson carrier flotilla`, `the Ronald Reagan strike group`: the ship's formation. */
const SHIP_AFTER = /^["”]?\s+(?:(?:aircraft\s+)?carrier|strike group|battle group)\b/i;

/**
 * Whether the name at `start`..`end` follows a ship noun (`carrier`, `destroyer`, `USS`) or comes
 * before a carrier's formation (`carrier flotilla`, `strike group`).
 */
export function namesShip(text: string, start: number, end: number): boolean {
  return (
    SHIP_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
    SHIP_AFTER.test(text.slice(end, end + 24))
  );
}
