import { slugify } from '../keys';
import type { ExtractedNarrative } from '../types';
import type { Gazetteer } from '../gazetteer';
import { sentenceIndexAt } from './actors';
import { findKoreanNames } from './people';
import type { Sentence } from './sentences';

/** Straight or curly double quotes around 1-200 characters with no nested quotes or newline. */
const QUOTED = /[“"]([^“”"\n]{1,200})[”"]/g;

/**
 * Single quotes inside a double-quoted span: opened after a space or bracket, closed before one or
 * punctuation, so `Japan's` and `workers' party` are no marks.
 */
const INNER_QUOTED = /(?<=^|[\s(])['‘]([A-Za-z][^'‘’"\n]{0,78}?)['’](?=[\s,.;:!?)]|$)/g;

/** Function words that may not end a label (a phrase ending in one was cut from a sentence). */
const EDGE_STOPWORDS = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
]);

/** Longest label kept unless the text frames it as a slogan; longer quotes are speech or purpose. */
const MAX_WORDS = 8;
/** A slogan the text frames as one (`under the slogan "..."`) may be a whole motto. */
const MAX_SLOGAN_WORDS = 24;
/** A characterization the text frames as one (`describing ... as "..."`) may run a little longer. */
const MAX_CHARACTERIZATION_WORDS = 12;

/** `describing the atrocities as "..."`, `rejecting it as "..."`: what follows labels something. */
const CHARACTERIZED_BEFORE =
  /\b(?:describ|brand|call|label|dub|reject|denounc|term|defin|styl|portray|characteri[sz]|regard|view|decr)\w*\b[^"“”.;:]{0,140}(?<!\b(?:such|well)\s)\bas\s*$/i;
/** `drones such as "predator" and "reeper"`: a model of a weapon or craft, a name. */
const MODEL_BEFORE =
  /\b(?:drones?|missiles?|aircraft|(?:air|war)?planes?|fighters?|jets?|bombers?|tanks?|warships?|submarines?|rockets?|helicopters?|satellites?|destroyers?|cruisers?)\b[^"“”;:]{0,40}\b(?:such as|like|including|dubbed|called)\s*$/i;
/** `"coping with the provocation of local war"`: a long phrase opened by a gerund is a purpose. */
const GERUND = /^\p{Ll}+ing$/u;
const MIN_GERUND_PURPOSE_WORDS = 5;

/** Lower-case, straight apostrophes, no surrounding quotes or punctuation. */
export function normalizeLabel(phrase: string): string {
  return phrase
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'.,;:!?-]+|[\s'.,;:!?-]+$/g, '')
    .toLowerCase();
}

/** What the text says right before a quote that frames it as a slogan, motto or placard. */
const SLOGAN_BEFORE = new RegExp(
  [
    /\b(?:slogans?|mottos?|themes?|watchwords?|placards?|banners?|posters?|pickets?)\s*(?:of|as|that)?\s*[:,]?\s*$/
      .source,
    // `the idea of "By our nation itself"`, `the ideals of "The people are god"`, `shouts of "..."`.
    /\b(?:ideas?|ideals?|shouts?)\s+of\s*$/.source,
    /\b(?:placards?|banners?|posters?|pickets?|slogans?)\b[^"“”]{0,30}\b(?:reading|saying|with)\s*[:,]?\s*$/
      .source,
    /\b(?:chanting|chanted|shouting|shouted|crying|cried)(?: out)?\s*$/.source,
  ].join('|'),
  'i',
);
/** `the theme of the World Meteorological Organization "Climate for You"`: a body's theme. */
const THEME_OF_BODY_BEFORE = /\b[Tt]hemes?\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}$/;
/** Words right before a quote that make it a title or a document's or a plan's name. */
const TITLE_BEFORE =
  /\b(?:titled|entitled|headlined|captioned|subtitled|under (?:the |a )?(?:sub)?(?:titles?|headings?)(?: of)?|named|codenamed|code-named)\s*[:,]?\s*$/i;
/** Works whose names follow them directly (`the article "..."`, `a song "..."`). */
const WORK_BEFORE =
  /\b(?:article|book|books|film|films|movie|song|songs|opera|play|novel|poem|documentary|editorial|treatise|work|works|album|series|exhibition|decision|resolution|notice|appeal|letter|statement|report)\s*,?\s*$/i;
/** Speech verbs and `that` before a quote: what follows is speech or a claim in clause form. */
const SPEECH_BEFORE =
  /(?:\b(?:said|says|saying|stated|states|stating|noted|notes|declared|declares|added|adds|stressed|stresses|asked|told|claimed|claims|remarked|wrote|writes|quoted as saying|that(?: (?:he|she|they|it|we|I))?)\s*,?|:)\s*$/i;
/** `"...," he said` / `"..." said the paper`: the quote is someone's words. */
const SPEECH_AFTER =
  /^\s*,?\s*(?:(?:he|she|they|it|we|the [a-z]+|[A-Z][\p{L}.'’-]*(?: [A-Z][\p{L}.'’-]*){0,3})\s+)?(?:said|says|added|adds|noted|notes|stressed|stresses|declared|declares|stated|states|asked|claimed|claims|wrote|writes)\b/u;
