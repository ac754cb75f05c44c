import type { CitationHow, CitationStance, ExtractedCitation, ExtractedQuote } from '../types';
import type { ActorMention } from './actor-matcher';
import { namesSource } from './according-to';
import { contributorAt, PERSONS_WORK_SUBJECT } from './contributed';
import type { Sentence } from './sentences';
import { isListingSentence } from './outlet-names';
import { withoutNested } from './nested-mentions';
import { SpanIndex } from './span-index';

/**
 * Heads that make an organization a ministry or government agency, whose words an article can cite
 * (docs/annotation-rules.md, "Cited outlets"); parties, associations and international bodies are
 * not sources in that sense.
 */
const AGENCY_HEAD =
  /\b(?:Ministry|Department|Agency|Bureau|Office|Administration|Service|Directorate|Inspectorate)\b/;
/**
 * Committees and commissions that are a government's agencies by their task: elections, statistics,
 * planning, regulation, disaster relief (`the Central Election Guidance Committee`, `the Nuclear
 * Regulatory Commission`); party and friendship committees are not.
 */
const AGENCY_COMMITTEE =
  /\b(?:Elections?(?:\s+Guidance)?|Statistics|Statistical|Planning|Regulatory|Disaster(?:\s+[A-Z]\w+)?|Emergency(?:\s+[A-Z]\w+)?)\s+(?:Committee|Commission)\b/;
/**
 * A state's statistics institute is its statistics agency (`the Spanish National Institute of
 * Statistics`, `the Turkish Statistics Institute`), whatever its head noun.
 */
const STATISTICS_BODY =
  /\b(?:Statistics|Statistical)\s+(?:Institute|Centre|Center|Authority)\b|\bInstitute\s+(?:of|for)\s+(?:National\s+)?Statistics\b/;
/** International bodies and organs whose names carry an agency head but are not a government's. */
const NOT_AGENCY =
  /^(?:International|World|European|Asian|African|Arab)\b|\b(?:United Nations|UN|U\.N\.)\b|\bPolitical Bureau\b|\bParty\b/;
/**
 * Government bodies the gazetteer names without an agency head; the European Commission is the
 * EU's executive, whose estimates and statistics the articles cite, and Eurostat its statistics office;
 * the DPRK's National Defence Commission is a state organ whose spokesmen's statements the articles
 * cite as they do the CPRK's.
 */
const AGENCY_KEYS = new Set([
  'organization:european-commission',
  'organization:eurostat',
  'organization:pentagon',
  'organization:u-s-department-of-state',
  'organization:cia',
  'organization:fbi',
  'organization:national-security-agency',
  'organization:national-intelligence-service',
  'organization:committee-for-the-peaceful-reunification-of-korea',
  'organization:national-defence-commission',
]);

/** True for an actor an article can cite as a source: an outlet, a ministry or a government agency. */
export function isCitable(mention: Pick<ActorMention, 'entry'>): boolean {
  const { kind, name, key } = mention.entry;
  if (kind === 'outlet') return true;
  if (kind !== 'organization') return false;
  return (
    AGENCY_KEYS.has(key) ||
    ((AGENCY_HEAD.test(name) || AGENCY_COMMITTEE.test(name) || STATISTICS_BODY.test(name)) &&
      !NOT_AGENCY.test(name))
  );
}

/**
 * Verbs whose subject publishes or says something: `X carried an article`, `X aired a report`,
 * `X quoted ...`, `X let loose ...`. `carried out` and the like are other verbs.
 */
const PUBLISH_VERB =
  /\b(?:said|says|reported|reports|commented|comments|wrote|writes|noted|notes|quoted|quotes|carried|carries|ran|runs|aired|airs|broadcast|broadcasts|telecast|published|publishes|printed|prints|posted|posts|released|releases|featured|features|dealt with|deals with|devoted|introduced|stressed|stresses|pointed out|points out|observed|added|claimed|claims|alleged|disclosed|revealed|analyzed|analysed|predicted|described|termed|branded|warned|urged|called for|called on|called upon|demanded|denounced|condemned|slammed|accused|censured|blasted|criticized|criticised|rejected|refuted|explained|showed|shows|televised|screened|covered|went on|goes on|editorialized|announced|stated|spoke|let loose|vociferated|trumpeted|clamored|clamoured|ballyhooed|prattled|slandered|fabricated|cried|touted|floated|asserted|insisted|argued|admitted|acknowledged|lauded|praised|hailed|highlighted|underlined|emphasized|emphasised|urges|calls for|calls on|calls upon|demands|denounces|condemns|slams|accuses|censures|blasts|criticizes|criticises|rejects|refutes|explains|observes|emphasizes|underlines|terms|describes|warns|reveals|discloses|introduces|praises|lauds|hails|highlights|analyzes|asserts|insists|argues|admits|states|declares|announces|reflected|reflects|likened|compared|questioned|forecast|estimated|suggested|cited|mentioned|referred to|referred in detail to|refers in detail to|allotted|allots|dedicated|dedicates|edited|made public|makes public|brought out|carried in|issued|issues|conveyed|conveys|devotes|telecasted|made this call|made the call|makes this call|makes the call|made this demand|makes this demand|gave wide publicity|gives wide publicity|gave publicity|elaborated on|elaborates on|dismisses|struck out at|strikes out at|lashed out at|lashes out at|came out with|comes out with|brands|extolled|extols|decried|decries|declared|refers to|chided|chides|held that|holds that|charged that|editorially marks|editorially marked|editorially greets|editorially greeted)\b(?! (?:out|off|away|into|over|through)\b)/g;
/** Passive `was reported by X`: the agent after `by` is the source. */
const BY_AGENT =
  /\b(?:reported|quoted|cited|urged|stressed|noted|said|stated|pointed out|emphasized|claimed|disclosed|revealed|made public|analyzed|denounced|condemned|asserted|(?:comes|came|come)\s+under\s+fire)\s+(?:(?:on|in)\s+[\w.]+\s+(?:\d+\s+)?)?by\s+/g;
/** Passive `carried by X`, `published by X`: a source, or a body's mere act (`a map published by`). */
const BY_MEDIUM =
  /\b(?:carried|aired|broadcast|published|released|run|printed|posted|covered|telecast|introduced)\s+(?:(?:on|in)\s+[\w.]+\s+(?:\d+\s+)?)?by\s+/g;
/** The first line of a press review: `Following are major news items ... in Rodong Sinmun`. */
const PRESS_REVIEW_INTRO =
  /\bFollowing\s+are\s+(?:the\s+)?(?:major\s+|main\s+)?(?:news\s+items|articles|items)\b/;
