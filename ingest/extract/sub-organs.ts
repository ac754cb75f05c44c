import type { Gazetteer, GazetteerEntry } from '../gazetteer';
import type { ActorMention } from './actor-matcher';
import { ORGAN_EXTRACTOR } from './org-pattern';
import { SpanIndex, type Span } from './span-index';
import { organizationAsWritten } from './as-written';

/** Organ words: a listed body part of another body (`Political Bureau`, `Central Committee`). */
const ORGAN_NAME =
  /\b(?:Committee|Bureau|Presidium|Secretariat|Commission|Department|Branch|Chapter|Council|Command|Staff|Headquarters|Mission)\b/;
/** Title words that put what follows into someone's title: `vice-chairman of the ...`, `advisor to the ...`. */
const TITLE_OF =
  '(?:(?:chair(?:man|woman|person|men)|vice[- ]chair(?:man|woman|person|men)|(?:vice[- ])?president|secretary|secretaries|(?:Presidium\\s+)?members?|(?:vice[- ]|deputy |department |general )?directors?|secretary[- ]general|(?:general )?coordinators?|head|chief|deputy|commissioner|premier|minister|officials?|officers?|representative|councillor|councilor|commander)\\s+of|(?:advis[eo]rs?|ambassadors?)\\s+to)\\s+(?:(?:the|its|their)\\s+)?';
/**
 * `vice-chairman of the <organ>`, `member of the Presidium of the Political Bureau of the <organ>`:
 * the organ is only part of someone's title.
 */