/** `aimed to "..."`, `in order to "..."`: a quoted purpose phrase when it runs over a few words. */
const PURPOSE_BEFORE = /\b(?:to|at|would|will|could|can|should|must)\s*$/i;
/** Auxiliaries inside a quote make it a clause: `"unification can come at midnight"`. */
const AUXILIARY =
  /\s(?:is|are|was|were|will|would|can|could|should|must|shall|may|might|has|have|had|does|did)\s/i;
/** A quote's head noun (`strategy for ...`, `three principles of ...`) that names a plan or a law. */
const PLAN_HEADS = new Set([
  'strategy',
  'strategies',
  'plan',
  'plans',
  'principle',
  'principles',
  'doctrine',
  'program',
  'programme',
  'project',
  'initiative',
  'law',
  'act',
  'bill',
  'treaty',
  'agreement',
  'declaration',
  'resolution',
  'roadmap',
  'guidelines',
  'legislation',
  'report',
  'motion',
]);
/** An acronym in brackets after a quote says the quote is a name: `"self-defence force" (SDF)`. */
const ACRONYM_AFTER = /^\s*\([A-Z][A-Z.&-]{1,9}\)/;
const PREPOSITIONS = new Set([
  'of',
  'for',
  'on',
  'to',
  'toward',
  'towards',
  'against',
  'in',
  'with',
]);

/** How much of the sentence before a quote its framing may span (`describing ... as "..."`). */
const BEFORE_CHARS = 160;

/** Where a quote sits: the words around it decide what it is. */
export interface QuoteContext {
  /** Up to BEFORE_CHARS characters of the same sentence before the opening mark. */
  readonly before: string;
  /** Up to ~60 characters after the closing mark. */
  readonly after: string;
  /** The quote opens its sentence (its first word's capital says nothing). */
  readonly sentenceStart: boolean;
  /** A quote listed right after another (`reading "A!", "B"`) is framed like it. */
  readonly listedAfter?: Framing;
  /** Whether the word occurs in lower case in the article (a common word, not a name). */
  readonly usedInLowerCase?: (word: string) => boolean;
  /** The article is in Spanish (KCNA's Spanish service): its own cue words apply. */
  readonly spanish?: boolean;
}

/** Spanish cues: titles, slogans, speech, auxiliaries and function words of KCNA's Spanish service. */
const TITLE_BEFORE_ES =
  /\b(?:titulad[oa]s?|intitulad[oa]s?|bajo el t[ií]tulo(?: de)?|denominad[oa]s?|llamad[oa]s?|art[ií]culo|libro|canci[oó]n|pel[ií]cula|obra|[oó]pera|documental|poema|novela|editorial|comunicado|informe)\s*,?\s*$/i;
const SLOGAN_BEFORE_ES =
  /\b(?:consignas?|lemas?|pancartas?|letreros?|gritando|coreando|gritos?\s+de|vivas?\s+de)\s*(?:de|que rezaba|que dec[ií]a)?\s*[:,]?\s*$/i;
const SPEECH_BEFORE_ES =
  /(?:\b(?:dijo|dice|afirm[oó]|afirma|se[nñ]al[oó]|se[nñ]ala|declar[oó]|subray[oó]|indic[oó]|agreg[oó]|a[nñ]adi[oó]|expres[oó]|manifest[oó]|sostuvo|asegur[oó]|insisti[oó]|precis[oó]|que)\s*,?|:)\s*$/i;
