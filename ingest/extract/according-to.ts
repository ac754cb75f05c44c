/**
 * `according to the theme of X`, `according to the scenario for a war against the north`: `according
 * to` meaning "in line with" names no source. A noun for a plan, rule or wish in the phrase before
 * the actor says so; a source noun (`a report of`, `figures released by`) or none (`according to X`)
 * leaves X the source.
 */
const NOT_A_SOURCE =
  /\b(?:themes?|scenarios?|plans?|requirements?|regulations?|rules?|systems?|principles?|orders?|program(?:me)?s?|decrees?|resolutions?|provisions?|stipulations?|contracts?|protocols?|procedures?|schedules?|agreements?|decisions?|requests?|styles?|quality|size|species|peculiarit(?:y|ies)|performance|will|wish(?:es)?|instructions?|demands?|laws?|constitution|treat(?:y|ies)|charter|standards?|methods?|needs|polic(?:y|ies)|ideas?|teachings?|intentions?|logic|spirit|line|guidelines?|directions?|tasks?|traditions?|customs?|characteristics?|conditions?|situation)\b/i;

/** True when the words between `according to` and the actor leave the actor the source. */
export function namesSource(between: string): boolean {
  return !NOT_A_SOURCE.test(between);
}