const TITLE_OF_BEFORE = new RegExp(`\\b${TITLE_OF}$`, 'i');
/** `Members of the Presidium of ...`: a capitalised title opens the organ chain itself. */
const TITLE_OPENS_CHAIN = new RegExp(`^${TITLE_OF}`, 'i');
/** Organs between the title and this one: `... of the Presidium of the Political Bureau of the `. */
const ORGAN_CHAIN =
  /(?:(?:\p{Lu}(?:\.\p{Lu})+\.|\p{Lu}[\p{L}'’-]*),?\s+(?:of\s+(?:the\s+)?)?){1,8}$/u;
/** `<organ> Secretary Kim ...`, `<organ> member`: the organ is part of a title after it too. */
const TITLE_AFTER =
  /^(?:['’]s)?\s+(?:(?:vice|deputy|first|department)[- ])?(?:secretary|secretaries|director|chairman|chairwoman|member|members|official|officials|head|chief)\b/i;

/**
 * `Italian Branch of the ...`, `Central Committee of the ...`: an organ named by its parent, written
 * right after it. A branch or a department needs a word of its own before the head.
 */
const BRANCH_OF =
  /\b((?:[A-Z][\p{L}'’-]* ){1,3}(?=(?:Branch|Chapter|Department) )|(?:[A-Z][\p{L}'’-]* ){0,2})(Branch|Chapter|Department|Central Committee|Political Bureau|Presidium|Secretariat|Executive Committee|National Committee|Headquarters) of (?:the )?/gu;
/** A cheap test for the heads above, to skip texts without any. */
const ORGAN_HEAD =
  /Branch|Chapter|Department|Central Committee|Political Bureau|Presidium|Secretariat|Executive Committee|National Committee|Headquarters/;
/** A later short form of a branch seen earlier: `the Dandong City Branch`. */
const BRANCH_ALONE = /\b((?:[A-Z][\p{L}'’-]* ){1,3})(Branch|Chapter)\b(?! of\b)/gu;

/** A listed sub-organ: part of another listed organization, and named as an organ. */
function isSubOrgan(entry: GazetteerEntry): boolean {
  return entry.partOf?.startsWith('organization:') === true && ORGAN_NAME.test(entry.name);
}

/** Where a parent's alias sits inside a mention's surface, as a whole word sequence. */
function aliasInside(
  surface: string,
  aliases: readonly string[],
): { at: number; alias: string } | undefined {
  for (const alias of aliases) {
    for (let at = surface.indexOf(alias); at >= 0; at = surface.indexOf(alias, at + 1)) {
      const before = surface[at - 1] ?? ' ';
      const after = surface[at + alias.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return { at, alias };
    }
  }
  return undefined;
}

/**
 * Sub-organs by the rules (docs/annotation-rules.md, Actors): a parent whose name appears inside a
 * sub-organ's name is an actor too (`Presidium of the DPRK Supreme People's Assembly` names the
 * SPA), and a branch written with its parent (`Italian Branch of the Korean Friendship
 * Association`) is an actor, keyed as first written: `the Italian Branch of the KFA` and `the
 * Italian Branch` later are the same branch. Returns the mentions to add.
 */
export function findSubOrgans(
  text: string,
  mentions: readonly ActorMention[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of mentions) {
    // `Korean Friendship Association UK`, `United Nations Children's Fund`: a listed body written
    // as its parent's name and more words names the parent too.
    const parentName = `${gazetteer.entries.get(m.entry.partOf ?? '')?.name ?? '\0'} `;
    const branchOfNamed =
      m.entry.partOf !== undefined &&
      (m.entry.name.startsWith(parentName) || m.surface.startsWith(parentName));
    if (!isSubOrgan(m.entry) && !branchOfNamed) continue;
    // Walk up the partOf chain while the parent is written inside the name.
    let child = m.entry;
    for (let depth = 0; depth < 3; depth++) {
      const parent = child.partOf === undefined ? undefined : gazetteer.entries.get(child.partOf);
      if (parent === undefined || parent.kind === 'country') break;
      const inside = aliasInside(m.surface, [...parent.aliases, ...(parent.aliasesCi ?? [])]);
      if (inside === undefined) break;
      out.push({
        start: m.start + inside.at,
        end: m.start + inside.at + inside.alias.length,
        surface: inside.alias,
        entry: parent,
        extractor: 'actors/sub-organ-parent',
        confidence: 0.85,
      });
      child = parent;
    }
  }
  out.push(...organsAfterListed(text, mentions));
  const byStart = new Map<number, ActorMention>();
  for (const m of mentions)
    if (m.entry.kind === 'organization' && (byStart.get(m.start)?.end ?? -1) < m.end)
      byStart.set(m.start, m);
  // One entry per branch of one parent, keyed as first written; the short form needs one owner.
  if (!ORGAN_HEAD.test(text)) return out;
  const branches = new Map<string, GazetteerEntry>();
  // A country inside the organ's words (`Italian Branch`) names the country as well; others own it.
  const taken = new SpanIndex(mentions.filter((m) => m.entry.kind !== 'country'));
  const byOrgan = new Map<string, GazetteerEntry | null>();
  BRANCH_OF.lastIndex = 0;
  for (let b = BRANCH_OF.exec(text); b !== null; b = BRANCH_OF.exec(text)) {
    const parent = byStart.get(b.index + b[0].length);
    if (parent === undefined) continue;
    const organ = `${(b[1] ?? '').replace(/^The /, '')}${b[2] ?? ''}`;
    const start = b.index + (b[1]?.startsWith('The ') === true ? 4 : 0);
    // Listed already, whole or in part (`Presidium of the Political Bureau of ...`).
    if (taken.overlaps(start, b.index + b[0].length)) continue;
    const surface = text.slice(start, parent.end);
    const id = `${organ}|${parent.entry.key}`;
    const entry = branches.get(id) ?? organizationAsWritten(surface, parent.entry.key);
    branches.set(id, entry);
    const prior = byOrgan.get(organ);
    byOrgan.set(organ, prior === undefined || prior?.key === entry.key ? entry : null);
    out.push({
      start,
      end: parent.end,
      surface,
      entry,
      extractor: 'actors/branch',
      confidence: 0.75,
    });
  }
  if (branches.size === 0) return out;
  BRANCH_ALONE.lastIndex = 0;
  for (let b = BRANCH_ALONE.exec(text); b !== null; b = BRANCH_ALONE.exec(text)) {
    const organ = `${(b[1] ?? '').replace(/^The /, '')}${b[2] ?? ''}`;
    const entry = byOrgan.get(organ);
    if (entry === undefined || entry === null) continue;
    const start = b.index + b[0].length - organ.length;
    out.push({
      start,
      end: start + organ.length,
      surface: organ,
      entry,
      extractor: 'actors/branch',
      confidence: 0.7,
    });
  }
  return out;
}

/** An organ written after its listed body: `the SWUK Central Committee organized ...`. */
const ORGAN_AFTER =
  /^ (?:Central Standing Committee|Central Committee|Standing Committee|Executive Committee|Presidium|Secretariat|Political Bureau)\b/;

const LISTED_OR_ACRONYM = new Set(['actors/gazetteer', 'actors/acronym']);

/**
 * `SWUK Central Committee`: a listed body's name or the acronym the text gave it and an organ head is that
 * body's organ, keyed as written, with the body its parent; like other organs it is dropped where
 * it only sits in titles (`dropTitleOnlyOrgans`).
 */
function organsAfterListed(text: string, mentions: readonly ActorMention[]): ActorMention[] {
  const others = new SpanIndex(mentions.filter((m) => m.entry.kind !== 'country'));
  const out: ActorMention[] = [];
  for (const m of mentions) {
    if (!LISTED_OR_ACRONYM.has(m.extractor) || m.entry.kind !== 'organization') continue;
    const organ = ORGAN_AFTER.exec(text.slice(m.end, m.end + 30))?.[0];
    if (organ === undefined) continue;
    const end = m.end + organ.length;
    if (others.overlapping(m.start, end).some((o) => o !== m)) continue;
    const surface = text.slice(m.start, end);
    out.push({
      start: m.start,
      end,
      surface,
      entry: organizationAsWritten(surface, m.entry.key),
      extractor: 'actors/branch',
      confidence: 0.75,
    });
  }
  return out;
}

/** `chairman of its Rights and Welfare Committee`: `its` says the body is another's organ. */
const OF_ITS = /\bof its $/;

/** Heads of an organ of some body even when the text does not name the body. */
const OFFICE_HEAD = /\b(?:Office|Bureau|Department)$/;

/** Whether a mention sits in someone's title (`vice-chairman of the <organ>`). */
function inTitle(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 120), span.start);
  const chain = ORGAN_CHAIN.exec(before);
  const rest = chain === null ? before : before.slice(0, chain.index);
  return (
    TITLE_OF_BEFORE.test(rest) ||
    (chain !== null && TITLE_OPENS_CHAIN.test(chain[0])) ||
    TITLE_AFTER.test(text.slice(span.end, span.end + 30))
  );
}

/**
 * Drops sub-organs named only inside people's titles: an organ that never acts in the text (holds
 * a meeting, sends a message, issues a statement) is not an actor; its parent still is.
 */
export function dropTitleOnlyOrgans(
  text: string,
  mentions: readonly ActorMention[],
): ActorMention[] {
  // `director of the General Reconnaissance Bureau`: an office, bureau or department is an organ.
  const isOrgan = (m: ActorMention): boolean =>
    isSubOrgan(m.entry) ||
    m.extractor === 'actors/branch' ||
    m.extractor === ORGAN_EXTRACTOR ||
    (m.extractor === 'actors/org-pattern' &&
      (OFFICE_HEAD.test(m.surface) || OF_ITS.test(text.slice(Math.max(0, m.start - 8), m.start))));
  const acting = new Set<string>();
  for (const m of mentions) if (isOrgan(m) && !inTitle(text, m)) acting.add(m.entry.key);
  return mentions.filter((m) => !isOrgan(m) || acting.has(m.entry.key));
}
