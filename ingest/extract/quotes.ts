import type { ActorKind, ExtractedQuote } from '../types';
import type { ActorMention } from './actor-matcher';
import { withoutNested } from './nested-mentions';
import { namesSource } from './according-to';
import { sentenceIndexAt } from './actors';
import { contributorAt } from './contributed';
import type { Sentence } from './sentences';
import { SpanIndex } from './span-index';

/** Speech verbs that are verbs in any position. */
const STRONG_CUES = ['said', 'says', 'say', 'stated', 'told', 'quoted'];
/** Speech verbs that are also nouns or non-speech verbs: need `that`, `:`, `,` or `.` after. */
const WEAK_CUES = [
  'states',
  'commented',
  'comments',
  'noted',
  'notes',
  'claimed',
  'claims',
  'stressed',
  'stresses',
  'pointed out',
  'points out',
  'added',
  'adds',
  'reported',
  'reports',
  'wrote',
  'writes',
  'observed',
  'observes',
  'underlined',
  'underscored',
  'emphasized',
  'emphasised',
  'emphasizes',
  'declared',
  'declares',
  'asserted',
  'asserts',
  'insisted',
  'insists',
  'argued',
  'argues',
  'warned',
  'warns',
  'recalled',
  'recalls',
  'revealed',
  'reveals',
  'disclosed',
  'discloses',
  'announced',
  'announces',
  'went on',
  'goes on',
  'continued',
  'continues',
  'affirmed',
  'affirms',
  'reiterated',
  'reiterates',
  'explained',
  'explains',
  'remarked',
  'remarks',
  'alleged',
  'alleges',
  'confirmed',
  'confirms',
  'clarified',
  'blustered',
  'prattled',
  'claim',
  'insist',
  'assert',
  'stress',
  'argue',
  'warn',
  'note',
];
/** Participles share the subject of the main clause: `..., adding that ...`. */
const PARTICIPLE_CUES = [
  'adding',
  'stressing',
  'noting',
  'saying',
  'stating',
  'pointing out',
  'claiming',
  'commenting',
  'underscoring',
  'emphasizing',
  'asserting',
  'insisting',
  'warning',
  'recalling',
  'declaring',
];

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

const CUE_RE = new RegExp(
  `\\b(?:(?<strong>${alt(STRONG_CUES)})|(?<weak>${alt(WEAK_CUES)})|(?<part>${alt(PARTICIPLE_CUES.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))})|(?<acc>[Aa]ccording\\s+to)|(?<follow>(?:released|issued|published|sent|made\\s+public|delivered)\\s+the\\s+following)|(?<followIs>[Tt]he\\s+following\\s+is)|(?<titled>(?:released|issued|made\\s+public)\\s+(?:a|an)\\s+(?:press\\s+|joint\\s+)?(?:statement|declaration|appeal|communiqu[eé])(?=\\s+(?:on\\s+\\w+\\s+(?:\\d+\\s+)?)?(?:that\\b|(?:titled\\s+|under\\s+the\\s+title\\s+)?[“"]))))\\b`,
  'g',
);

const KIND_RANK: Readonly<Record<ActorKind, number>> = {
  person: 5,
  outlet: 4,
  organization: 3,
  group: 2,
  country: 1,
};

const OUTLET_ANAPHORS =
  /^(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]|[Aa]n)\s+)?(?:(?:same|said|by-lined|bylined|daily|news|political|signed|individual|special|long)\s+)?(?:paper|newspaper|daily|commentary|article|editorial|essay|news agency|agency|weekly|magazine|website|web site|comments?|commentator|news analyst|analyst|writer|author|journal|radio|TV|broadcaster|media|report|organ|mouthpiece)\b|^[Aa]nother\s+(?:(?:political|signed|long)\s+)?(?:article|commentary|editorial|essay)\b|^It\b|^it\b/;
/** `The organization said`: the body a recent sentence opened with. */
const ORG_ANAPHORS =
  /^(?:[Tt]he|[Tt]his)\s+(organization|union|confederation|association|federation|committee|council|league|ministry|department|agency|bureau)\b/;
const SPOKES_ANAPHORS = /^(?:(?:[Tt]he|[Aa]|[Ii]ts)\s+)?(?:spokesperson|spokesman|spokeswoman)\b/;
/** Role words that stand for a person introduced with them (`the director`, `the king`). */
const ROLES =
  'director|commander|chairman|chairwoman|chairperson|president|minister|secretary|ambassador|official|leader|premier|general|chief|head|professor|lecturer|envoy|vice-chairman|vice-president|secretary-general|prime minister|king|queen|emperor|prince|princess|sultan|emir|pope';
const PERSON_ANAPHORS = new RegExp(`^(?:He|he|She|she)\\b|^(?:the|The)\\s+(?:${ROLES})\\b`);
const DOCUMENT_ANAPHORS =
  /^(?:(?:the|The|his|His|her|Her|its|Its|their|Their|in\s+his|In\s+his)\s+)(?:congratulatory\s+|joint\s+|press\s+|reply\s+)?(?:message|letter|statement|greeting|greetings|telegram|resolution|appeal|declaration|speech|reply|answers?|notice)\b/;
/** `the letters noted`: documents of several senders, each a speaker. */
const PLURAL_DOCUMENT_ANAPHORS =
  /^(?:(?:the|The|their|Their|in\s+their|In\s+their)\s+)(?:congratulatory\s+|joint\s+|press\s+|reply\s+)?(?:messages|letters|statements|telegrams|resolutions|appeals|declarations|speeches|replies)\b/;
/** `They included A, B and C.`: names the members of the plural subject of the sentence before. */
const ENUMERATION = /^\s*(?:They|These|Those|Among\s+them)\s+(?:included|include|were|are)\b/;
/** A subject pronoun right before the speech verb is its subject, whatever precedes it. */
const PRONOUN_SUBJECT = /(?:^|\s)(?:he|she|it|they|He|She|It|They)$/;
const SEND_RE =
  /\b(?:(?:sent|issued|released|published|delivered|addressed|forwarded|made public|received)\b[^.]{0,80}?|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?)\b(?:message|letter|statement|greeting|congratulation|telegram|condolence|appeal|resolution|answer|repl(?:y|ie)|commentar(?:y|ie)|bulletin)s?\b/;

/**
 * More speech verbs than this in one sentence is not prose (real articles have at most a handful);
 * reading each cue costs up to the sentence's length, so the bound keeps a sentence linear.
 */
const MAX_CUES_PER_SENTENCE = 32;