const AUXILIARY_ES =
  /\s(?:es|son|est[aá]n|est[aá]|fue|fueron|ser[aá]n?|ha|han|hab[ií]a|hay|puede|pueden|debe|deben|se|no|me|nos|le|les)\s/i;
const EDGE_STOPWORDS_ES = new Set(
  'de del la el los las y o en a al con por para un una que su sus'.split(' '),
);
/** A single quoted finite verb (`"frustraron"`, `"contribuirá"`) is words spoken. */
const FINITE_VERB_ES = /^\p{Ll}+(?:aron|ieron|ron|ó|rá|rán|aba|aban|ía|ían)$/u;
/** Plans, laws and documents are named noun first: `"código penal"`, `"plan de ..."`. */
const PLAN_HEADS_ES = new Set(
  'estrategia plan planes ley leyes codigo código tratado acuerdo declaracion declaración resolucion resolución programa proyecto doctrina iniciativa'.split(
    ' ',
  ),
);

/** The Spanish-only reasons a quote is no epithet; undefined when none applies. */
function spanishVerdict(
  phrase: string,
  words: readonly string[],
  before: string,
): Framing | 'no' | undefined {
  if (TITLE_BEFORE_ES.test(before)) return 'title';
  if (SLOGAN_BEFORE_ES.test(before)) return 'slogan';
  if (/[¿?¡]/.test(phrase)) return 'no';
  if (SPEECH_BEFORE_ES.test(before) && words.length >= 3) return 'no';
  if (words.length >= 3 && AUXILIARY_ES.test(` ${words.slice(1).join(' ')} `)) return 'no';
  // A predicate without its subject: `"es preciso lanzar ..."`.
  if (words.length >= 2 && AUXILIARY_ES.test(` ${words[0] ?? ''} `)) return 'no';
  // A name: every word but the function words capitalised (`"XIII Festival de Kimilsungias"`).
  if (words.every((w) => EDGE_STOPWORDS_ES.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)))
    return 'no';
  if (words.length === 1 && FINITE_VERB_ES.test(words[0] ?? '')) return 'no';
  // `"confirmar la voluntad"`: a purpose opened by an infinitive.
  if (words.length >= 2 && /^\p{Ll}+(?:ar|er|ir)$/u.test(words[0] ?? '')) return 'no';
  if (EDGE_STOPWORDS_ES.has((words.at(-1) ?? '').toLowerCase())) return 'no';
  if (words.length > 1 && PLAN_HEADS_ES.has((words[0] ?? '').toLowerCase())) return 'title';
  return undefined;
}

/** How the text frames a quote: as a slogan (kept whole) or as a title (never an epithet). */
export type Framing = 'slogan' | 'title' | undefined;

const isCapitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);

/** Suffixes of abstract common nouns: a capitalised one a policy is named by is a label. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ism|ment|ness|ity|ship|ance|ence)$/u;
/** `an "unforgivable act"`, `an "enemy-benefiting act"`: a deed judged, not a law's name. */
const DEED_ADJECTIVE = /(?:able|ible|ing|ful|ous|ive|al|ile|less|ic)$/i;
const POLICY_OF_BEFORE = /\b(?:strateg(?:y|ies)|polic(?:y|ies)|line|doctrine|theory)\s+of\s*$/i;

/** Words that only ever stand in quotes as themselves, never as a label. */
const FUNCTION_WORDS = new Set(['if', 'and', 'or', 'but', 'not', 'no', 'yes', 'so', 'the', 'a']);

/** The whole quote is a name: a gazetteer entry's surface form or a Korean name (`"Kim Jong Un"`). */
function isWholeName(bare: string, gazetteer: Gazetteer): boolean {
  const first = /[\p{L}\p{N}]+/u.exec(bare)?.[0] ?? '';
  if ((gazetteer.byFirstToken.get(first) ?? []).some((c) => c.surface === bare)) return true;
  return findKoreanNames(bare, []).some((m) => m.start === 0 && m.end === bare.length);
}

const TOKENS = /[\p{L}\p{N}]+/gu;

