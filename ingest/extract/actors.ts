import type { Gazetteer } from '../gazetteer';
import type { Evidence, ExtractedActor } from '../types';
import { matchGazetteer, type ActorMention } from './actor-matcher';
import { findChineseNames } from './chinese-names';
import { dropCurrencyNames } from './currency-names';
import { findAcronymMentions, findOrganizations } from './org-pattern';
import { findIntroducedOutlets } from './outlet-names';
import { findKoreanNames, findPeople, findSurnameMentions, namesPlaceOrBody } from './people';
import { findLeaderGroups } from './leader-groups';
import { findMetonyms } from './metonyms';
import { resolveHomeOrgans } from './home-organs';
import { findHomeShortNames } from './home-short-names';
import { findBareOrgans } from './bare-organs';
import { findCoordinatedOrgans } from './coordinated-organs';
import { findMilitaryUnits } from './military-units';
import { findNationalForces } from './national-forces';
import { dropTitleWords } from './quoted-titles';
import { dropSeatsAsPlaces } from './seats-as-places';
import { dropLanguageNames } from './language-names';
import { namesShip } from './ship-names';
import type { Sentence } from './sentences';
import { dropTitleOnlyOrgans, findSubOrgans } from './sub-organs';

export type { ActorMention } from './actor-matcher';

/**
 * All actor mentions in the text, sorted by offset: gazetteer matches first (they own their spans),
 * then Korean names by shape, named organizations, outlets introduced as such (`the Nepali paper
 * Rahasha`), other people and numbered units in the gaps, then surname-only references and
 * acronyms introduced in brackets (`... Administration (NATA)`); then what those imply: `<leader>
 * group`s, parents named inside sub-organs, branches, `the north`; sub-organs named only in
 * people's titles are dropped (docs/annotation-rules.md); organs named without their country
 * (`the "National Assembly"`, `the Navy`).
 */
export function findActorMentions(text: string, gazetteer: Gazetteer): ActorMention[] {
  const matched = matchGazetteer(text, gazetteer);
  const currencies = dropCurrencyNames(text, matched.mentions);
  const blocked = [...matched.blocked, ...currencies.blocked];
  // `Kim Jong Suk County`: a listed person's name that begins a place or body is not the person;
  // nor is one that names a ship (`carrier Ronald Reagan`).
  let mentions = currencies.kept.filter(
    (m) =>
      m.entry.kind !== 'person' ||
      (!namesPlaceOrBody(text, m.end) && !namesShip(text, m.start, m.end)),
  );
  let korean = findKoreanNames(text, [...mentions, ...blocked]);
  korean = korean.concat(findChineseNames(text, [...mentions, ...blocked, ...korean]));
  const inNames: ActorMention[] = [];
  const named = findOrganizations(text, [...mentions, ...korean], blocked, inNames);
  if (inNames.length > 0) {
    const gone = new Set(inNames);
    mentions = mentions.filter((m) => !gone.has(m));
    korean = korean.filter((m) => !gone.has(m));
  }
  const orgs = named.concat(
    findIntroducedOutlets(text, [...mentions, ...korean, ...named], blocked, gazetteer),
  );
  const people = [...korean, ...findPeople(text, [...mentions, ...korean, ...orgs], blocked)];
  const knownPeople = [...mentions.filter((m) => m.entry.kind === 'person'), ...people];
  const found = [...mentions, ...orgs, ...people];
  const units = findMilitaryUnits(text, found, [...found, ...blocked]);
  const surnames = findSurnameMentions(text, knownPeople, [...found, ...units, ...blocked]);
  const acronyms = findAcronymMentions(
    text,
    [...mentions, ...orgs],
    [...found, ...units, ...surnames, ...blocked],
  );
  const replaced = new Set(acronyms.map((a) => `${a.start}:${a.end}`));
  const all = resolveHomeOrgans(
    text,
    [
      ...found.filter((m) => !replaced.has(`${m.start}:${m.end}`) || m.entry.kind === 'country'),
      ...units,
      ...surnames,
      ...acronyms,
    ],
    gazetteer,
  );
  const derived = [
    ...findLeaderGroups(text, all),
    ...findSubOrgans(text, all, gazetteer),
    ...findCoordinatedOrgans(text, gazetteer),
    ...findMetonyms(text, gazetteer, [...all, ...blocked]),
    ...findBareOrgans(text, all, blocked),
    ...findNationalForces(text, all),
    ...findHomeShortNames(text, gazetteer, all, blocked),
  ];
  const kept = dropTitleWords(text, dropTitleOnlyOrgans(text, [...all, ...derived]));
  return dropLanguageNames(text, dropSeatsAsPlaces(text, kept)).sort((a, b) => a.start - b.start);
}

/** Index of the sentence containing `offset` (binary search over sorted sentences). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}

/** Evidence for a span: the sentence around it. */
export function evidenceFor(
  sentences: readonly Sentence[],
  offset: number,
  extractor: string,
  confidence: number,
): Evidence {
  const s = sentences[sentenceIndexAt(sentences, offset)];
  if (s === undefined) return { sentence: '', start: offset, end: offset, extractor, confidence };
  return { sentence: s.text, start: s.start, end: s.end, extractor, confidence };
}

/**
 * One ExtractedActor per canonical key: mention count, first offset, surface forms seen (then the
 * gazetteer's other aliases), evidence = the sentence of the first mention.
 */
export function aggregateActors(
  mentions: readonly ActorMention[],
  sentences: readonly Sentence[],
): ExtractedActor[] {
  const byKey = new Map<
    string,
    { first: ActorMention; count: number; surfaces: Set<string>; confidence: number }
  >();
  for (const m of mentions) {
    const prior = byKey.get(m.entry.key);
    if (prior === undefined) {
      byKey.set(m.entry.key, {
        first: m,
        count: 1,
        surfaces: new Set([m.surface]),
        confidence: m.confidence,
      });
    } else {
      prior.count++;
      prior.surfaces.add(m.surface);
      prior.confidence = Math.max(prior.confidence, m.confidence);
    }
  }
  const out: ExtractedActor[] = [];
  for (const [key, agg] of byKey) {
    const entry = agg.first.entry;
    const aliases = [...agg.surfaces];
    // A few canonical aliases help search; generated ministries have dozens, so cap them.
    for (const a of entry.aliases.slice(0, 8)) if (!agg.surfaces.has(a)) aliases.push(a);
    out.push({
      key,
      name: entry.name,
      kind: entry.kind,
      aliases,
      ...(entry.partOf === undefined ? {} : { partOf: entry.partOf }),
      mentionCount: agg.count,
      firstOffset: agg.first.start,
      evidence: evidenceFor(sentences, agg.first.start, agg.first.extractor, agg.confidence),
    });
  }
  return out.sort((a, b) => a.firstOffset - b.firstOffset);
}
