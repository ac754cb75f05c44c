import { buildGazetteer, type Gazetteer } from '../gazetteer';
import { articleKey, contentHash, sourceKey } from '../keys';
import type { ExtractedArticle, ExtractedCitation, ExtractedQuote, RawArticle } from '../types';
import { rulesOnly, type ActorFilter } from './actor-filter';
import { aggregateActors, findActorMentions } from './actors';
import { extractCitations } from './citations';
import { findSpanishIntroducedOutlets, readSpanishCitations } from './citations-es';
import { findDateline, findDatesInContext } from './dates';
import { findSpanishDatesInContext } from './dates-es';
import { extractEvents } from './events';
import { findForeignDateline } from './foreign-dateline';
import { findForeignActorMentions } from './multilingual-actors';
import { findSpanishOrganizations } from './spanish-orgs';
import { extractNarratives } from './narratives';
import { findListedOutlets } from './outlet-names';
import { extractQuotes } from './quotes';
import { articleSections } from './sections';
import { resolveShortOrgNames } from './short-org-names';
import { splitSentences } from './sentences';
import { findSourceEvidence } from './source-evidence';
import { outletOfSource } from '../gazetteer/source-outlets';
import { blankOverlongWords } from '../overlong-words';

/** Signature of an article extractor bound to one gazetteer. */
export type ArticleExtractor = (raw: RawArticle) => ExtractedArticle;

/**
 * Builds an extractor over a given gazetteer, e.g. one extended with the EUvsDisinfo outlet list:
 * `createArticleExtractor(buildGazetteer({ extra: loadOutletList(path) }))`.
 */
export function createArticleExtractor(
  gazetteer: Gazetteer,
  options: { readonly actorFilter?: ActorFilter } = {},
): ArticleExtractor {
  const actorFilter = options.actorFilter ?? rulesOnly;
  return (raw) => extractWith(raw, gazetteer, actorFilter);
}

let defaultGazetteer: Gazetteer | undefined;

/**
 * Extracts actors, quotes, cited events and narratives from one article with our built-in
 * gazetteer. Pure and deterministic: same input, same output; no I/O.
 */
export function extractArticle(raw: RawArticle): ExtractedArticle {
  defaultGazetteer ??= buildGazetteer();
  return extractWith(raw, defaultGazetteer, rulesOnly);
}

function extractWith(
  raw: RawArticle,
  gazetteer: Gazetteer,
  actorFilter: ActorFilter,
): ExtractedArticle {
  const text = blankOverlongWords(raw.text);
  const language = raw.language ?? 'en';
  const english = language === 'en' || language.startsWith('en-');
  const sentences = splitSentences(text);
  // The dateline dates the report; keeping it out of events and quotes avoids a fake event a day.
  const dateline = findDateline(text) ?? (english ? undefined : findForeignDateline(text));
  const bodyStart = dateline?.end ?? 0;
  // `(KCNA)` in the dateline is the wire's signature, not a mention of the agency.
  const found = resolveShortOrgNames(
    (english
      ? findActorMentions(text, gazetteer)
      : findForeignActorMentions(text, gazetteer)
    ).filter((m) => dateline === undefined || m.start >= dateline.end),
    text,
  );
  // Outlets only a listing names (`... also reported by A, B and C`) are actors and sources too.
  // Spanish reports introduce outlets no list knows the same way (`el diario Chautari`).
  const spanish = language === 'es' || language.startsWith('es-');
  const mentions = english
    ? [...found, ...findListedOutlets(text, sentences, found, gazetteer, bodyStart)].sort(
        (a, b) => a.start - b.start,
      )
    : spanish
      ? [
          ...found,
          ...findSpanishIntroducedOutlets(text, found, gazetteer),
          ...findSpanishOrganizations(text, found),
        ].sort((a, b) => a.start - b.start)
      : found;
  const sourceName = raw.sourceName;
  const publisher = sourceName === undefined ? undefined : outletOfSource(sourceName);
  const publisherKey = publisher?.key;
  // Spanish gets its own citing formula, date phrases and epithet cues (docs/languages.md).
  const spanishReading = spanish
    ? readSpanishCitations(text, sentences, mentions, bodyStart, publisherKey)
    : undefined;
  const quotes = english
    ? extractQuotes(text, sentences, mentions, bodyStart)
    : (spanishReading?.quotes ?? []);
  const citations = english
    ? extractCitations(text, sentences, mentions, quotes, bodyStart, publisherKey)
    : (spanishReading?.citations ?? []);
  // Spanish gets its own date phrases; other languages no events.
  const findDates = english ? findDatesInContext : spanish ? findSpanishDatesInContext : undefined;
  const events =
    findDates === undefined
      ? []
      : extractEvents(
          text,
          sentences,
          mentions,
          raw.date,
          bodyStart,
          findDates,
          publisher?.aliases,
        );
  // A filter changes the actors only: quotes, citations and events keep the rules' reading.
  const actorMentions = english
    ? actorFilter({
        text,
        mentions,
        sentences,
        bodyStart,
        referenced: referencedKeys(quotes, citations),
      })
    : mentions;
  return {
    key: articleKey({ url: raw.url, sourceName, title: raw.title, date: raw.date }),
    title: raw.title,
    ...(raw.date === undefined ? {} : { date: raw.date }),
    ...(raw.url === undefined ? {} : { url: raw.url }),
    language,
    text: raw.text,
    contentHash: contentHash({ title: raw.title, date: raw.date, sourceName, text: raw.text }),
    ...(sourceName === undefined || sourceName.trim() === ''
      ? {}
      : {
          source: {
            key: sourceKey(sourceName),
            name: sourceName,
            evidence: findSourceEvidence(sourceName, text, sentences, dateline, raw.sourceLine),
          },
        }),
    actors: aggregateActors(actorMentions, sentences),
    quotes,
    citations,
    events,
    narratives: extractNarratives(
      text,
      sentences,
      gazetteer,
      english || spanish ? bodyStart : text.length,
      spanish,
    ),
    sections: articleSections(raw.topics ?? []),
    related: (raw.related ?? []).map((ref) => ({
      ...ref,
      key: articleKey({
        url: ref.url,
        sourceName: ref.sourceName ?? raw.sourceName,
        title: ref.title,
        date: ref.date,
      }),
    })),
    origin: raw.origin,
  };
}

// Events keep their actor keys either way: those only sign the event for matching (graph-db).
function referencedKeys(
  quotes: readonly ExtractedQuote[],
  citations: readonly ExtractedCitation[],
): Set<string> {
  const keys = new Set<string>();
  for (const q of quotes) keys.add(q.actorKey);
  for (const c of citations) keys.add(c.outletKey);
  return keys;
}