interface Context {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** The mentions in text order: every lookup below is a binary search, not a pass over them. */
  readonly mentions: SpanIndex<ActorMention>;
  readonly mentionsByKind: ReadonlyMap<ActorKind, SpanIndex<ActorMention>>;
  /** Position of each mention in `mentions`, to tell which of two kinds' candidates is later. */
  readonly order: ReadonlyMap<ActorMention, number>;
  /** Per role word, the people introduced with it (`Tin Tun, director of ...`), in text order. */
  readonly peopleByRole: Map<string, SpanIndex<ActorMention>>;
  /** For the i-th person mention, where the run of mentions of that same person back to it starts. */
  readonly personRunStart: readonly number[];
  /** Per sentence, the sender its send verb names (null: none); each sentence is read once. */
  readonly senders: Map<number, ActorMention | null>;
  lastSpeaker: ActorMention | undefined;
  /** Every speaker of the last cue: `they` reaches back to a plural one. */
  lastSpeakers: readonly ActorMention[];
  /** Sentence index where lastSpeaker last spoke: pronouns reach back only a few sentences. */
  lastSpeakerSentence: number;
}

function mentionsIn(ctx: Context, start: number, end: number): ActorMention[] {
  return ctx.mentions.within(start, end);
}

/**
 * Picks the speaker(s) in a subject span. Countries qualify only as the head of the span
 * (`the U.S. claimed`), not inside `of the Sweden-Korea Friendship Association`; coordinated
 * actors of the top kind are all speakers (`Xinhua, CCTV and AP reported`).
 */
function pickSpeakers(ctx: Context, start: number, end: number): ActorMention[] {
  const inSpan = mentionsIn(ctx, start, end);
  if (inSpan.length === 0) return [];
  const head = ctx.text.slice(start, end).replace(/^\s*(?:(?:the|The|a|A|an|An)\s+)/, '');
  const headOffset = end - (end - start) + (ctx.text.slice(start, end).length - head.length);
  // Countries qualify only as the head (`the U.S. and south Korea claim`), chained by `and`/`,`.
  let chainEnd = -1;
  // `The former chief of the X Bureau said`: a former official no longer speaks for the body.
  const former = FORMER_OFFICIAL.exec(ctx.text.slice(start, end));
  const formerEnd = former === null ? -1 : start + former.index + former[0].length;
  const eligible = inSpan.filter((m) => {
    if (m.entry.kind !== 'person' && m.start >= formerEnd && formerEnd >= 0) return false;
    // `the Foreign News Section of the ... Ministry`: a name cut short is a unit's, not the speaker.
    if (m.entry.kind !== 'country' && UNIT_AFTER.test(ctx.text.slice(m.end, m.end + 12)))
      return false;
    if (m.entry.kind !== 'country') return true;
    const atHead = m.start - headOffset <= 1;
    const chained =
      chainEnd >= 0 &&
      /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(ctx.text.slice(chainEnd, m.start));
    // `Sweden-Korea Friendship Association`: a compound modifier, not the subject.
    if ((!atHead && !chained) || /^[-–]/.test(ctx.text.slice(m.end, m.end + 1))) return false;
    chainEnd = m.end;
    return true;
  });
  if (eligible.length === 0) return [];
  const best = Math.max(...eligible.map((m) => KIND_RANK[m.entry.kind]));
  // `the X Institute of the Foreign Ministry`: a parent named inside the speaker's name is not one.
  const top = withoutNested(eligible.filter((m) => KIND_RANK[m.entry.kind] === best));
  // Several outlets listed together are all speakers; several people usually means `X told Y`.
  const coordinated = /\band\b|,/.test(ctx.text.slice(start, end));
  return best === KIND_RANK.person && !coordinated ? top.slice(0, 1) : dedupe(top);
}

const UNIT_AFTER = /^\s(?:Section|Division|Desk|Department|Bureau)\b/;
const FORMER_OFFICIAL = /\b(?:former|ex-)\s*(?:[\w-]+\s+){1,3}?(?:of|at|for)\s/i;

function dedupe(ms: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.entry.key) ? false : (seen.add(m.entry.key), true)));
}

function lastMentionBefore(
  ctx: Context,
  offset: number,
  kinds: readonly ActorKind[],
): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const kind of kinds) {
    const ofKind = ctx.mentionsByKind.get(kind);
    if (ofKind === undefined) continue;
    const candidate = ofKind.at(ofKind.countStartingBefore(offset) - 1);
    if (
      candidate !== undefined &&
      (found === undefined || (ctx.order.get(candidate) ?? 0) > (ctx.order.get(found) ?? 0))
    )
      found = candidate;
  }
  return found;
}

/** The writer named by a sentence that says someone sent/issued a message or statement. */
function senderIn(ctx: Context, s: Sentence): ActorMention | undefined {
  const send = SEND_RE.exec(s.text);
  if (send === null) return undefined;
  const verbAt = s.start + send.index;
  // `X received a message from Y`: Y wrote it.
  const from = /^received\b/.test(send[0]) ? s.text.indexOf(' from ', send.index) : -1;
  const pool =
    from >= 0 ? mentionsIn(ctx, s.start + from, s.end) : mentionsIn(ctx, s.start, verbAt);
  const people = pool.filter((m) => m.entry.kind !== 'country');
  if (from >= 0) return people[0];
  // `The Sudanese government criticized in a statement`: a country heading the subject sends it.
  const subjectCountry = pool[0]?.entry.kind === 'country' && pool[0].start - s.start < 20;
  return (
    people.find((m) => m.entry.kind === 'person') ??
    people[0] ??
    (subjectCountry ? pool[0] : undefined)
  );
}

/** Subject of the most recent sentence that says someone sent/issued a message or statement. */
function documentSender(ctx: Context, sentenceIndex: number): ActorMention | undefined {
  for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 8; i--) {
    const s = ctx.sentences[i];
    if (s === undefined) continue;
    let sender = ctx.senders.get(i);
    if (sender === undefined) {
      sender = senderIn(ctx, s) ?? null;
      ctx.senders.set(i, sender);
    }
    if (sender !== null) return sender;
  }
  return undefined;
}

/**
 * The senders of several documents: the actors coordinated before the send verb (`A and B sent
 * letters`) or, when that subject names none (`Different organizations sent letters`), those of an
 * enumeration right after (`They included A, B and C`). Countries inside names do not count.
 */
function pluralSenders(ctx: Context, sentenceIndex: number): ActorMention[] {
  for (let i = sentenceIndex; i >= 0 && i >= sentenceIndex - 8; i--) {
    const s = ctx.sentences[i];
    if (s === undefined) continue;
    const send = SEND_RE.exec(s.text);
    if (send === null) continue;
    const subject = dedupe(
      mentionsIn(ctx, s.start, s.start + send.index).filter((m) => m.entry.kind !== 'country'),
    );
    if (subject.length > 0) return subject;
    const next = ctx.sentences[i + 1];
    if (next === undefined || i + 1 > sentenceIndex || !ENUMERATION.test(next.text)) return [];
    return dedupe(mentionsIn(ctx, next.start, next.end).filter((m) => m.entry.kind !== 'country'));
  }
  return [];
}

/**
 * A plural anaphor (`the letters`, `they`) stands for several speakers: a plural document for its
 * senders, `they` for the plural speakers of the last two sentences. Empty when nothing resolves.
 */
