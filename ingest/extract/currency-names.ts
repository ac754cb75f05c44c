import type { ActorMention, BlockedSpan } from './actor-matcher';

/**
 * A currency word after a listed name: `5.78 billion U.S. dollars`, `5.64 billion AU dollars`,
 * `Japanese yen`. Not `won`, which is also a verb (`south Korea won`).
 */
const CURRENCY_AFTER =
  /^ (?:dollars?|yen|yuan|renminbi|rubles?|roubles?|rupees?|pesos?|euros?|francs?|pounds?|dinars?|riyals?|rials?|liras?|baht|ringgit|shekels?)(?![\p{L}\p{N}])/u;

/**
 * The annotation rules' aliases are names that refer to the actor; a country's name or an acronym
 * before a currency names the currency, not the country or body (`U.S. dollars` in a report on
 * France's trade, `AU dollars`, which is not the African Union). Such matches become blocked spans,
 * so no shorter alias inside them is read either.
 */
export function dropCurrencyNames(
  text: string,
  mentions: readonly ActorMention[],
): { kept: ActorMention[]; blocked: BlockedSpan[] } {
  const kept: ActorMention[] = [];
  const blocked: BlockedSpan[] = [];
  for (const m of mentions) {
    if (
      (m.entry.kind === 'country' || m.entry.kind === 'organization') &&
      CURRENCY_AFTER.test(text.slice(m.end, m.end + 12))
    )
      blocked.push({ start: m.start, end: m.end });
    else kept.push(m);
  }
  return { kept, blocked };
}
