/**
 * `The paper Hangyore carried an article contributed by Pak Ki Hak, ...`: an outlet that prints
 * someone else's article is only the venue of those words (docs/annotation-rules.md, "Cited
 * outlets"), and `It went on:` / `The article said` after it are the contributor's. An article by
 * the outlet's own staff (`contributed by its editor-in-chief`) stays the outlet's. So is a
 * person's work the outlet printed (`carried Kim Jong Il's work`).
 */
const CONTRIBUTED =
  /^\s+(?:(?:on|in)\s+[\w.]+\s+(?:\d+\s+)?)?(?:carried|carries|ran|runs|published|publishes|printed|prints|posted|posts|featured|features|introduced|introduces)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:articles?|essays?|pieces?|contributions?|commentar(?:y|ies)|columns?)\s+(?:(?:contributed|written|authored|penned)\s+by|(?:titled|entitled|headlined)\s+[“"][^“”"]{1,160}[”"],?\s+by)\s+(?!(?:its|their|the\s+(?:paper|newspaper|daily|magazine|website)['’]s)\b)/i;

/** A part of a work: `the full text of`, `the third part of`. */
const WORK_PART = String.raw`(?:(?:full\s+text|gist|summary|excerpts?|(?:[\w-]+\s+)?(?:part|parts|instal?lment))\s+of\s+)?`;
/** `Kim Jong Il's work`, `President Kim Il Sung's reminiscences`: only name and title words before the possessive. */
const PERSONS_WRITING = String.raw`(?:(?:[A-Z][\w.-]*|leader|general|secretary|president|chairman|comrade|respected)\s+){0,5}?[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+)?(?:works?|treatises?|speech|speeches|letters?|writings?|talks?|discourses?|reminiscences|memoirs)\b`;
/**
 * `The Nepali newspaper Charcha on July 25 carried the third part of General Secretary Kim Jong
 * Il's work "..."`: a person's work or speech the outlet printed is that person's words. Only
 * name and title words stand before the possessive, so `an article praising X's work` is the paper's.
 */
const PERSONS_WORK = new RegExp(
  String.raw`^\s+(?:(?:on|in)\s+[\w.]+\s+(?:\d+\s+)?)?(?:carried|carries|ran|runs|published|publishes|printed|prints|posted|posts|featured|features|serialized|serialised|reprinted)\s+(?:the\s+)?${WORK_PART}(?=${PERSONS_WRITING})`,
);

/**
 * `The third part of Leader Kim Jong Il's work "..." was carried by the September 4th issue of
 * Tribuna`: the passive with a person's work as its subject, the outlet again only its venue.
 */
export const PERSONS_WORK_SUBJECT = new RegExp(
  String.raw`^\s*(?:[Tt]he\s+)?${WORK_PART}${PERSONS_WRITING}`,
);

/** How far after the outlet's name the verb may sit: `X, a weekly of Y, on May 20 carried`. */
const WINDOW = 160;

/**
 * Where the contributor's name starts when the words after an outlet (from `from`, the end of
 * its name, to `to`, the end of its sentence) say it carried an outsider's article; else -1.
 */
export function contributorAt(text: string, from: number, to: number): number {
  const slice = text.slice(from, Math.min(to, from + WINDOW));
  // `Jaju Minbo, an Internet newspaper of south Korea, on Tuesday carried`: skip the appositive.
  const appositive = /^,[^,;:]{0,100},/.exec(slice);
  const offset = appositive === null ? 0 : appositive[0].length;
  const rest = slice.slice(offset);
  const m = CONTRIBUTED.exec(rest) ?? PERSONS_WORK.exec(rest);
  return m === null ? -1 : from + offset + m[0].length;
}