function resolvePlural(ctx: Context, phrase: string, sentenceIndex: number): ActorMention[] {
  const p = phrase.trim().replace(/^[^\p{L}]+/u, '');
  if (PLURAL_DOCUMENT_ANAPHORS.test(p)) return pluralSenders(ctx, sentenceIndex);
  // `A and B released a joint statement ... it noted`: the statement, so each of its senders.
  if (/^(?:it|It)$/.test(p) && recentSpeaker(ctx, sentenceIndex) === undefined)
    return jointSenders(ctx, sentenceIndex - 1);
  if (SPEAKERS_ANAPHOR.test(p)) return speechMakers(ctx, sentenceIndex);
  if (!/^(?:they|They)$/.test(p)) return [];
  if (sentenceIndex - ctx.lastSpeakerSentence <= 2 && ctx.lastSpeakers.length >= 2)
    return [...ctx.lastSpeakers];
  return listedMembers(ctx, sentenceIndex);
}

/** `A and B released a joint statement`: a document put out by the subject, not `in a ...`. */
const JOINT_SEND =
  /^\s*(?:on\s+\w+\s+(?:\d+\s+)?)?(?:released|issued|published|made\s+public|sent|adopted)\s+(?:on\s+\w+\s+(?:\d+\s+)?)?(?:(?:a|an|the)\s+)?(?:joint\s+)?(?:press\s+|information\s+)?(?:statement|declaration|appeal|communique|communiqué|letter|resolution|message|bulletin)\b/;
const CHAINED = /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/;
const FIRST_SENDER =
  /^\s*(?:(?:The|A|An)\s+(?:spokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?)?)?$/;

/**
 * The senders of a document the sentence opens with (`The British Association ... and the British
 * Group ... released a joint statement`, `A spokesman for the X issued a statement`), else none.
 */
function jointSenders(ctx: Context, si: number): ActorMention[] {
  const s = ctx.sentences[si];
  if (s === undefined) return [];
  const chain: ActorMention[] = [];
  for (const m of withoutNested(mentionsIn(ctx, s.start, Math.min(s.end, s.start + 400)))) {
    const prev = chain[chain.length - 1];
    if (m.entry.kind === 'country' && !/^[A-Z]/.test(m.surface)) continue;
    const gap = ctx.text.slice(prev?.end ?? s.start, m.start);
    if (prev === undefined ? !FIRST_SENDER.test(gap) : !CHAINED.test(gap)) break;
    chain.push(m);
  }
  const last = chain[chain.length - 1];
  if (last === undefined) return [];
  return JOINT_SEND.test(ctx.text.slice(last.end, Math.min(s.end, last.end + 120))) ? chain : [];
}

/** `The speakers said`, `The reporter and speakers noted`. */
const SPEAKERS_ANAPHOR = /^(?:The\s+|the\s+)?(?:reporters?\s+and\s+)?speakers$/;
/** `followed by speeches of Deputies A, B and C`, `Speeches were made there by A, B`. */
const SPEECHES_BY =
  /\b(?:speeches\s+(?:were\s+(?:also\s+)?made\s+(?:there\s+)?)?(?:of|by)|[Ss]peakers\s+(?:were|included))\s+/;
/** Between two speakers: an optional appositive (`, director of the Bureau,`), then `,` or `and`. */
const SPEAKER_GAP = /^(?:,\s+[a-z][^,.;]{0,100}?,?)?\s*(?:,|,?\s+and)\s+(?:[\w-]+\s+){0,3}$/;

/**
 * `The speakers said` for the people a recent sentence names as making speeches (`... followed by
 * speeches of Deputies A, B and C`): each is a speaker; unnamed speakers are none.
 */
function speechMakers(ctx: Context, si: number): ActorMention[] {
  return listAfter(ctx, si, 3, SPEECHES_BY, 800, {
    keep: (m) => m.entry.kind === 'person',
    first: /^(?:[\w-]+\s+){0,3}$/,
    between: SPEAKER_GAP,
  });
}

/** `organizations including A, B and C`: a plural noun whose members the text names. */
const MEMBERS_LISTED =
  /\b(?:organizations|organisations|parties|groups|associations|bodies|unions|movements|committees)\s+(?:including|such\s+as|like|namely)\s+/;
/** Between two members: a comma or `and`, a determiner, a demonym (`the south Korean`). */
const MEMBER_GAP = /^\s*(?:,|,?\s+and)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/;

/**
 * `They` for the members a recent sentence lists after a plural noun (`More than 10 organizations
 * including A, B, C and D staged ...`): each named member is a speaker (ingest/eval/README.md).
 */
function listedMembers(ctx: Context, si: number): ActorMention[] {
  const members = listAfter(ctx, si, 2, MEMBERS_LISTED, 600, {
    keep: (m) => m.entry.kind !== 'country',
    first: /^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/,
    between: MEMBER_GAP,
  });
  return members.length >= 2 ? members : [];
}

/**
 * The actors listed after `cue` in this or the `reach` sentences before: those `keep` accepts,
 * chained by `between` (the first after `first`), a parent named inside a member's name skipped.
 */
function listAfter(
  ctx: Context,
  si: number,
  reach: number,
  cue: RegExp,
  window: number,
  gaps: { keep: (m: ActorMention) => boolean; first: RegExp; between: RegExp },
): ActorMention[] {
  for (let i = si; i >= 0 && i >= si - reach; i--) {
    const s = ctx.sentences[i];
    const at = s === undefined ? null : cue.exec(s.text);
    if (s === undefined || at === null) continue;
    const from = s.start + at.index + at[0].length;
    const listed: ActorMention[] = [];
    for (const m of mentionsIn(ctx, from, Math.min(s.end, from + window))) {
      const prev = listed[listed.length - 1];
      if (!gaps.keep(m) || (prev !== undefined && m.start < prev.end)) continue;
      const gap = ctx.text.slice(prev?.end ?? from, m.start);
      if (!(prev === undefined ? gaps.first : gaps.between).test(gap)) break;
      listed.push(m);
    }
    return dedupe(listed);
  }
  return [];
}

const ROLE_WORD = new RegExp(`^(?:the|The)\\s+(?:[\\w-]+\\s+)?(${ROLES})\\b`);

/** The named person introduced with this role: `Tin Tun, director of ...` for `the director`. */
function personWithRole(ctx: Context, role: string, offset: number): ActorMention | undefined {
  let withRole = ctx.peopleByRole.get(role);
  if (withRole === undefined) {
    const introduced = new RegExp(`^,\\s+(?:[\\w'-]+\\s+){0,3}?${role}\\b`);
    // `Iranian President Mahmoud Ahmadinejad`, `Prime Minister of Japan Kishida` introduce the role too.
    const titled = new RegExp(`\\b${role}\\s+(?:of\\s+(?:the\\s+)?[A-Z][\\w.-]*\\s+)?$`, 'i');
    const people = ctx.mentionsByKind.get('person') ?? new SpanIndex<ActorMention>();
    const found: ActorMention[] = [];
    for (let i = 0; i < people.size; i++) {
      const m = people.at(i);
      if (m === undefined) continue;
      if (
        introduced.test(ctx.text.slice(m.end, m.end + 80)) ||
        titled.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))
      )
        found.push(m);
    }
    withRole = new SpanIndex(found);
    ctx.peopleByRole.set(role, withRole);
  }
  return withRole.at(withRole.countStartingBefore(offset) - 1);
}