/** What a body puts out that is its words: `released a report`, `published figures`. */
const WORDS_NOUN =
  '(?:statements?|reports?|articles?|data|figures|statistics|information|documents?|white\\s*papers?|notices?|communiques?|communiqués?|press\\s+releases?|bulletins?|memorand(?:um|a)|announcements?|answers?|results|findings|estimates?|surveys?|study|studies|analysis|comments?|commentary|warnings?|appeals?|explanations?|details|facts|lists?|decisions?|plans?|polls?)';
/** Words a body put out, shortly before a passive agent: `the report released by X`. */
const WORDS_NEAR = new RegExp(`\\b${WORDS_NOUN}\\b`, 'i');
/** `according to X`, `according to a report of X`. */
const ACCORDING_TO = /\baccording\s+to\s+/gi;
/** A spokesperson speaks for the body named right after (`for the X`) or right before. */
const SPOKES =
  /\bspokes(?:man|woman|person|people|men)\b|\bspokes(?:man|woman|person)['’]s\b|\bpress (?:secretary|officer)\b/g;
/** A body's own statement: `the Foreign Ministry issued a statement`, `in a press release`. */
const STATEMENT =
  /\b(?:statement|press release|communique|communiqué|memorandum|answer|notice|white paper|report)s?\b/;

/**
 * Words before a mention that make the outlet the venue of someone else's words (`an interview
 * with Xinhua`, `told AP`, `a question put by KCNA`, `an article contributed to the paper X`).
 * Read on a bounded slice, so the anchored repetition costs a constant per mention.
 */
const VENUE_BEFORE =
  /(?:\binterview(?:ed|s)?\s+(?:with|by|to|for|on|in|granted\s+to|given\s+to)|\b(?:told|telling|tells|tell)|\bquestions?\s+(?:put|raised|asked|posed|put\s+forward|sent)\s+(?:to\s+\w+\s+)?by|\bcontributed\s+(?:\w+\s+)?to|\bwritten\s+for|\b(?:appeared|appearing|speaking|talking|spoke|talked|appear)\s+(?:on|to|with)|\b(?:given|granted|gave|give|giving)\s+to|\bcontribution\s+to)\s+(?:[\w'’.-]+\s+){0,7}$/i;
const VENUE_WINDOW = 80;

/** What an attacked outlet published: `the false report of X`, `X's misinformation`. */
const HOSTILE_OUTPUT =
  '(?:misinformation|disinformation|false\\s+(?:reports?|stor(?:y|ies)|news|information|rumou?rs?|propaganda|claims?|articles?)|fabrications?|(?:sheer|downright|groundless|such|big)\\s+lies?|lies|slanders?|rubbish|smears?|sophistry|nonsense|distortions?|mouthpiece|reptile|mud-slinging|hue\\s+and\\s+cry|anti-DPRK\\s+(?:propaganda|smear|campaign|racket))';
/** How an attacked outlet published it: `X let loose ...`, `X vociferated`, `X spread lies`. */
const HOSTILE_ACT =
  '(?:slander\\w*|fabricat\\w*|let\\s+loose|vocifer\\w*|trumpet\\w*|clamou?r\\w*|ballyhoo\\w*|prattl\\w*|blabber\\w*|babbl\\w*|jabber\\w*|cr(?:ied|ying)\\s+out|talk(?:ed|ing)?\\s+nonsense|smear(?:ed|ing)|cooked\\s+up|concoct\\w*|distort\\w*|faked|made\\s+a\\s+fuss|kick(?:ed|ing)\\s+up|dared\\s+to|went\\s+so\\s+far\\s+as|spouted|touted|floated)';
/**
 * Hostile words: the article attacks the outlet for what it published. Before the outlet in its
 * own clause (`the false report of X`); after it, only the act of publishing (`X let loose`,
 * `X spread misinformation`) or its possessive (`X's fabrication`, `X for its misinformation`),
 * so `X said that the U.S. slandered ...` and `X terms it sophism` stay neutral.
 */
const HOSTILE_BEFORE = new RegExp(`\\b(?:${HOSTILE_OUTPUT}|${HOSTILE_ACT})\\b`, 'i');
const HOSTILE_AFTER = new RegExp(
  `^\\s*(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}${HOSTILE_OUTPUT}|(?:[\\w.-]+\\s+){0,6}?(?:${HOSTILE_ACT}|(?:releas|spread|carr|float|air|publish|circulat|report|r[au]n)\\w*\\s+(?:[\\w-]+\\s+){0,3}?${HOSTILE_OUTPUT})\\b|\\s*for\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}${HOSTILE_OUTPUT})`,
  'i',
);
const ENDORSING =
  /\b(?:rightly|correctly|justly|aptly|pertinently|with\s+justice|with\s+good\s+reason|with\s+reason|deservedly|truthfully|objectively)\b/i;

/**
 * How strongly a `how` describes a sentence's citation: a listing beats a plain report, and the
 * first verb of `X says, and goes on:` (reported) beats the verbatim block that follows.
 */
const HOW_RANK: Readonly<Record<CitationHow, number>> = {
  'also-carried': 5,
  'according-to': 4,
  statement: 3,
  reported: 2,
  quoted: 1,
};

/** Resolves `the paper` (pronoun false) or `It` (pronoun true) to the outlet it stands for. */
type Anaphor = (pronoun: boolean) => ActorMention | undefined;

interface Candidate {
  readonly mention: ActorMention;
  readonly how: CitationHow;
  readonly extractor: string;
  readonly confidence: number;
}

/** Pronouns and nouns that stand for an outlet named before: `the paper said`, `It carried`. */
const OUTLET_ANAPHOR =
  /(?:^|[\s,])(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]he\s+same)\s+(?:paper|newspaper|daily|weekly|magazine|news\s+agency|agency|website|homepage|bulletin|journal|radio|broadcaster|TV|organ)\s*$|^\s*(?:It|it)\s*$/;

/**
 * Cited outlets (docs/annotation-rules.md, "Cited outlets"): outlets, ministries and government
 * agencies the article quotes, reports or lists as having carried the news, one citation per
 * outlet and sentence with its `how` and stance. Reads each sentence once with bounded windows,
 * and takes the speakers the quote extractor resolved (anaphora included). `publisherKey` is the
 * outlet that publishes the article: its own reports are not citations.
 */
export function extractCitations(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  quotes: readonly ExtractedQuote[],
  skipBefore = 0,
  publisherKey?: string,
): ExtractedCitation[] {
  const index = new SpanIndex(mentions);
  const outletsSoFar = new SpanIndex(mentions.filter((m) => m.entry.kind === 'outlet'));
  const quotesBySentence = new Map<number, ExtractedQuote[]>();
  for (const q of quotes) {
    const list = quotesBySentence.get(q.evidence.start);
    if (list === undefined) quotesBySentence.set(q.evidence.start, [q]);
    else list.push(q);
  }
  const out: ExtractedCitation[] = [];
  // The source cited last: `It carried ...`, `the spokesman said` a sentence or two later.
  let lastCited: { mention: ActorMention; sentence: number } | undefined;
  let pressReview = false;
  // Outlets named only as the venue of someone else's words: `the paper` after one is no citation.
  const venues = new Set<ActorMention>();
  for (const [si, s] of sentences.entries()) {
    if (s.end <= skipBefore) continue;
    const anaphor: Anaphor = (pronoun) => {
      const nearest = outletsSoFar.at(outletsSoFar.countStartingBefore(s.start) - 1);
      if (lastCited?.mention.entry.kind === 'outlet' && si - lastCited.sentence <= 2) {
        // `AKP reported ... . The Indian paper X referred in detail to ... . ..., the paper said`:
        // an outlet named in a sentence after the one last cited is the nearer antecedent.
        const citedIn = sentences[lastCited.sentence];
        if (
          !pronoun &&
          nearest !== undefined &&
          citedIn !== undefined &&
          nearest.start >= citedIn.end
        )
          return venues.has(nearest) ? undefined : nearest;
        return lastCited.mention;
      }
      return pronoun || (nearest !== undefined && venues.has(nearest)) ? undefined : nearest;
    };
    const inSentence = index.within(Math.max(s.start, skipBefore), s.end);
    // A parent named inside a cited body's name (`the X Institute of the Foreign Ministry`) is not cited.
    const citableAll = withoutNested(inSentence.filter(isCitable));
    // `the Ministry of the People's Armed Forces under the DPRK NDC`: the parent is not cited.
    const ends = new Set(citableAll.map((m) => m.end));
    const citable = citableAll.filter((m) => {
      if (isVenue(text, s, m)) {
        venues.add(m);
        return false;
      }
      return !ends.has(parentAfter(text, s.start, m.start));
    });
    const candidates: Candidate[] = [];
    const add = (
      m: ActorMention,
      how: CitationHow,
      extractor: string,
      confidence: number,
    ): void => {
      candidates.push({ mention: m, how, extractor, confidence });
    };
    const sentenceQuotes = quotesBySentence.get(s.start) ?? [];
    const reviewIntro = PRESS_REVIEW_INTRO.test(s.text);
    if (reviewIntro) pressReview = true;
    if (citable.length > 0 || sentenceQuotes.length > 0 || OUTLET_ANAPHOR_IN.test(s.text)) {
      // A press review's heading line: `Rodong Sinmun` over the items it carried.
      const only = citable.length === 1 ? citable[0] : undefined;
      // In a review (its first line seen) the items may come without bullets.
      if (
        only !== undefined &&
        only.entry.kind === 'outlet' &&
        s.text.trim() === only.surface &&
        (pressReview
          ? /^[^\S\n]*(?:\n|$)/.test(text.slice(s.end, s.end + 12))
          : /^[^\S\n]*\n\s*[-–•]\s/.test(text.slice(s.end, s.end + 12)))
      )
        add(only, 'reported', 'citations/press-review', 0.8);
      // `Following are major news items and articles in Rodong Sinmun ...:` introduces a review.
      if (reviewIntro)
        for (const m of citable)
          if (m.entry.kind === 'outlet') add(m, 'reported', 'citations/press-review', 0.8);
      // Listings first: every outlet of the sentence carried the news.
      // `Xinhua also reported that ...` is one outlet reporting; a listing names several.
      const listed = citable.filter((m) => m.entry.kind === 'outlet');
      if (new Set(listed.map((m) => m.entry.key)).size >= 2 && isListingSentence(sentences, si))
        for (const m of listed) add(m, 'also-carried', 'citations/also-carried', 0.8);
      for (const m of afterCue(text, s, citable, ACCORDING_TO))
        if (
          namesSource(
            text
              .slice(Math.max(s.start, m.start - 100), m.start)
              .replace(/^.*according\s+to\s+/is, ''),
          )
        )
          add(m, 'according-to', 'citations/according-to', 0.85);
      for (const m of afterCue(text, s, citable, BY_AGENT))
        add(m, 'reported', 'citations/by-agent', 0.8);
      // `the map published by the Army Ministry`: a body's act unless what it put out is words.
      // `X's work "..." was carried by the paper Y`: the paper is only the venue of X's words.
      const personsWork = PERSONS_WORK_SUBJECT.test(s.text);
      for (const m of afterCue(text, s, citable, BY_MEDIUM))
        if (personsWork && m.entry.kind === 'outlet') venues.add(m);
        else if (
          m.entry.kind !== 'organization' ||
          /^\s*(?:This|It|These)\b/.test(s.text) ||
          WORDS_NEAR.test(text.slice(Math.max(s.start, m.start - 60), m.start))
        )
          add(m, 'reported', 'citations/by-agent', 0.8);
      for (const m of spokesBodies(text, s, inSentence))
        if (isCitable(m)) add(m, 'statement', 'citations/spokesperson', 0.85);
      // `Kim Son Gyong, vice-minister for ... of the Foreign Ministry, released the following press
      // statement`: an official's press statement is the body's.
      if (OFFICIAL_STATEMENT.test(s.text))
        for (const m of officialBodies(text, s, inSentence))
          if (isCitable(m)) add(m, 'statement', 'citations/official-statement', 0.75);
      for (const m of citable) {
        if (m.entry.kind !== 'organization') continue;
        // `The Malaysian Foreign Ministry in a statement on Sept. 25 ...`: no clause in between.
        const doc = STATEMENT.exec(text.slice(m.end, Math.min(s.end, m.end + 80)));
        const gap = doc === null ? '' : text.slice(m.end, m.end + doc.index).replace(NAME_TAIL, '');
        if (
          doc !== null &&
          !/[,;:]|\bthat\b/.test(gap) &&
          !FORMER_OFFICIAL_OF.test(text.slice(Math.max(s.start, m.start - 80), m.start))
        )
          add(m, 'statement', 'citations/statement', 0.7);
      }
      for (const c of subjectsOfVerbs(text, s, citable, anaphor)) candidates.push(c);
      // `rejected the false report of the New York Times`: attacked for what it published.
      for (const m of citable)
        if (m.entry.kind === 'outlet' && stanceOf(text, s, m) === 'hostile')
          add(m, 'reported', 'citations/attacked', 0.6);
      // The quote extractor's speakers, anaphora resolved: `the paper said`, `the spokesman said`.
      for (const q of sentenceQuotes) {
        const m =
          citable.find((c) => c.entry.key === q.actorKey) ??
          (lastCited?.mention.entry.key === q.actorKey && si - lastCited.sentence <= 3
            ? lastCited.mention
            : undefined);
        if (m === undefined || !isCitable(m)) continue;
        if (m.start >= s.start && isOfficialOf(text, s.start, m)) continue;
        const how: CitationHow = /^according/i.test(q.cue)
          ? 'according-to'
          : q.kind === 'QUOTES'
            ? 'quoted'
            : m.entry.kind === 'organization'
              ? 'statement'
              : 'reported';
        add(m, how, 'citations/quote', q.evidence.confidence);
      }
    }
    const best = new Map<string, Candidate>();
    for (const c of candidates) {
      const prior = best.get(c.mention.entry.key);
      if (prior === undefined || HOW_RANK[c.how] > HOW_RANK[prior.how])
        best.set(c.mention.entry.key, c);
    }
    for (const c of [...best.values()].sort((a, b) => a.mention.start - b.mention.start)) {
      // The publisher's own act (`KCNA reported on October 16 ...`) is not a citation.
      if (c.mention.entry.key === publisherKey) continue;
      lastCited = { mention: c.mention, sentence: si };
      out.push({
        outletKey: c.mention.entry.key,
        how: c.how,
        stance: stanceOf(text, s, c.mention),
        evidence: {
          sentence: s.text,
          start: s.start,
          end: s.end,
          extractor: c.extractor,
          confidence: c.confidence,
        },
      });
    }
  }
  return out;
}

const UNDER_PARENT = /\s+under\s+(?:the\s+)?$/;
/** Where the body before `<body> under the X` ends, if X follows that pattern; else -1. */
function parentAfter(text: string, from: number, at: number): number {
  const before = text.slice(Math.max(from, at - 16), at);
  const u = UNDER_PARENT.exec(before);
  return u === null ? -1 : at - before.length + u.index;
}

const OUTLET_ANAPHOR_IN =
  /\b(?:[Tt]he|[Tt]his)\s+(?:paper|newspaper|daily|weekly|magazine|news\s+agency|website|homepage)\b|^\s*It\b/;

/**
 * True when the outlet is only where someone else's words appeared: an interview given to it, or
 * an outsider's article it carried (`X carried an article contributed by Y`).
 */
function isVenue(text: string, s: Sentence, m: ActorMention): boolean {
  const from = Math.max(s.start, m.start - VENUE_WINDOW);
  return (
    VENUE_BEFORE.test(text.slice(from, m.start)) ||
    (m.entry.kind === 'outlet' && contributorAt(text, m.end, s.end) >= 0)
  );
}

/** Between two items of a listing: `, the Egyptian paper `, ` and `, `, (of Libya) `. */
const LIST_GAP =
  /^(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?[\s,]*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:(?:news\s+agency|newspaper|paper|daily|weekly|magazine|radio|TV|television|website|Internet\s+\w+)\s+)?$/;
/** How far a listing may run after the cue's noun phrase. */
const LIST_WINDOW = 600;

/**
 * The noun phrase after a cue, up to a comma or a stop; the dot of an abbreviation is no stop
 * (`according to survey data of the U.S. Labor Department`, `reported by the S. Korean paper`).
 */
const CUE_PHRASE =
  /^[^;:()]{0,160}?(?=[,;:]\s|(?<!\b(?:U\.S|U\.K|U\.N|S|N|St|Mt|No|Dr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.\s|[;:]|$)/;

/** The citable mentions in the noun phrase right after each match of `cue` (up to a comma or stop). */
function afterCue(
  text: string,
  s: Sentence,
  citable: readonly ActorMention[],
  cue: RegExp,
): ActorMention[] {
  if (citable.length === 0) return [];
  const out: ActorMention[] = [];
  cue.lastIndex = 0;
  let read = 0;
  for (let m = cue.exec(s.text); m !== null && read < 16; m = cue.exec(s.text), read++) {
    const from = s.start + m.index + m[0].length;
    const phrase = CUE_PHRASE.exec(text.slice(from, Math.min(s.end, from + 160)));
    const to = from + (phrase?.[0].length ?? 0);
    // `according to Xinhua, AP and Kyodo`, `reported by the Thai paper A, the Egyptian paper B`:
    // the listed names, separated by commas, all count.
    // A list goes on only from a name that ends the phrase (`according to it, X said` lists none).
    let last = -1;
    for (const c of citable) {
      if (c.start < from) continue;
      if (c.start > to) {
        if (last < 0 || c.start > to + LIST_WINDOW || !LIST_GAP.test(text.slice(last, c.start)))
          break;
      } else if (!/^[\s.]*$/.test(text.slice(c.end, to))) {
        out.push(c);
        continue;
      }
      out.push(c);
      last = c.end;
    }
  }
  return out;
}

/** A sentence that says someone released a (press) statement. */
const OFFICIAL_STATEMENT =
  /\b(?:released|issued|made\s+public)\s+(?:on\s+\w+\s+(?:\d+\s+)?)?(?:the\s+following\s+|a\s+)?(?:press\s+)?statement\b/;
/** An official of a body, by role: `vice-minister for International Organizations of the`. */
const OFFICIAL =
  /\b(?<!former\s)(?:vice-|deputy\s+)?(?:minister|director(?:-general)?|chief|head)\s+(?:for\s+(?:[A-Z][\w'’-]*\s+|and\s+|of\s+)*?)?of\s+(?:the\s+)?/g;

/** The body an official who released a statement belongs to: the first citable name after `<role> of`. */
function officialBodies(
  text: string,
  s: Sentence,
  inSentence: readonly ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  OFFICIAL.lastIndex = 0;
  let read = 0;
  for (let m = OFFICIAL.exec(s.text); m !== null && read < 16; m = OFFICIAL.exec(s.text), read++) {
    // A name may open with the `the` the pattern read (`the Foreign Ministry of the DPRK`).
    const from = s.start + m.index + m[0].length - (/\bthe\s+$/.exec(m[0])?.[0].length ?? 0);
    // `Foreign News Section`: a name cut short is not the body.
    const body = citableNameFrom(text, from, inSentence, true);
    if (body !== undefined) out.push(body);
  }
  return out;
}

/**
 * `the Disarmament and Peace Institute of the Foreign Ministry`: the first citable body of the
 * name from `from`, read only while the words are those of a name; `whole` skips a body whose
 * name goes on in capitals (a name cut short).
 */
function citableNameFrom(
  text: string,
  from: number,
  inSentence: readonly ActorMention[],
  whole: boolean,
): ActorMention | undefined {
  return inSentence.find(
    (x) =>
      x.start >= from &&
      x.start <= from + 100 &&
      isCitable(x) &&
      !(whole && /^\s+[A-Z]/.test(text.slice(x.end, x.end + 3))) &&
      /^(?:[A-Z][\w'’.()-]*|of|the|and|for|on|in|\s)*$/.test(text.slice(from, x.start)),
  );
}

/** The body a spokesperson speaks for: `a spokesman for the X`, `the X spokesman`. */
function spokesBodies(
  text: string,
  s: Sentence,
  inSentence: readonly ActorMention[],
): ActorMention[] {
  const out: ActorMention[] = [];
  SPOKES.lastIndex = 0;
  let read = 0;
  for (let m = SPOKES.exec(s.text); m !== null && read < 16; m = SPOKES.exec(s.text), read++) {
    const at = s.start + m.index;
    const end = at + m[0].length;
    // `the` stays before the name: a mention may start with it (`the Foreign Ministry of Iran`).
    const forOf = /^\s+(?:for|of|from)\s+/.exec(text.slice(end, end + 12));
    if (forOf !== null) {
      const from = end + forOf[0].length;
      const body = citableNameFrom(text, from, inSentence, false);
      if (body !== undefined) out.push(body);
      continue;
    }
    const before = inSentence.filter(
      (x) => x.end <= at && at - x.end <= 4 && x.entry.kind !== 'country',
    );
    const body = before[before.length - 1];
    if (body !== undefined && /^(?:['’]s)?\s*$/.test(text.slice(body.end, at))) out.push(body);
  }
  return out;
}

/** A colon block or a quotation right after the verb, with no other clause in between. */
const VERBATIM_AFTER = /^(?:[^:,;“”"]{0,60}:\s*$|\s*:\s*\S|\s*[,:]?\s*[“"][^”"]{30,})/;
/** `"...," reported X`: the quotation before an inverted verb is the outlet's own words. */
const VERBATIM_BEFORE = /[“"][^“”"]{30,}["”]\s*,?\s*$/;

/**
 * The rest of a name the pattern cut at a comma, and an acronym after a name: `Ministry of Land`
 * `, Infrastructure, Transport and Tourism`, `(METI)`.
 */
const NAME_TAIL =
  /^(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}){0,4}(?:,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?:\s+\([A-Z][\w.&-]{1,10}\))?/;

/**
 * `an officer concerned of the X`, `officials of the X`, `The deputy director of the Art and
 * Cultural Council of the X`: unnamed officials (of the body or of a sub-unit named inside it), not
 * the body's spokesman. The head of a ministry's information or press department speaks for it
 * (`the director of the Information Department of the Foreign Ministry said`): whether that is a
 * spokesman is left to the rules' owner (docs/citations.md), so it stays cited as before.
 */
const OFFICIAL_OF =
  /\b(?:an?|the|one|some|two|three)\s+(?:(?:[\w-]+\s+)?(?:officials?|officers?|chief|head|administrator)|(?!information\s|press\s)(?:[\w-]+\s+)?director(?:-general|\s+general)?)(?:\s+concerned)?\s+(?:of|at|from|in)\s+(?:the\s+)?(?:(?!Information\b|Press\b)[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+)?){0,6}?(?:(?:of|at|in)\s+(?:the\s+)?)?(?:puppet\s+)?$/i;

/** True when a body is named (after `from`) only as where an unnamed official works. */
function isOfficialOf(text: string, from: number, m: ActorMention): boolean {
  return (
    m.entry.kind === 'organization' &&
    OFFICIAL_OF.test(text.slice(Math.max(from, m.start - 100), m.start))
  );
}

/** `The former chief of the X Bureau`: a former official no longer speaks for the body. */
const FORMER_OFFICIAL_OF = /\b(?:former|ex-)\s*(?:[\w-]+\s+){1,3}?(?:of|at|for)\s+(?:the\s+)?$/i;

/** `on April 14 and 15`: two days of one month are one date, not a coordination. */
const DAYS_OF_MONTH =
  /\s+on\s+([A-Z][a-z]+\.?\s+\d{1,2})(?:st|nd|rd|th)?\s*(?:and|-|,)\s*\d{1,2}(?:st|nd|rd|th)?\b/;
/**
 * `, the organ of ...,`, `, south Korean conservative newspaper infamous for ...,`; after a list,
 * `, the Lao newspapers,`.
 */
const OUTLET_APPOSITIVE =
  /^,\s+(?:(?:the|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:organ|newspapers?|papers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|news\s+agency|broadcasting\s+service|radio|TV|website|homepage)\b[^,;:()“”"]{0,120},/;

/**
 * `The Ministry of ..., quoting the results of the analysis ..., said`: what a source quotes on the
 * way to its verb is no clause of its own (a body named inside it is a nearer mention instead).
 */
const QUOTING_ASIDE = /^,\s+(?:quoting|citing)\s+[^,;:()“”"]{1,200},/;

/** `Kyunghyang Daily News, Hangook Ilbo and other south Korean media said`: unnamed others. */
const OTHER_MEDIA =
  /^,?\s+and\s+(?:many\s+|some\s+|several\s+)?(?:other|major|various|different)\s+(?:[\w'’-]+\s+){0,3}?(?:media|papers|newspapers|news\s+agencies|outlets|broadcasters)\b(?:\s+of\s+(?:the\s+)?[\w'’-]+)?/;

/**
 * A list item that is no outlet of its own: `, the Internet homepage of the Korean Friendship
 * Association` among the papers that `gave wide publicity` (an association's site is not an
 * outlet, so it is skipped, not cited).
 */
const HOMEPAGE_ITEM =
  /^,?\s+(?:and\s+)?(?:the\s+)?(?:Internet\s+)?(?:home\s*pages?|websites?)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the|in|on)\s+)*[A-Z][\w'’-]*)*/;

/**
 * `and other media of various countries and international and regional organizations` right
 * before the verb: the unnamed rest of the list, however it is described (no clause inside).
 */
const OTHER_MEDIA_TO_VERB =
  /^,?\s+and\s+(?:many\s+|some\s+|several\s+)?(?:other|major|various|different)\s+(?:[\w'’-]+\s+){0,3}?(?:media|papers|newspapers|news\s+agencies|outlets|broadcasters)\s+(?:of|in|from)\s+(?:(?!\b(?:that|which|who|whom|when|while)\b)[^,;:.“”"]){1,80}$/;

/**
 * Between two coordinated outlets, each item as written in a list of papers: the rest of the
 * earlier name (`Apsara Television| and Radio Broadcasting Service`), its place or date, then the
 * next item's own issue and descriptor (`and the July issue of the Palestinian magazine`, `and the
 * Democratic Congo paper`, `, Nepali papers`, `, Syria's`) and an opening mark (`《`). Outlets only:
 * a ministry's name tail is its own (NAME_TAIL).
 */
const OUTLET_LIST_GAP = new RegExp(
  [
    '^',
    '(?:\\s+(?:and\\s+)?[A-Z][\\w\'’.-]*){0,4}[》”"]?',
    "(?:\\s+(?:of|in)\\s+[\\w.'’ -]{1,25}?)?",
    '(?:\\s+on\\s+(?:[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]+day|the\\s+same\\s+day))?',
    '\\s*(?:,|and|,\\s*and)\\s+',
    '(?:(?:the|an?)\\s+)?',
    '(?:(?:[A-Z][a-z]+\\.?|\\d+(?:st|nd|rd|th)?)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?(?:-\\d{1,2})?\\s+)?issues?\\s+of\\s+(?:the\\s+)?)?',
    "(?:(?:(?:[A-Z][\\w'’-]*|south|north)\\s+){0,3}(?:news\\s+agency|newspapers?|papers?|dail(?:y|ies)|weekl(?:y|ies)|magazines?|radio|TV|television|website)\\s+|[A-Z][\\w'’-]*['’]s\\s+)?",
    '[《“"]?$',
  ].join(''),
);
const OUTLET_LIST_GAP_MAX = 90;

/** Longest gap between a subject and its verb: `Jaju Minbo, an Internet newspaper of south Korea, on Tuesday`. */
const SUBJECT_GAP = 70;

/**
 * The citable subject right before a verb at `at`: the nearest mention, if close and not cut off
 * by a clause boundary, plus the mentions coordinated with it (`Xinhua, CCTV and AP reported`).
 */
function subjectOf(
  text: string,
  citable: readonly ActorMention[],
  from: number,
  at: number,
  listFrom = from,
): ActorMention[] {
  // Binary search for the last mention starting before the verb: a sentence may hold thousands.
  let lo = 0;
  let hi = citable.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((citable[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  let i = lo - 1;
  while (i >= 0 && (citable[i]?.end ?? Infinity) > at) i--;
  const nearest = citable[i];
  if (nearest === undefined || nearest.start < listFrom) return [];
  // 400: a list's skipped items (HOMEPAGE_ITEM, OTHER_MEDIA_TO_VERB) may run that long; the gap
  // left after them must still be short (SUBJECT_GAP).
  if (at - nearest.end > 400) return [];
  // `The New York Times in an article titled "..." likened`: a quoted title is not a clause.
  let gap = text
    .slice(nearest.end, at)
    .replace(NAME_TAIL, '')
    .replace(/[“"][^“”"]{0,160}[”"]/g, '""')
    .replace(DAYS_OF_MONTH, ' on $1');
  // `Tyokansan Sanomat, the organ of the ... Party of Finland ..., on Sept. 1 carried`: an outlet's
  // appositive describes it, so the verb is still its own; so does `and other media` after a list.
  if (nearest.entry.kind === 'outlet') {
    gap = gap.replace(OUTLET_APPOSITIVE, '');
    for (let item = HOMEPAGE_ITEM.exec(gap); item !== null; item = HOMEPAGE_ITEM.exec(gap))
      gap = gap.slice(item[0].length);
    gap = gap.replace(OTHER_MEDIA_TO_VERB, '').replace(OTHER_MEDIA, '');
  }
  gap = gap.replace(QUOTING_ASIDE, '');
  if (
    gap.length > SUBJECT_GAP ||
    /\b(?:that|which|who|whom|when|while|and|he|she|it|they|we)\b|[;:]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Mt|St))[.!?]\s/i.test(
      gap,
    )
  )
    return [];
  if (FORMER_OFFICIAL_OF.test(text.slice(Math.max(from, nearest.start - 80), nearest.start)))
    return [];
  // `an official concerned of the U.S. Department of State asserted`: an official is not the
  // body's spokesman, and speaks as a person (docs/annotation-rules.md, "Cited outlets").
  if (isOfficialOf(text, from, nearest)) return [];
  // `... the cyber attack on the X Commission, the appeal noted`: another subject after a comma.
  if (/,\s*(?:the|a|an|this|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*$/i.test(gap)) return [];
  // `Peng Lin, director of the X Radio, said`: a body inside an appositive is not the subject.
  if (/,\s*$/.test(gap) && text.slice(from, nearest.start).includes(',')) return [];
  // `Ro Tu Chol, chairman of the X Commission, in a report said`: the same, the verb further on
  // (an outlet's own analyst speaks for it).
  if (
    nearest.entry.kind === 'organization' &&
    /^\s*,/.test(gap) &&
    /,\s*(?:[\w-]+\s+){1,6}?(?:of|at|for)\s+(?:the\s+)?$/.test(
      text.slice(Math.max(from, nearest.start - 80), nearest.start),
    )
  )
    return [];
  // Organizations speak only as the head of the subject: `the Labor Department said`.
  if (nearest.entry.kind === 'organization' && gap.length > 40) return [];
  const out = [nearest];
  for (let j = i - 1; j >= 0; j--) {
    const prev = citable[j];
    const next = out[out.length - 1];
    if (prev === undefined || next === undefined || prev.start < listFrom) break;
    const between = text.slice(prev.end, next.start);
    // `A on Aug. 23 and Ugandan newspaper B on Aug. 25 carried`: each item may carry its date.
    const coordinated =
      (between.length <= 60 &&
        /^(?:\s+(?:news|newspaper|daily|agency|news agency))?(?:\s+(?:of|in)\s+[\w.'’ -]{1,25}?)?(?:\s+on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|[A-Z][a-z]+day))?\s*(?:,|and|,\s*and)\s*(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+)?(?:news agency|newspaper|paper|daily|weekly|magazine|radio|TV)\s+)?$/.test(
          between,
        )) ||
      (prev.entry.kind === 'outlet' &&
        next.entry.kind === 'outlet' &&
        between.length <= OUTLET_LIST_GAP_MAX &&
        OUTLET_LIST_GAP.test(between));
    if (!coordinated) break;
    out.push(prev);
  }
  return out;
}

/** Before a body's second verb: its first verb phrase, no clause inside, then `and`. */
const FIRST_VERB_PHRASE = /^\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,11}\s+and\s+$/;
/** Words that open another clause or subject inside that phrase. */
const CLAUSE_WORD = /\b(?:that|which|who|whom|when|while|and|he|she|it|they|we|but|or)\b/;
/** What may come before a body heading its clause: a sentence adverb, `the`, a descriptor. */
const CLAUSE_HEAD = /^\s*(?:[A-Z][^,;:"“”]{0,60},\s*)?(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/i;

/**
 * The body heading a clause whose second coordinated verb is at `at`: `the puppet Ministry of
 * Defense slipped off its veil ... and made public what it called a statement`.
 */
function secondVerbSubject(
  text: string,
  citable: readonly ActorMention[],
  from: number,
  at: number,
): ActorMention[] {
  const head = citable.find((m) => m.start >= from && m.end < at);
  if (head === undefined || head.start - from > 90) return [];
  if (!CLAUSE_HEAD.test(text.slice(from, head.start))) return [];
  const phrase = text.slice(head.end, at);
  if (phrase.length > 100 || !FIRST_VERB_PHRASE.test(phrase)) return [];
  if (CLAUSE_WORD.test(phrase.replace(/\s+and\s+$/, ''))) return [];
  return [head];
}

/** Acts whose subject does not follow them: `..., issued an order to the X`, `..., praised ... on X`. */
const NOT_INVERTED =
  /^(?:issued|issues|praised|praises|lauded|lauds|hailed|hails|dealt with|deals with|devoted|dedicated|allotted|edited)$/;

/**
 * `The Seoul District Police Agency disclosed photos of violence`: pictures a body disclosed are its
 * act, not its words (the other verbs of a body's act already need words after them: BODY_ACT).
 */
const DISCLOSED = /^(?:disclosed|discloses|revealed|reveals)$/;
const PICTURES_AFTER =
  /^\s+(?:(?:the|some|its|their|a|an)\s+)?(?:(?!(?:that|which|what|how|the)\b)[\w-]+\s+){0,2}?(?:photos?|photographs?|pictures?|videos?|footage|images?|maps?)\b/i;

/** `The Guinean Domestic Broadcasting Service aired a program`: a broadcaster airs its own words. */
const BROADCASTER = /\b(?:Broadcasting|Radio|Television|TV|News|Press)\b/;

/** Publishing verbs that are a body's mere act when what they put out is not words. */
const BODY_ACT =
  /^(?:carried|carries|carried in|ran|runs|aired|airs|broadcast|broadcasts|telecast|telecasted|televised|screened|printed|prints|posted|posts|featured|features|devoted|devotes|gave wide publicity|gives wide publicity|gave publicity|introduced|introduces|showed|shows|covered|allotted|allots|dedicated|dedicates|edited|brought out|published|publishes|released|releases|made public|makes public|issued|issues|conveyed|conveys)$/;
const WORDS_AFTER = new RegExp(`^\\s+(?:that\\b|(?:[\\w,-]+\\s+){0,5}?["“]?${WORDS_NOUN}\\b)`, 'i');
const WORDS_NEXT = new RegExp(`^\\s+${WORDS_NOUN}\\b`, 'i');
/** `the statistics of the Commerce Ministry showed`, `a communique of X released on Monday`. */
const WORDS_BEFORE = new RegExp(`\\b${WORDS_NOUN}\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i');

/** `..., the Office for National Statistics released on Friday.`: the clause before is what it put out. */
const CLAUSE_BEFORE = /,\s*(?:the\s+|The\s+)?$/;
const NO_OBJECT = /^\s*(?:(?:on|in|last|this|early|late)\s+)?(?:[\w.]+\s+){0,2}[\w.]*[.\s]*$/;

/**
 * True when a body's publishing verb puts out words: their noun follows the verb, or heads or ends
 * the subject (`the statistics of X showed`, `the X survey showed`).
 */
function putsOutWords(
  text: string,
  s: Sentence,
  m: ActorMention,
  verbStart: number,
  verbEnd: number,
): boolean {
  return (
    (CLAUSE_BEFORE.test(text.slice(Math.max(s.start, m.start - 12), m.start)) &&
      s.end - verbEnd <= 40 &&
      NO_OBJECT.test(text.slice(verbEnd, s.end))) ||
    WORDS_AFTER.test(text.slice(verbEnd, Math.min(s.end, verbEnd + 80))) ||
    WORDS_BEFORE.test(text.slice(Math.max(s.start, m.start - 60), m.start)) ||
    WORDS_NEXT.test(text.slice(m.end, Math.min(verbStart, m.end + 40)))
  );
}

/**
 * Outlets that are the subject of a publishing verb: named in the clause before it (`The Nepali
 * paper Rahasha on December 1 carried an article`), after it when inverted (`..., reported
 * Xinhua`), or through an anaphor (`It carried articles`, `the paper said`).
 */
function subjectsOfVerbs(
  text: string,
  s: Sentence,
  citable: readonly ActorMention[],
  anaphor: Anaphor,
): Candidate[] {
  const out: Candidate[] = [];
  PUBLISH_VERB.lastIndex = 0;
  let read = 0;
  for (
    let v = PUBLISH_VERB.exec(s.text);
    v !== null && read < 32;
    v = PUBLISH_VERB.exec(s.text), read++
  ) {
    const at = s.start + v.index;
    const end = at + v[0].length;
    const before = text.slice(Math.max(s.start, at - 200), at);
    // Passive or modal: `was reported`, `to be carried`.
    if (/\b(?:is|are|was|were|be|been|being|to|not|it is)\s+$/.test(before)) continue;
    // The subject clause: after the last `that`, semicolon or colon before the verb.
    const cut = Math.max(
      before.lastIndexOf(' that '),
      before.lastIndexOf(';'),
      before.lastIndexOf(':'),
    );
    const subjectFrom = cut >= 0 ? at - before.length + cut + 1 : Math.max(s.start, at - 200);
    // `The Ministry of Navy printed a map`: a body's act, unless what it put out is words.
    // A list of outlets may run further back than the subject window (`The Cuban paper Granma, the
    // Russian paper Patriot, ... and other media gave wide publicity`): each item is coordinated.
    const head = subjectOf(text, citable, subjectFrom, at, cut >= 0 ? subjectFrom : s.start);
    const subject = (
      head.length > 0
        ? head
        : secondVerbSubject(text, citable, cut >= 0 ? subjectFrom : s.start, at)
    ).filter(
      (m) =>
        m.entry.kind !== 'organization' ||
        BROADCASTER.test(m.entry.name) ||
        (!(
          DISCLOSED.test(v[0]) && PICTURES_AFTER.test(text.slice(end, Math.min(s.end, end + 60)))
        ) &&
          (!BODY_ACT.test(v[0]) || putsOutWords(text, s, m, at, end))),
    );
    if (subject.length > 0) {
      // `X says in a commentary:` or `X said, "..."`: its own words follow the verb verbatim.
      const verbatim = VERBATIM_AFTER.test(text.slice(end, s.end));
      for (const m of subject)
        out.push({
          mention: m,
          how: m.entry.kind === 'organization' ? 'statement' : verbatim ? 'quoted' : 'reported',
          extractor: 'citations/verb',
          confidence: 0.8,
        });
    } else if (
      !BODY_ACT.test(v[0]) &&
      !NOT_INVERTED.test(v[0]) &&
      /(?:,\s*["”]?|["”]\s*,?)\s*$/.test(before)
    ) {
      // `..., reported Xinhua.`, `..., said the paper.`
      const after = INVERTED_CLAUSE.exec(text.slice(end, Math.min(s.end, end + 82)));
      // `..., stressed that X's election ...`: a clause follows, not the inverted subject.
      const named =
        after === null || /^(?:that|how|whether|what|why)\b/i.test(after[1] ?? '')
          ? []
          : invertedSubjects(text, s, citable, end, end + after[0].length).filter(
              (m) => !isOfficialOf(text, end, m),
            );
      for (const m of named)
        out.push({
          mention: m,
          how: VERBATIM_BEFORE.test(before) ? 'quoted' : 'reported',
          extractor: 'citations/verb-inverted',
          confidence: 0.8,
        });
      if (
        named.length === 0 &&
        after !== null &&
        /^\s*(?:the|this)\s+(?:paper|newspaper|daily|weekly|magazine|news agency|website)\b/i.test(
          after[1] ?? '',
        )
      ) {
        const prior = anaphor(false);
        if (prior !== undefined)
          out.push({
            mention: prior,
            how: 'reported',
            extractor: 'citations/verb-anaphor',
            confidence: 0.6,
          });
      }
    } else if (
      OUTLET_ANAPHOR.test(
        text
          .slice(Math.max(subjectFrom, at - 40), at)
          .replace(/\s+(?:on\s+)?(?:[A-Z][a-z]+day|[A-Z][a-z]{2}\.\s+\d+)\s*$/, ''),
      )
    ) {
      // `It` and `The homepage` (a body's too) stand only for the outlet just cited.
      const prior = anaphor(/^\s*(?:It\b|\S+\s+homepage\b)/i.test(text.slice(subjectFrom, at)));
      if (prior !== undefined)
        out.push({
          mention: prior,
          how: 'reported',
          extractor: 'citations/verb-anaphor',
          confidence: 0.6,
        });
    }
  }
  return out;
}

/**
 * The clause after an inverted verb, up to a comma or a stop; the dot of an initial or a month's
 * abbreviation is no stop (`..., said the U.S. Commerce Department on April 12.`).
 */
const INVERTED_CLAUSE =
  /^\s+((?:[^,.;:]|(?<=\b(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.){1,80})/;

/**
 * Between two coordinated inverted subjects: `, `, ` and `, then at most a descriptor
 * (`and Internet radio "Voice of People"`, `, the Cuban newspaper Granma`).
 */
const INVERTED_LIST_GAP =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|an?)\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|newspaper|paper|daily|weekly|magazine|radio|TV|television|website|broadcaster|broadcasting\s+service|channel)\s+)?["“]?$/i;
/** How far past the verb coordinated inverted subjects may run. */
const INVERTED_LIST_WINDOW = 300;

/**
 * The inverted subjects after a verb ending at `end`: the mentions in its clause (up to
 * `clauseEnd`), and the outlets coordinated after them that the clause's cap cut off (`..., said
 * media including the Internet newspaper Jaju Minbo and Internet radio "Voice of People"`).
 */
function invertedSubjects(
  text: string,
  s: Sentence,
  citable: readonly ActorMention[],
  end: number,
  clauseEnd: number,
): ActorMention[] {
  const out: ActorMention[] = [];
  const limit = Math.min(s.end, end + INVERTED_LIST_WINDOW);
  for (const m of citable) {
    if (m.start <= end) continue;
    if (m.end <= clauseEnd) {
      out.push(m);
      continue;
    }
    const last = out[out.length - 1];
    if (
      last === undefined ||
      m.end > limit ||
      m.start - last.end > 60 ||
      !INVERTED_LIST_GAP.test(text.slice(last.end, m.start))
    )
      break;
    out.push(m);
  }
  return out;
}

const SENTENCE_ANAPHOR =
  /^\s*(?:It|[Tt]he\s+(?:paper|newspaper|daily|weekly|magazine|news\s+agency|agency|website|TV|radio|broadcaster))\b/;

/** Hostile when the outlet's own clause attacks what it published, endorsing when it approves. */
function stanceOf(text: string, s: Sentence, m: ActorMention): CitationStance {
  // An outlet named in an earlier sentence (`It let loose ...`): read from this sentence's start.
  const inside = m.start >= s.start && m.end <= s.end;
  if (!inside && !SENTENCE_ANAPHOR.test(s.text)) return 'neutral';
  const from = inside ? m.start : s.start;
  const to = inside ? m.end : s.start;
  const before = text.slice(Math.max(s.start, from - 60), from);
  const cut = /^.*(?:[,;:.“”"]|\bthat\b)/s.exec(before);
  const head = cut === null ? before : before.slice(cut[0].length);
  const after = text.slice(to, Math.min(s.end, to + 100));
  const stop = /[,;:“”"]|\b(?:that|how|why|what|whether|which|who|when|while)\b/.exec(after);
  const tail = stop === null ? after : after.slice(0, stop.index);
  if (HOSTILE_BEFORE.test(head) || HOSTILE_AFTER.test(tail)) return 'hostile';
  if (ENDORSING.test(`${head} ${tail}`)) return 'endorsing';
  return 'neutral';
}