/** The word is an acronym or a one-word actor alias (`DPRK`, `U.S.-style`, `Japanese`). */
function isNameWord(word: string, gazetteer: Gazetteer): boolean {
  const w = word.replace(/(?:['’]s|-\p{Ll}+)$/u, '');
  if (/^[\p{Lu}\d][\p{Lu}\d.&-]+$/u.test(w)) return true;
  const tokens = w.match(TOKENS) ?? [];
  const keys = [tokens[0] ?? '', `${tokens[0] ?? ''} ${tokens[1] ?? ''}`];
  return keys.some((k) => (gazetteer.byFirstToken.get(k) ?? []).some((c) => c.surface === w));
}

/**
 * Whether a quoted string is an epithet by docs/annotation-rules.md ("Quoted epithets"): a label,
 * slogan or scare-quoted term (one word is enough) is; direct speech and claims in clause form,
 * titles of works, decisions and plans, proper names and long purpose phrases are not. A long motto
 * the text frames as a slogan is kept. `framed` is returned so a list of slogans shares it.
 */
export function classifyQuote(
  inner: string,
  context: QuoteContext,
  gazetteer: Gazetteer,
): { epithet: boolean; framing: Framing } {
  const no = { epithet: false, framing: undefined };
  const title = { epithet: false, framing: 'title' as const };
  const phrase = inner.trim();
  const bare = phrase.replace(/[\s.,;:!?]+$/, '');
  const words = bare.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || !/\p{L}/u.test(bare)) return no;
  const before = context.before;
  const spanish = context.spanish === true ? spanishVerdict(phrase, words, before) : undefined;
  if (spanish === 'no') return no;
  if (
    spanish === 'title' ||
    context.listedAfter === 'title' ||
    TITLE_BEFORE.test(before) ||
    MODEL_BEFORE.test(before)
  )
    return title;
  // `"Hurrah!"` is a cheer, words spoken, even among shouted slogans.
  const cheer = words.length === 1 && /!\s*$/.test(phrase);
  if (
    spanish === 'slogan' ||
    context.listedAfter === 'slogan' ||
    SLOGAN_BEFORE.test(before) ||
    THEME_OF_BODY_BEFORE.test(before)
  )
    // A name shouted among slogans (`shouts of "Kim Jong Un" and ...`) is still a name.
    return {
      epithet: !cheer && words.length <= MAX_SLOGAN_WORDS && !isWholeName(bare, gazetteer),
      framing: 'slogan',
    };
  // `the word "if"` is cited, not used as a label.
  if (cheer || (words.length === 1 && FUNCTION_WORDS.has(bare.toLowerCase()))) return no;
  const characterization = CHARACTERIZED_BEFORE.test(before);
  if (words.length > (characterization ? MAX_CHARACTERIZATION_WORDS : MAX_WORDS)) return no;
  // `"securing of the capability of ..."` is a noun.
  if (
    words.length >= MIN_GERUND_PURPOSE_WORDS &&
    GERUND.test(words[0] ?? '') &&
    words[1]?.toLowerCase() !== 'of'
  )
    return no;
  // A quote that is a whole sentence of its own, or one followed by `he said`, is speech.
  if (context.sentenceStart && (/,$/.test(phrase) || SPEECH_AFTER.test(context.after))) return no;
  if (context.sentenceStart && /[.!?]$/.test(phrase) && words.length >= 3) return no;
  if (SPEECH_BEFORE.test(before) && words.length >= 3) return no;
  if (words.length >= 3 && AUXILIARY.test(` ${words.slice(1).join(' ')} `)) return no;
  // A predicate without its subject: `... said that setting fire to the mosque "is a terrorist action"`.
  if (words.length >= 2 && AUXILIARY.test(` ${words[0] ?? ''} `)) return no;
  if (PURPOSE_BEFORE.test(before) && words.length >= 3) return no;
  const first = words[0] ?? '';
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (EDGE_STOPWORDS.has(last)) return no;
  if (ACRONYM_AFTER.test(context.after)) return no;
  // Proper names: every content word capitalised (`Global Times`, `Snowden`, `UN Command`); one
  // capitalised abstract noun (`strategy of "Unification"`) is a scare-quoted term.
  const content = words.filter(
    (w, i) => !EDGE_STOPWORDS.has(w) && !(i === 0 && context.sentenceStart),
  );
  const abstractNoun =
    words.length === 1 && ABSTRACT_NOUN.test(first) && POLICY_OF_BEFORE.test(before);
  if (content.length > 0 && content.every(isCapitalised) && !abstractNoun) return no;
  // One capitalised word opening a sentence is a name unless the article also writes it in lower case.
  if (
    words.length === 1 &&
    context.sentenceStart &&
    isCapitalised(first) &&
    (isNameWord(first, gazetteer) || context.usedInLowerCase?.(first.toLowerCase()) !== true)
  )
    return no;
  // Mid-sentence, a capitalised common word opens a title (`"Notice to all party members"`).
  if (
    !context.sentenceStart &&
    !characterization &&
    words.length > 1 &&
    isCapitalised(first) &&
    !isNameWord(first, gazetteer)
  )
    return title;
  if (WORK_BEFORE.test(before) && words.length > 1) return title;
  // The head noun, before the first preposition: `strategy for ...`, `human rights act`.
  const head = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w.toLowerCase()));
  const headNoun = (head > 0 ? words[head - 1] : words[words.length - 1])?.toLowerCase() ?? '';
  const firstLower = first.toLowerCase();
  // `act` is also a deed: `an "unforgivable act"`, `"act running counter to its purpose"`.
  const planHead = PLAN_HEADS.has(headNoun) || (PLAN_HEADS.has(firstLower) && firstLower !== 'act');
  const characterised =
    /\b(?:a|an)\s*$/i.test(before) && last === 'act' && DEED_ADJECTIVE.test(words.at(-2) ?? '');
  // `rejecting it as "second Ulsa (1905) Five-point Treaty"` likens the thing to a treaty.
  if (words.length > 1 && planHead && !characterised && !characterization) return title;
  if (isWholeName(bare, gazetteer)) return no;
  return { epithet: true, framing: undefined };
}