/** The person a sentence is about: a person named at its start, or `The <role>` resolved. */
function sentenceSubject(ctx: Context, si: number): ActorMention | undefined {
  const s = ctx.sentences[si];
  if (s === undefined) return undefined;
  const first = mentionsIn(ctx, s.start, s.end)[0];
  // `He met Jo Yong Won`: a name after `met`, `with` or `to` is not the subject.
  if (
    first?.entry.kind === 'person' &&
    first.start - s.start < 40 &&
    !/\b(?:with|to|from|met|received)\s+(?:[\w-]+\s+){0,2}$/.test(
      ctx.text.slice(s.start, first.start),
    )
  )
    return first;
  const role = ROLE_WORD.exec(s.text)?.[1];
  return role === undefined ? undefined : personWithRole(ctx, role, s.start);
}

/**
 * `The organization said`, `the ministry said`: the last speaker if a body, else the body that
 * opens one of the few sentences before; its name must hold the noun (`the union`: a `... Union`).
 */
function bodyOfAnaphor(ctx: Context, noun: string, si: number): ActorMention | undefined {
  const fits = (m: ActorMention | undefined): m is ActorMention =>
    m?.entry.kind === 'organization' &&
    (noun === 'organization' || new RegExp(`\\b${noun}\\b`, 'i').test(m.surface));
  const last = recentSpeaker(ctx, si);
  if (fits(last)) return last;
  for (let i = si; i >= 0 && i >= si - 3; i--) {
    const s = ctx.sentences[i];
    if (s === undefined) continue;
    const first = mentionsIn(ctx, s.start, Math.min(s.end, s.start + 120)).find(
      (m) => m.entry.kind !== 'country',
    );
    // The body heads the sentence: nothing but a determiner or a country's name before it.
    if (
      fits(first) &&
      /^[\s,]*(?:(?:the|The|A|a)\s+)?(?:[\w'’.-]+\s+){0,2}$/.test(
        ctx.text.slice(s.start, first.start),
      )
    )
      return first;
  }
  return undefined;
}

const SPOKESMAN_FOR = /\bspokes(?:man|woman|person)\s+(?:for|of)\s+/;

/** The body of the last `spokesman for/of the X` in this or the five sentences before. */
function spokesBody(ctx: Context, si: number): ActorMention | undefined {
  for (let i = si; i >= 0 && i >= si - 5; i--) {
    const s = ctx.sentences[i];
    const at = s === undefined ? null : SPOKESMAN_FOR.exec(s.text);
    if (s === undefined || at === null) continue;
    const from = s.start + at.index + at[0].length;
    return mentionsIn(ctx, from, Math.min(s.end, from + 120)).find(
      (m) => m.entry.kind === 'organization',
    );
  }
  return undefined;
}

function recentSpeaker(ctx: Context, si: number): ActorMention | undefined {
  return ctx.lastSpeaker !== undefined && si - ctx.lastSpeakerSentence <= 2
    ? ctx.lastSpeaker
    : undefined;
}

function resolveAnaphor(
  ctx: Context,
  phrase: string,
  offset: number,
  sentenceIndex: number,
): ActorMention | undefined {
  // `- An article says`: list bullets and quotes before the subject are not part of it.
  const p = phrase.trim().replace(/^[^\p{L}]+/u, '');
  if (DOCUMENT_ANAPHORS.test(p)) return documentSender(ctx, sentenceIndex);
  if (SPOKES_ANAPHORS.test(p)) {
    // `A spokesman for the X ... the spokesman's statement`: the body he was introduced with.
    const introduced = spokesBody(ctx, sentenceIndex);
    if (introduced !== undefined) return introduced;
    const last = ctx.lastSpeaker;
    if (last !== undefined && last.entry.kind === 'organization') return last;
    return lastMentionBefore(ctx, offset, ['organization']);
  }
  if (/^(?:It|it)\b/.test(p)) {
    return (
      recentSpeaker(ctx, sentenceIndex) ?? authorOf(ctx, lastMentionBefore(ctx, offset, ['outlet']))
    );
  }
  if (OUTLET_ANAPHORS.test(p)) {
    const named = authorOf(ctx, lastMentionBefore(ctx, offset, ['outlet']));
    if (named !== undefined && named.entry.kind !== 'outlet') return named;
    // A press review's heading line (`Minju Joson` alone) starts the items of that paper.
    if (named !== undefined && isHeadingLine(ctx.text, named)) return named;
    const last = ctx.lastSpeaker;
    // `X carried an article. The article said:` after Y spoke: X, named since, is meant.
    const namedSince =
      named !== undefined &&
      named.start >= (ctx.sentences[ctx.lastSpeakerSentence]?.end ?? Infinity);
    if (last !== undefined && last.entry.kind === 'outlet' && !namedSince) return last;
    if (named !== undefined) return named;
    // `A spokesperson for the X Party issued a commentary ... the commentary said`: its sender.
    const sender = documentSender(ctx, sentenceIndex);
    return sender?.entry.kind === 'organization' ? sender : undefined;
  }
  const orgNoun = ORG_ANAPHORS.exec(p)?.[1];
  if (orgNoun !== undefined) return bodyOfAnaphor(ctx, orgNoun, sentenceIndex);
  const role = ROLE_WORD.exec(p)?.[1];
  if (role !== undefined) {
    const named = personWithRole(ctx, role, offset);
    if (named !== undefined) return named;
    // `The defense minister of Syria`: the role's body or country is named in the phrase itself.
    if (
      !PERSON_ANAPHORS.test(p) &&
      !/\bformer\b/i.test(p) &&
      new RegExp(`\\b${role}\\s+of\\s`, 'i').test(p)
    )
      return bodyWithRole(ctx, role, sentenceIndex);
  }
  if (PERSON_ANAPHORS.test(p)) {
    const recent = recentSpeaker(ctx, sentenceIndex);
    // `He` may be a body's unnamed spokesman, never an outlet (`Yonhap reported ... He said`).
    if (
      recent !== undefined &&
      (role === undefined ? recent.entry.kind !== 'outlet' : recent.entry.kind === 'person')
    )
      return recent;
    // `... assertions of the commander of the U.S. 7th Fleet. He said`: an unnamed official.
    const people = ctx.mentionsByKind.get('person');
    if (role === undefined && (people?.countStartingBefore(offset) ?? 0) === 0) {
      const official = unnamedOfficialBody(ctx, sentenceIndex - 1);
      if (official !== undefined) return official;
    }
    for (let i = sentenceIndex - 1; i >= 0 && i >= sentenceIndex - 6; i--) {
      // `He was accompanied by ...`: a sentence about the same `he` names no other subject.
      if (/^\s*(?:He|She)\b/.test(ctx.sentences[i]?.text ?? '')) continue;
      const subject = sentenceSubject(ctx, i);
      if (subject !== undefined) return subject;
    }
    // `The first secretary of the Central Committee of the LPRYU ...`, then `The secretary said`.
    if (role !== undefined) return bodyWithRole(ctx, role, sentenceIndex);
    return onlyPersonBefore(ctx, offset);
  }
  return undefined;
}

/**
 * The author of what an outlet carried: the outlet itself, or the contributor when it carried an
 * outsider's article (`Hangyore carried an article contributed by Pak Ki Hak ... It went on:`).
 */
function authorOf(ctx: Context, outlet: ActorMention | undefined): ActorMention | undefined {
  if (outlet === undefined) return undefined;
  const s = ctx.sentences[sentenceIndexAt(ctx.sentences, outlet.start)];
  const at = s === undefined ? -1 : contributorAt(ctx.text, outlet.end, s.end);
  if (s === undefined || at < 0) return outlet;
  return mentionsIn(ctx, at, Math.min(s.end, at + 100)).find((m) => m.entry.kind !== 'country');
}

const UNNAMED_OFFICIAL = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[\\w-]+\\s+)?(?:${ROLES})\\s+of\\s+`,
  'i',
);

/**
 * The body of an unnamed official a sentence without people introduces (`the commander of the
 * U.S. 7th Fleet`), for a `he` right after: the rules give such words to the body.
 */
function unnamedOfficialBody(ctx: Context, si: number): ActorMention | undefined {
  const s = ctx.sentences[si];
  const at = s === undefined ? null : UNNAMED_OFFICIAL.exec(s.text);
  if (s === undefined || at === null) return undefined;
  const named = mentionsIn(ctx, s.start, s.end);
  if (named.some((m) => m.entry.kind === 'person')) return undefined;
  const from = s.start + at.index + at[0].length;
  return named.find(
    (m) =>
      m.start >= from &&
      m.start <= from + 4 &&
      (m.entry.kind === 'organization' || m.entry.kind === 'outlet'),
  );
}

/** A mention that is a whole line of the text. */
function isHeadingLine(text: string, m: ActorMention): boolean {
  return (
    /(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
    /^[^\S\n]*(?:\n|$)/.test(text.slice(m.end, m.end + 8))
  );
}

/** `He` when the text so far names exactly one person (however often): no one else it can be. */
function onlyPersonBefore(ctx: Context, offset: number): ActorMention | undefined {
  const people = ctx.mentionsByKind.get('person');
  if (people === undefined) return undefined;
  const last = people.countStartingBefore(offset) - 1;
  return last >= 0 && (ctx.personRunStart[last] ?? -1) === 0 ? people.at(last) : undefined;
}

/**
 * The body an unnamed official speaks for: `<role> of (the ...) <Body>` in this or one of the six
 * sentences before (the labelling rules attribute such words to the body).
 */
const COUNTRY_ENDS_PHRASE =
  /^(?:\s*[,.;:)]|\s*$|\s+(?:on|in|at|when|who|recently|also|then|said|says|declared|noted|stressed|added|told|stated|underlined|emphasized|pointed)\b)/;

function bodyWithRole(ctx: Context, role: string, si: number): ActorMention | undefined {
  const roleOf = new RegExp(`\\b${role}\\s+of\\s+`, 'i');
  for (let i = si; i >= 0 && i >= si - 6; i--) {
    const s = ctx.sentences[i];
    const at = s === undefined ? null : roleOf.exec(s.text);
    if (s === undefined || at === null) continue;
    const from = s.start + at.index + at[0].length;
    const named = mentionsIn(ctx, from, Math.min(s.end, from + 120));
    const body = named.find((m) => m.entry.kind === 'organization' || m.entry.kind === 'outlet');
    if (body !== undefined) return body;
    // `The defense minister of Syria declared`: an unnamed official of a country speaks for it.
    // Not a modifier: `the DPRK side delegation`, `the Danish preparatory committee`.
    const country = named[0];
    if (
      country?.entry.kind === 'country' &&
      /^(?:the\s+)?$/.test(ctx.text.slice(from, country.start)) &&
      COUNTRY_ENDS_PHRASE.test(ctx.text.slice(country.end, country.end + 24))
    )
      return country;
  }
  return undefined;
}

const LEADING_ADVERBIAL =
  /^\s*(?:and|but|also|then|meanwhile|however|in\s+a\s+[\w-]+\s+[\w-]+|today|recently)\b[\s,]*/i;

interface Resolution {
  readonly speakers: ActorMention[];
  readonly confidence: number;
}

/** Resolves who speaks for a finite cue at `cueStart` in sentence `s`. */
function resolveSubject(ctx: Context, s: Sentence, si: number, cueStart: number): Resolution {
  const before = ctx.text.slice(s.start, cueStart);
  const lastComma = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
  );
  let aStart = s.start + lastComma + 1;
  // `The Ministry of Health, Labor and Welfare on May 10 said`: the comma is inside a name.
  const named = lastComma >= 0 ? ctx.mentions.overlapping(aStart - 1, aStart) : [];
  if (named[0] !== undefined && named[0].start < aStart - 1) aStart = named[0].start;
  // `... under Kim Jong Un. they stressed` (one sentence to the splitter): the pronoun speaks.
  const pronoun = PRONOUN_SUBJECT.exec(ctx.text.slice(aStart, cueStart).trimEnd());
  if (pronoun !== null) aStart += pronoun.index + pronoun[0].length - pronoun[0].trimStart().length;
  const aText = ctx.text.slice(aStart, cueStart);
  const aTrim = aText.replace(LEADING_ADVERBIAL, '').trim();
  if (aTrim !== '') {
    const plural = resolvePlural(ctx, aTrim, si);
    if (plural.length > 0) return { speakers: plural, confidence: 0.6 };
    const direct = pickSpeakers(ctx, aStart + (aText.length - aText.trimStart().length), cueStart);
    if (direct.length > 0) return { speakers: direct, confidence: 0.85 };
    const anaphor = resolveAnaphor(ctx, aTrim, cueStart, si);
    if (anaphor !== undefined) return { speakers: [anaphor], confidence: 0.65 };
    return { speakers: [], confidence: 0 };
  }
  // `Anders Kristensen, chairman of ..., recalled that`: the subject is the first segment with an
  // actor, appositives in between.
  let segStart = s.start;
  for (const seg of before.split(/,/)) {
    const segEnd = segStart + seg.length;
    // `The prime minister, referring to the SDF, stressed`: a participle phrase is no subject.
    if (/^\s*[a-z]+ing\b/.test(seg)) {
      segStart = segEnd + 1;
      continue;
    }
    const lead = seg.length - seg.trimStart().length;
    const found = pickSpeakers(ctx, segStart + lead, segEnd);
    if (found.length > 0) return { speakers: found.slice(0, 1), confidence: 0.75 };
    const anaphor = resolveAnaphor(ctx, seg, segEnd, si);
    if (anaphor !== undefined) return { speakers: [anaphor], confidence: 0.6 };
    segStart = segEnd + 1;
  }
  return { speakers: [], confidence: 0 };
}

/**
 * After a sentence-initial participle clause, the main clause's subject: a pronoun, `the <role>`
 * or a name right after a comma and before a lower-case verb (`Saying that ..., he taught`).
 */
const MAIN_SUBJECT =
  /,\s+((?:he|she|it|they)\b|(?:the|The)\s+[\w-]+(?:\s+[\w-]+)?(?=\s+[a-z]+(?:ed|s)\b)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?=\s+(?:also\s+|again\s+|then\s+)?[a-z]+(?:ed|s|t)\b)/;

/**
 * `it charged`, `he said`: a pronoun's speech clause right before a participle, whose words the
 * participle goes on with (`..., it charged, adding:`).
 */
const PRONOUN_SPEECH_CLAUSE =
  /^\s*(he|she|it|they)\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|stressed|stresses|charged|charges|continued|went\s+on|goes\s+on|pointed\s+out|points\s+out|observed|observes|declared|declares|claimed|claims|asserted|asserts|warned|warns)\s*$/;

/** Subject of a sentence-initial noun phrase, used for participle cues with no earlier cue. */
function resolveSentenceSubject(
  ctx: Context,
  s: Sentence,
  si: number,
  cueStart: number,
): Resolution {
  const before = ctx.text.slice(s.start, cueStart);
  // A capitalised participle opens a clause even where the splitter saw no sentence break.
  if (/^\s*[-–•]?\s*$/.test(before) || /^[A-Z]/.test(ctx.text.slice(cueStart, cueStart + 1))) {
    // `Saying that ..., he taught`: the subject of the main clause, after the participle clause;
    // `Commenting on his remarks, X says:` attributes no proposition.
    const cueEnd =
      cueStart + (/^\S+(?:\s+out)?/.exec(ctx.text.slice(cueStart, s.end))?.[0].length ?? 0);
    if (!/^\s+(?:[\w-]+\s+){0,3}?that\b/.test(ctx.text.slice(cueEnd, cueEnd + 60)))
      return { speakers: [], confidence: 0 };
    const main = MAIN_SUBJECT.exec(ctx.text.slice(cueEnd, Math.min(s.end, cueEnd + 600)));
    if (main?.[1] === undefined) return { speakers: [], confidence: 0 };
    const at = cueEnd + main.index + main[0].length - main[1].length;
    const named = pickSpeakers(ctx, at, at + main[1].length);
    if (named.length > 0) return { speakers: named.slice(0, 1), confidence: 0.6 };
    const anaphor = resolveAnaphor(ctx, main[1], at, si);
    return anaphor === undefined
      ? { speakers: [], confidence: 0 }
      : { speakers: [anaphor], confidence: 0.55 };
  }
  // `Britain and Australia reportedly took a skeptical view, pointing out that`: the participle
  // shares the subject of the clause right before it.
  const segments = before.split(/,/);
  const lastSeg = /,\s*$/.test(before) ? segments[segments.length - 2] : undefined;
  // `the Western forces including the U.S., EU and NATO blamed ...`: a list item is no clause.
  const prevSeg = segments[segments.length - 3] ?? '';
  const inList =
    /\b(?:including|such as|like|among them)\b/.test(prevSeg) || /[A-Z][\w.'’-]*\s*$/.test(prevSeg);
  const cueEnd =
    cueStart + (/^\S+(?:\s+out)?/.exec(ctx.text.slice(cueStart, s.end))?.[0].length ?? 0);
  const proposition = /^\s+(?:[\w-]+\s+){0,3}?that\b/.test(ctx.text.slice(cueEnd, cueEnd + 60));
  // `The Police Agency ordered ..., it charged, adding:` (an editorial's words): the participle
  // goes on with the pronoun's words, not with the first clause's subject, which is what they are
  // about; when the pronoun resolves to no one, the participle has no speaker either.
  const pronoun = lastSeg === undefined ? null : PRONOUN_SPEECH_CLAUSE.exec(lastSeg);
  if (lastSeg !== undefined && pronoun?.[1] !== undefined) {
    const at =
      cueStart - (before.length - before.lastIndexOf(lastSeg)) + pronoun[0].indexOf(pronoun[1]);
    const speakers =
      pronoun[1] === 'they'
        ? resolvePlural(ctx, pronoun[1], si)
        : [resolveAnaphor(ctx, pronoun[1], at, si)].filter((m) => m !== undefined);
    return { speakers, confidence: speakers.length > 0 ? 0.55 : 0 };
  }
  if (lastSeg !== undefined && segments.length > 2 && !inList && proposition) {
    const segStart = cueStart - (before.length - before.lastIndexOf(lastSeg));
    const lead = lastSeg.length - lastSeg.trimStart().length;
    const head = pickSpeakers(ctx, segStart + lead, segStart + lastSeg.length);
    // `south Koreans from all walks of life`: a demonym names people, not the country.
    const demonym = head.some(
      (m) => m.entry.kind === 'country' && /(?:an|ese|ish|i)$|^[a-z]/.test(m.surface),
    );
    if (head.length > 0 && !demonym && head[0]!.start - (segStart + lead) <= 1)
      return { speakers: head, confidence: 0.6 };
  }
  const firstSeg = segments[0] ?? '';
  const verb = /\s(?:is|are|was|were|has|have|had|made|makes|said|says|[a-z]+ed|[a-z]+s)\s/.exec(
    firstSeg,
  );
  const subjectEnd = s.start + (verb === null ? firstSeg.length : verb.index);
  const found = pickSpeakers(ctx, s.start, subjectEnd);
  if (found.length > 0) return { speakers: found.slice(0, 1), confidence: 0.7 };
  const anaphor = resolveAnaphor(ctx, firstSeg, subjectEnd, si);
  return anaphor === undefined
    ? { speakers: [], confidence: 0 }
    : { speakers: [anaphor], confidence: 0.55 };
}

/** A verbatim quotation long enough to be someone's words rather than a scare-quoted label. */
const VERBATIM = /[“"]([^“”"]{3,})[”"]/g;
function longestVerbatim(segment: string): string | undefined {
  let best: string | undefined;
  VERBATIM.lastIndex = 0;
  for (let m = VERBATIM.exec(segment); m !== null; m = VERBATIM.exec(segment)) {
    const inner = m[1] ?? '';
    const words = inner.trim().split(/\s+/);
    // `"Independence and the Democratic People's Republic of Korea"` is a title, not speech.
    const titleCase = words
      .filter((w) => !/^(?:and|of|the|for|in|on|a|an|to)$/.test(w))
      .every((w) => /^[\p{Lu}\d"“]/u.test(w));
    if (words.length >= 7 && !titleCase && (best === undefined || inner.length > best.length))
      best = inner;
  }
  return best;
}

/** Paragraphs after a `said:` line, up to the next paragraph that introduces another speaker. */
function blockAfter(ctx: Context, si: number): { text: string } {
  const cueSentence = ctx.sentences[si];
  if (cueSentence === undefined) return { text: '' };
  const parts: string[] = [];
  let length = 0;
  for (let i = si + 1; i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i];
    if (s === undefined) break;
    if (s.paragraph > cueSentence.paragraph + 6) break;
    if (/\b(?:said|says|stated|noted|commented):\s*$/.test(s.text) && i > si + 1) break;
    parts.push(s.text);
    length += s.text.length;
    if (length > 800) break;
  }
  return { text: parts.join(' ').slice(0, 1000) };
}

/** `said: ...`, `said in his speech: ...`: a colon right after the cue or its short adverbial. */
const COLON_AFTER_CUE = /^\s*(?:(?:in|at|on|to)\s+(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+\s*)?:\s*(?=\S)/;

/** `..., the Commerce Department reported Thursday.`: a time phrase, then the sentence ends. */
const TIME_THEN_END =
  /^\s*(?:[A-Z][a-z]+day|recently|today|yesterday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*(?:[.;]|$)/;
/** Cues that are speech only before `that` (KCNA's `blustered that` attacks what was said). */
const STRICT_THAT = /^(?:clarified|confirmed|confirms|blustered|prattled)$/;
/** A finite verb: the words after a verb are a clause, not an inverted subject. */
const FINITE =
  /\b(?:would|will|is|are|was|were|has|have|had|can|could|should|may|might|must|does|did)\b/;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|it is|to)\s+(?:[a-z]+ly\s+)?$/;
const NOT_SPEECH_BEFORE = /\b(?:the|a|an|this|these|those|such|aforesaid|above-said)\s+$/;
const MODAL_BEFORE =
  /\b(?:to|can|could|may|might|must|would|will|should|shall|cannot|not|dare|safe to|needless to)\s+$/;

/**
 * Finds attributed speech: `X said/stated/... (that)` and `according to X` (ATTRIBUTES), `X said:`
 * followed by quoted paragraphs or a long verbatim quotation (QUOTES). One quote per speaker, kind
 * and sentence; speakers are resolved to actor mentions, through anaphora (`the paper`, `the
 * spokesperson`, `he`, `the message`) when the subject is not a name.
 */
export function extractQuotes(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  skipBefore = 0,
): ExtractedQuote[] {
  const index = new SpanIndex(mentions);
  const order = new Map<ActorMention, number>();
  const byKind = new Map<ActorKind, ActorMention[]>();
  for (let i = 0; i < index.size; i++) {
    const m = index.at(i);
    if (m === undefined) continue;
    order.set(m, i);
    const ofKind = byKind.get(m.entry.kind);
    if (ofKind === undefined) byKind.set(m.entry.kind, [m]);
    else ofKind.push(m);
  }
  const mentionsByKind = new Map([...byKind].map(([kind, ms]) => [kind, new SpanIndex(ms)]));
  const people = mentionsByKind.get('person');
  const personRunStart: number[] = [];
  for (let i = 0; people !== undefined && i < people.size; i++) {
    const same = people.at(i)?.entry.key === people.at(i - 1)?.entry.key;
    personRunStart.push(i > 0 && same ? (personRunStart[i - 1] ?? i) : i);
  }
  const ctx: Context = {
    text,
    sentences,
    mentions: index,
    mentionsByKind,
    personRunStart,
    order,
    peopleByRole: new Map(),
    senders: new Map(),
    lastSpeaker: undefined,
    lastSpeakers: [],
    lastSpeakerSentence: -1,
  };
  const out: ExtractedQuote[] = [];
  sentences.forEach((s, si) => {
    if (s.end <= skipBefore) return;
    const emitted = new Set<string>();
    let sentenceSpeakers: ActorMention[] = [];
    let cuesRead = 0;
    CUE_RE.lastIndex = 0;
    for (let m = CUE_RE.exec(s.text); m !== null; m = CUE_RE.exec(s.text)) {
      if (++cuesRead > MAX_CUES_PER_SENTENCE) break;
      const g = m.groups ?? {};
      const cue = m[0].replace(/\s+/g, ' ');
      const cueStart = s.start + m.index;
      const cueEnd = cueStart + m[0].length;
      const before = text.slice(Math.max(s.start, cueStart - 30), cueStart);
      const after = text.slice(cueEnd, s.end);
      let res: Resolution = { speakers: [], confidence: 0 };
      let content = after.replace(/^\s*(?:(?:[\w-]+\s+){0,4}?that\b)?[\s,]*/, '');
      if (g.acc !== undefined) {
        const np = /^\s*([^,.;:]{1,160})/.exec(after)?.[1] ?? '';
        const found = pickAny(ctx, cueEnd, cueEnd + np.length + 1);
        const first = found[0];
        if (first !== undefined && !namesSource(text.slice(cueEnd, first.start))) continue;
        // `According to the spokesman('s statement), ...`: the body or person introduced before.
        const anaphor =
          first === undefined &&
          /^\s*(?:it|him|her|the\s+[\w-]+(?:['’]s)?(?:\s+[\w-]+)?)\s*$/i.test(np)
            ? resolveAnaphor(ctx, np.trim(), cueEnd, si)
            : undefined;
        res = { speakers: anaphor === undefined ? found : [anaphor], confidence: 0.8 };
        content = (text.slice(s.start, cueStart) + after.slice(np.length + 1)).trim();
      } else if (g.follow !== undefined || g.titled !== undefined) {
        // `X released a press statement titled "..."`: the title is X's words when verbatim.
        res = resolveSubject(ctx, s, si, cueStart);
      } else if (g.followIs !== undefined) {
        // `The following is the KCNA commentary titled "...":` introduces the outlet's words.
        const np = /^[^:“"]{1,80}/.exec(after)?.[0] ?? '';
        if (!/\b(?:commentary|article|editorial|statement|report|essay|comment)\b/.test(np))
          continue;
        res = { speakers: pickAny(ctx, cueEnd, cueEnd + np.length), confidence: 0.75 };
      } else if (g.part !== undefined) {
        if (/\bwithout\s+$/.test(before)) continue; // `It goes without saying that`
        if (sentenceSpeakers.length > 0) res = { speakers: sentenceSpeakers, confidence: 0.8 };
        else res = resolveSentenceSubject(ctx, s, si, cueStart);
      } else {
        if (
          NOT_SPEECH_BEFORE.test(before) ||
          PASSIVE_BEFORE.test(before) ||
          MODAL_BEFORE.test(before)
        )
          continue;
        if (/-$/.test(before)) continue; // `above-said`, `so-called`
        // `"...," reported Xinhua News of China` / `..., said the notice.`: speaker after the verb.
        // `..., told KCNA:` names the listener, not the speaker; `..., said President X on
        // October 20 when ...`: the speaker ends where a time or circumstance begins.
        const inverted =
          /(?:,\s*[”"]|[”"]\s*,|,)\s*$/.test(before) && !/^tol/.test(cue)
            ? /^\s+((?:(?!\b(?:that|on|in|at|when|while|during|after|before)\b)[^,.;:]){2,80})(?=[,.;:]|$|\s+(?:on|in|at|when|while|during|after|before)\b)/.exec(
                after,
              )
            : null;
        // `..., said Greek economic slump would ...` is no inversion: a clause follows the verb;
        // `..., said Myanmar's news agency`: a possessive country is not the speaker.
        const invertedSpeakers =
          inverted?.[1] === undefined || FINITE.test(inverted[1])
            ? []
            : pickAny(ctx, cueEnd, cueEnd + inverted[0].length).filter(
                (x) =>
                  x.entry.kind !== 'country' ||
                  !/^['’]s\s+[a-z]/.test(text.slice(x.end, x.end + 4)),
              );
        // `clarified the stand`, `clarified by X`: only `clarified that` states something.
        if (STRICT_THAT.test(cue) && !/^\s+that\b/.test(after)) continue;
        if (
          g.weak !== undefined &&
          invertedSpeakers.length === 0 &&
          !/^\s*(?:(?:[\w-]+\s+){0,4}that\b|:|,|\.|$|(?:in|on|at)\s)/.test(after) &&
          !TIME_THEN_END.test(after)
        )
          continue;
        if (
          inverted?.[1] !== undefined &&
          invertedSpeakers.length === 0 &&
          DOCUMENT_ANAPHORS.test(inverted[1].trim())
        ) {
          const sender = documentSender(ctx, si);
          if (sender !== undefined) invertedSpeakers.push(sender);
        } else if (
          inverted?.[1] !== undefined &&
          invertedSpeakers.length === 0 &&
          /^(?:the|this)\s+(?:article|paper|newspaper|commentary|editorial|daily)$/i.test(
            inverted[1].trim(),
          )
        ) {
          // `..., says the article, adding:`: the outlet the article is in.
          const outlet = resolveAnaphor(ctx, inverted[1].trim(), cueStart, si);
          if (outlet?.entry.kind === 'outlet') invertedSpeakers.push(outlet);
        }
        if (invertedSpeakers.length > 0) {
          res = { speakers: invertedSpeakers, confidence: 0.8 };
          content = text.slice(s.start, cueStart).replace(/[,\s]+$/, '');
        } else if (
          inverted?.[1] !== undefined &&
          /^\s*(?:[.;]|$)/.test(after.slice(inverted[0].length))
        ) {
          // `..., said the notice.`: the subject follows the verb and names no actor.
          continue;
        } else if (g.strong === 'quoted') {
          // `X quoted Y as saying`: Y speaks.
          const as = /^\s+(.{1,100}?)\s+as\s+saying\b/.exec(after);
          if (as === null) continue;
          res = { speakers: pickAny(ctx, cueEnd, cueEnd + as[0].length), confidence: 0.8 };
          content = after.slice(as[0].length);
        } else if (
          /^\s*(?:and|but|or)\s*$/i.test(text.slice(s.start, cueStart).split(',').pop() ?? '') &&
          sentenceSpeakers.length > 0
        ) {
          res = { speakers: sentenceSpeakers, confidence: 0.8 };
        } else {
          res = resolveSubject(ctx, s, si, cueStart);
          // `..., the message said and went on:`: the words before are what it said.
          const trailing = /^\s*(?:[.,;]|$|and\s+(?:went|goes|continued|continues)\s+on\b)/.test(
            after,
          );
          if (trailing) {
            const lastComma = text.slice(s.start, cueStart).lastIndexOf(',');
            // `"... results," the paper said`: the quotation closes right after the comma.
            const closing =
              /^,\s*([”"])/.exec(text.slice(s.start + lastComma, cueStart))?.[1] ?? '';
            content = lastComma > 0 ? text.slice(s.start, s.start + lastComma) + closing : content;
          }
        }
      }
      if (res.speakers.length === 0) continue;
      sentenceSpeakers = res.speakers;
      let kind: ExtractedQuote['kind'] = 'ATTRIBUTES';
      let quoteText = content.trim();
      // A sentence ending in `:` with no further cue introduces the following paragraphs verbatim.
      CUE_RE.lastIndex = 0;
      const laterCue = CUE_RE.test(after);
      CUE_RE.lastIndex = m.index + m[0].length;
      const colonBlock =
        /:\s*$/.test(after) && (g.followIs !== undefined || (!/[“"]/.test(after) && !laterCue));
      if (colonBlock) {
        kind = 'QUOTES';
        quoteText = blockAfter(ctx, si).text;
      } else if (COLON_AFTER_CUE.test(after)) {
        kind = 'QUOTES';
        quoteText = after.replace(COLON_AFTER_CUE, '');
      } else {
        const verbatim = longestVerbatim(quoteText);
        if (verbatim !== undefined) {
          kind = 'QUOTES';
          quoteText = verbatim;
        }
      }
      // A statement's title counts only when verbatim; `a statement that ...` states its content.
      if (
        quoteText === '' ||
        (g.titled !== undefined &&
          kind !== 'QUOTES' &&
          !/^[^“"]*?\bthat\b/.test(after.slice(0, 40)))
      )
        continue;
      for (const speaker of res.speakers) {
        const id = `${speaker.entry.key}|${kind}`;
        if (emitted.has(id)) continue;
        emitted.add(id);
        ctx.lastSpeaker = speaker;
        ctx.lastSpeakers = res.speakers;
        ctx.lastSpeakerSentence = si;
        out.push({
          actorKey: speaker.entry.key,
          kind,
          text: quoteText.slice(0, 1000),
          cue,
          evidence: {
            sentence: s.text,
            start: s.start,
            end: s.end,
            extractor: `quotes/${g.acc !== undefined ? 'according-to' : colonBlock ? 'block' : 'speech-verb'}`,
            confidence: res.confidence,
          },
        });
      }
    }
  });
  return out;
}

/** Every non-country actor in a span, or the countries if that is all there is. */
function pickAny(ctx: Context, start: number, end: number): ActorMention[] {
  const inSpan = mentionsIn(ctx, start, end);
  const nonCountry = inSpan.filter((m) => m.entry.kind !== 'country');
  return dedupe(nonCountry.length > 0 ? nonCountry : inSpan.slice(0, 1));
}