/**
 * Quoted epithets and slogans as `slogan` narratives. One narrative per key; the first occurrence
 * supplies the evidence. An input's topic labels are website sections (`articleSections`), not
 * narratives.
 */
export function extractNarratives(
  text: string,
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
  skipBefore = 0,
  spanish = false,
): ExtractedNarrative[] {
  const out: ExtractedNarrative[] = [];
  const seen = new Set<string>();
  let previous: { end: number; framing: Framing } | undefined;
  let lowerWords: Set<string> | undefined;
  const usedInLowerCase = (word: string): boolean => {
    lowerWords ??= new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*/gu) ?? []);
    return lowerWords.has(word);
  };
  QUOTED.lastIndex = skipBefore;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const s = sentences[sentenceIndexAt(sentences, m.index)];
    if (s === undefined) break;
    const sentenceFrom = s.start <= m.index ? s.start : m.index;
    const before = text.slice(Math.max(sentenceFrom, m.index - BEFORE_CHARS), m.index);
    const end = m.index + m[0].length;
    const listed =
      previous !== undefined && /^\s*,?\s*(?:and|or)?\s*$/.test(text.slice(previous.end, m.index));
    const { epithet, framing } = classifyQuote(
      m[1] ?? '',
      {
        before,
        after: text.slice(end, end + 60),
        sentenceStart: /^[\s(]*$/.test(text.slice(sentenceFrom, m.index)),
        listedAfter: listed ? previous?.framing : undefined,
        usedInLowerCase,
        spanish,
      },
      gazetteer,
    );
    previous = { end, framing };
    const labels = epithet ? [m[1] ?? ''] : [];
    // `"The signboard of 'maintaining peace and stability' can never be ..."`: a term
    // scare-quoted inside a quoted title or speech is judged on its own.
    const inner = m[1] ?? '';
    INNER_QUOTED.lastIndex = 0;
    for (let q = INNER_QUOTED.exec(inner); q !== null; q = INNER_QUOTED.exec(inner)) {
      const innerEnd = q.index + q[0].length;
      const judged = classifyQuote(
        q[1] ?? '',
        {
          before: inner.slice(Math.max(0, q.index - 80), q.index),
          after: inner.slice(innerEnd, innerEnd + 60),
          sentenceStart: q.index === 0,
          usedInLowerCase,
          spanish,
        },
        gazetteer,
      );
      if (judged.epithet) labels.push(q[1] ?? '');
    }
    for (const phrase of labels) {
      const label = normalizeLabel(phrase);
      const key = slugify(label);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push({
        key,
        label,
        kind: 'slogan',
        evidence: {
          sentence: s.text,
          start: s.start,
          end: s.end,
          extractor: 'narratives/quoted-phrase',
          confidence: 0.7,
        },
      });
    }
  }
  return out;
}
