import { slugify } from '../keys';
import { organizationAsWritten } from './as-written';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words';
import { SpanIndex, type Span } from './span-index';

/** Head nouns that end (or, with `of ...`, start) the name of an organization. */
const ORG_HEADS =
  'Association|Committee|Party|Union|Council|Institute|Federation|League|Movement|Front|Society|Group|Foundation|Fund|Organization|Organisation|Alliance|Coalition|Confederation|Assembly|Agency|Ministry|Academy|Centre|Center|Corporation|Company|Bureau|Commission|Forum|Club|Circle|Chapter|Secretariat|Congress|Caucus|University|Administration|Factory|Works|Mill|Smeltery|Farm|Restaurant|Hospital|School|College|Conservatory|Complex|Mine|Plant|Station(?<=(?:Power|Distribution) Station)|Government(?<=People(?:\\x27|’)s Government)|Manufactory|Studio|Office|Sub-institute|Troupe|Ensemble|Orchestra|Chorus|Band|Publishing House|Team|Shock Brigade(?<!\\d{3} (?:[A-Z][A-Za-z-]* ){0,3}Shock Brigade)|Regiment(?<=(?:Provincial|Municipal) Regiment) of Party [Mm]embers|Solidarity|Network(?= (?:of|for) (?:the )?(?:[A-Z]|(?:south|north) Korea))|House(?= of (?:Representatives|Councillors|Councilors|Commons|Lords)\\b)|Service(?<=(?:Intelligence|[Mm]eteorological|Security|Research|Customs|Postal|Immigration|Prisons?|Information|Broadcasting) Service)';

/**
 * Head nouns that end the name of a newspaper, agency or broadcaster (`Command Post` is a place).
 * Romanized words for a paper head a name as `Sinmun` or `Ilbo` do: Chinese `Ribao` (daily),
 * `Wanbao` (evening paper), `Shibao` (times), `Sinbao`/`Xinbao`, `Zhoubao`, `Chenbao`, `Huabao`.
 */
const OUTLET_HEADS =
  '(?<!(?:Command|Military|Police|Border|Guard|Sentry|Observation|Frontier) )Post|Times|Daily|News|Herald|Monitor|Journal|Tribune|Gazette|Shimbun|Sinmun|Ilbo|Ribao|Wanbao|Shibao|Sinbao|Xinbao|Zhoubao|Chenbao|Huabao|TV|Television|Radio|Network|Telegraph|Observer|Chronicle|Courier|Express|Sentinel|Inquirer|Dispatch';

// Literal spaces, not \\s: a name never runs across a line break.
const CAP_WORD = `[A-Z][\\p{L}'’-]*`;
const ABBREVIATION = `(?:[A-Z]\\.){2,}`;
/** A word inside an `of/for` chain: `U.S.`, `Korea-U.S.`, KCNA's `south Korea`, `June 15 ...`, `21st Century`. */
const CHAIN_WORD = `(?:[A-Z][\\p{L}'’]*-${ABBREVIATION}|${ABBREVIATION}|(?:Mt|St)\\.(?= [A-Z])|${CAP_WORD}|(?:south|north)(?= Korea)|\\d{1,2}(?= [A-Z])|\\d{1,2}(?:st|nd|rd|th)(?= Century))`;
/** `Committee of Friendship and Solidarity with the Korean People`: `with` only after these. */
const WITH = `(?<=(?:Solidarity|Friendship|Relations|Cooperation) )with (?:the )?`;
/** `, Culture, Sports, Science and Technology`: a comma list inside a name closes with `and`. */
const COMMA_LIST = `(?:, ${CAP_WORD}(?: ${CAP_WORD})?){1,6},? and ${CAP_WORD}(?: ${CAP_WORD})?`;
/**
 * `of/for/on/in (the) <Capitalised words>`, words joined by `of (the)`, `in (the)`, `into`,
 * `about`, `and (of)`, `and the` between the Juche idea and the Songun policy (`Association for the
 * Study of the Juche Idea and the Songun Policy`), `for (the)`, `the`, `with` (see WITH) or a comma
 * list
 * (`Ministry of Education, Culture, Sports, Science and Technology`), which an `of <place>` may
 * close (`Solidarity for Democracy, ... and Sovereignty of south Korea`).
 */
const CONTINUATION = `(?: (?:(?:of|for|on|in|against) (?:the )?|${WITH})${CHAIN_WORD}(?: (?:of the |of |in the |in |(?<=(?:Probe|Probing|Inquiry|Investigation|Research) )into (?:the )?|(?<=Truth )(?:about|behind) (?:the )?|(?<=Juche Idea )and the (?=Songun (?:Policy|Politics|Idea)\\b)|and of |and |for the |for |the |${WITH})?${CHAIN_WORD}){0,10}(?:${COMMA_LIST}(?: of (?:the )?${CHAIN_WORD}(?: ${CHAIN_WORD}){0,2})?)?)?`;

/**
 * Words of a name before its head; `and` joins two of them, not two bodies (`Farm and Mill`), except
 * after `Solidarity` (`Union Solidarity and Development Party`).
 */
const NAME_WORD = `(?:${CAP_WORD} |(?:${MONTH_NAMES.join('|')}) \\d{1,2} (?=[A-Z])|(?!(?:${ORG_HEADS.replace('|Solidarity', '')}) )${CAP_WORD} and (?=[A-Z]))`;
/**
 * Heads that only end a name: `Disaster Prevention and Mitigation Department`; `Department of X` is
 * an organ of X (see ORGAN_PREFIX), so it takes neither a leading position nor a continuation.
 * `Korea Pugang Pharmaceutic Co., Ltd.`: the company's name ends at `Ltd` (its full stop ends no
 * word, so `\b` holds there), and an `of <country>` after the stop is where it is from.
 */
const END_ONLY_HEADS = 'Department|Co\\., Ltd';

/**
 * `<Capitalised words> <Head>` (`Denmark-DPRK Friendship Association`, `U.S. Nuclear Security
 * Agency`: KCNA's `U.S.` belongs to the name) or `<Head> of ...`
 * (`University of Damascus`), optionally continued by `of/for/in ...`
 * (`Group for the Study of the Juche Idea`, `Social Confederation of Koreans in Uzbekistan`).
 */
const ORG_RE = new RegExp(
  `\\b(?:(?:U\\.S\\. (?=[A-Z]))?${NAME_WORD}{0,6}(?:${ORG_HEADS})\\b${CONTINUATION}|${NAME_WORD}{1,6}(?:${END_ONLY_HEADS})\\b(?! of\\b| Store\\b))`,
  'gu',
);
/**
 * Outlets take no continuation: `Tehran Times of Iran` is the Tehran Times, from Iran. A network
 * of or for something (`Peace Network of south Korea`, `Kobe Network for ...`) is a body.
 */
const OUTLET_RE = new RegExp(
  `\\b(?:${CAP_WORD} ){1,4}(?:${OUTLET_HEADS})\\b(?<!Network(?= (?:of|for) (?:the )?(?:[A-Z]|(?:south|north) Korea)))`,
  'gu',
);
/**
 * An outlet's head inside a longer body's name: `Pyongyang Daily Necessities Factory`,
 * `Taedonggang TV Set Factory`, `Teleambiente TV Consortium`, `Foreign News Section`.
 */
const BODY_AFTER_OUTLET = new RegExp(
  `^ (?:${CAP_WORD} ){0,3}(?:${ORG_HEADS}|Consortium|Holdings|Section|Store|Shop|Enterprise|Co\\.|Ltd)\\b`,
  'u',
);

/** Leading words that belong to the sentence, not the name (`The`, `Meanwhile`, titles). */
const LEADING_NOISE =
  /^(?:(?:The|A|An|In|On|At|By|For|Of|From|With|Meanwhile|When|While|After|Before|Its|His|Her|Their|Our|This|That|These|Those|Chairman|Chairwoman|Chairperson|Director|Secretary|President|Member|Members|Chief|Head|Leader|Officials?|Delegation|Spokesman|Spokesperson|Present|Also|Today|Senior|Internet|Website|Media|Papers?|Newspapers?|Comrade|Respected|Dear|Other|Another|Some|Many|Several)\s+)+/;

/**
 * A body's organ is reported as the body: `Central Committee of the Communist Party of the Soviet
 * Union` -> the party, `Dandong City Branch of the Liaoning Regional Association` -> the association.
 */
const ORGAN_PREFIX =
  /^(?:(?:[A-Z][\p{L}'’-]*\s+){0,3}(?:Central Committee|Supreme Council|Political Bureau|Presidium|Secretariat|Executive Committee|National Committee|Branch|Chapter|Headquarters|Department)\s+of\s+(?:the\s+)?)+(?=[A-Z])/u;

/** Words that cut a name short: dates, sentence words and titles caught by the capitalised run. */
const CUT_WORDS = new Set([
  'The',
  'Present',
  'Also',
  'On',
  'In',
  'At',
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_NAMES,
]);

/** Organ and office words: a name made only of these (`Political Bureau`) says nothing alone. */
const GENERIC_WORDS = new Set(
  [
    'political',
    'bureau',
    'central',
    'committee',
    'national',
    'assembly',
    'state',
    'council',
    'democratic',
    'party',
    'communist',
    "workers'",
    'workers’',
    'workers',
    'great',
    'education',
    'commission',
    'information',
    'people’s',
    "people's",
    'peoples',
    'women’s',
    "women's",
    'union',
    'socialist',
    'labour',
    'labor',
    'general',
    'federation',
    'association',
    'ministry',
    'group',
    'league',
    'front',
    'movement',
    'organization',
    'organisation',
    'alliance',
    'executive',
    'standing',
    'permanent',
    'supreme',
    'preparatory',
    'organizing',
    'city',
    'provincial',
    'party',
    'secretariat',
    'presidium',
    'military',
    'municipal',
    'county',
    'university',
    'company',
    'agency',
    'congress',
  ].map((w) => w.toLowerCase()),
);

/** A place named after a body (`Mansudae Assembly Hall`) is a place. */
const PLACE_AFTER =
  /^\s+(?:Hall|Building|House|Palace|Square|Street|Theatre|Theater|Park|Stadium|Hotel|Hospital|Station)\b/;

/** A broadcaster's name that says only what it is (`National Radio`): no brand without its country. */
const GENERIC_BROADCASTER =
  /^(?:(?:National|State|Central|Public)\s+)+(?:TV|Television|Radio|Broadcasting(?:\s+(?:Service|Corporation))?)$/;
/** Organizations whose name says they are news agencies or broadcasters. */
const PRESS_BODY =
  /\b(?:(?:News|Press|Information) Agency|Agency of (?:Press|News|Information)|Press Agency|Broadcasting (?:Corporation|Company|Service|System|Station))\b/;

/** A name of generic words only (`Ministry of Information`); a party's may be (`Democratic Labor Party`). */
function isGeneric(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.every(
      (w) => GENERIC_WORDS.has(w.toLowerCase()) || /^(?:of|for|the|and|on|in)$/.test(w),
    ) && !(words.length >= 3 && words[words.length - 1] === 'Party' && !words.includes('of'))
  );
}

/** What follows a country that owns a ministry: `<Vietnamese> Ministry of ...`. */
const MINISTRY_OF = /^\s+(?=Ministry\s+of\s)/;
/** `Spain's Ministry of Employment`, `Britain's Office for National Statistics`: a possessive owner. */
const POSSESSIVE_OWNER = /^['’]s\s+(?=[A-Z])/;

const ORG_HEAD_WORD = new RegExp(`^\\s*(?:${ORG_HEADS})\\b`);
const HEAD_AT_END = new RegExp(`\\b(?:${ORG_HEADS}|${END_ONLY_HEADS})$`);
const HEAD_THEN_IN = new RegExp(`\\b(${ORG_HEADS}) in .*$`);
const HEAD_AT_START = new RegExp(`^(?:${ORG_HEADS})\\s+(?:of|for|on|in)\\s`);

const CENTURY_THEN_AND = /( \d{1,2}(?:st|nd|rd|th) Century) and .*$/;

/** `June 15 Joint Declaration`: a month and day inside a name do not cut it. */
const DAY_IN_NAME = /^\d{1,2}$/;
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES);

/** `countryAt(i)`: whether a country is named at offset `i` of `raw` (after an optional `the `). */
function cleanName(
  raw: string,
  countryAt: (i: number) => boolean,
): { name: string; offset: number } {
  const noise = LEADING_NOISE.exec(raw)?.[0] ?? '';
  let name = raw.slice(noise.length);
  let offset = noise.length;
  const organ = ORGAN_PREFIX.exec(name)?.[0];
  if (organ !== undefined) {
    const rest = name.slice(organ.length);
    // Only collapse when what follows is itself an organization name.
    if (HEAD_AT_END.test(rest.replace(/[’']s$/, '')) || /\s(?:of|in)\s/.test(rest)) {
      name = rest;
      offset += organ.length;
    }
  }
  // `Soje Farm in Taedong County`: `in` right after the head noun says where the body is, unless
  // Koreans abroad name their body by the country (`Korean Youth League in Japan`).
  const located = HEAD_THEN_IN.exec(name);
  if (located !== null) {
    const headEnd = located.index + (located[1]?.length ?? 0);
    const abroad = /\bKoreans?\b/.test(name.slice(0, headEnd));
    if (!abroad || !countryAt(offset + headEnd + ' in '.length)) name = name.slice(0, headEnd);
  }
  // `... Science in the DPRK`, `Party for ... in the Seoul`: `in the` locates the body, unless
  // Koreans abroad name their body so (`Federation of Koreans in the United States`).
  // `Federation of University Students in the 21st Century`: a century is no place.
  const inThe = name.search(/ in the (?!\d{1,2}(?:st|nd|rd|th) Century\b)/);
  if (
    inThe > 0 &&
    !(
      /\bKoreans?\b/.test(name.slice(0, inThe)) &&
      /^the \S+(?: \S+){0,2}$/.test(name.slice(inThe + 4)) &&
      countryAt(offset + inThe + 4)
    )
  )
    name = name.slice(0, inThe);
  // `... in the 21st Century and Internet radio ...`: the century closes the name.
  name = name.replace(CENTURY_THEN_AND, '$1');
  const words = name.split(/\s+/);
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      CUT_WORDS.has(w) &&
      !(
        MONTHS.has(w) &&
        // `June 15 Joint Declaration`, `Society of April Revolution`: a month inside a name.
        ((DAY_IN_NAME.test(words[i + 1] ?? '') && i + 2 < words.length) ||
          (/^[A-Z][a-z]+$/.test(words[i + 1] ?? '') &&
            !CUT_WORDS.has(words[i + 1] ?? '') &&
            !/^(?:in|on|since|from|until|by)$/.test(words[i - 1] ?? '')))
      ),
  );
  if (cut > 0) name = words.slice(0, cut).join(' ');
  name = name.replace(/[’']s$/, '').trimEnd();
  for (let prev = ''; prev !== name;) {
    prev = name;
    name = name.replace(/\s+(?:of|for|on|in|the|and)$/, '');
  }
  // `University of Damascus of Syria`: a second `of <Place>` says where the body is, not its name
  // (`Ministry of Land and Environment Protection of the DPRK` is written as its name).
  name = name.replace(
    /^(\p{Lu}\p{L}+ of \p{Lu}[\p{L}-]*)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u,
    '$1',
  );
  return { name, offset };
}

/** Two bodies joined by `and`: the second has capitalised words of its own before its head. */
const TWO_BODIES = new RegExp(
  `^(.+?) and (?:the )?(?=(?:${CAP_WORD} ){1,5}(?:${ORG_HEADS})\\b)`,
  'u',
);
const US_PLACED =
  /^U\.S\. (?:[A-Z][\p{L}'’-]* ){0,5}(?:Company|Corporation|Group|University|College|School|Institute|Association|Center|Centre|Factory|Works|Mill|House)\b/u;
const FIRST_HEAD = new RegExp(`\\b(?:${ORG_HEADS})\\b`, 'u');
/** `Communist Party of India`, `Nepal Communist Party`: a party that may take a qualifier. */
const PARTY_AT_END = /\bParty(?: of (?:the )?[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)?)?$/u;
/**
 * `(Marxist-Leninist)`, `(Proletarian Action)`, `(Communist) of Bulgaria`: a faction's qualifier in
 * words (not an acronym: `(CPI)`), part of the party's name.
 */
const PARTY_QUALIFIER =
  /^ \([A-Z][a-z]+(?:[-－][A-Z][a-z]+)*(?: [A-Z][a-z]+(?:[-－][A-Z][a-z]+)*){0,2}\)(?: of (?:the )?[A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)?)?/u;
/** `Moranbong Secondary School No. 1`, `Huichon Power Station No. 2`: the number is the name's. */
const NUMBERED_AFTER = /\b(?:School|Station)$/;
const NUMBER_SUFFIX = /^ No\. ?\d{1,3}\b/;
const NUMBER_SUFFIX_AT_END = / No\. ?\d{1,3}$/;
/**
 * A body's own name in quotes right after its kind (`Benin-Korea Amicable Association "Long Live
 * Kim Jong Il, Supreme Leader"`, `Folk Art Troupe "Izvor De Valcea"`, `Russian International
 * Charity Fund "Protectors of Arts for the Century"`): part of the name as first written. A listed
 * body (`World Meteorological Organization "Climate for You"`, a theme) never comes here.
 */
const QUOTED_NAME = /^ ["“]\p{Lu}[^"”\n]{0,60}["”]/u;
const MAX_QUOTED_WORDS = 8;

/** Heads of schools, which KCNA lists side by side (`... University of ... and ... College`). */
const SCHOOL_HEADS = new Set(['University', 'College', 'Institute', 'School', 'Academy']);

/**
 * Whether `left and right` names two bodies: the left one is a chain (`University of Technology`,
 * not `Union Solidarity` or a comma list's item) and both have the same head, or both are schools.
 */
function twoBodies(left: string, right: string): boolean {
  if (HEAD_AT_END.test(left) || /, [A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*)?$/u.test(left))
    return false;
  const a = FIRST_HEAD.exec(left);
  const b = FIRST_HEAD.exec(right)?.[0];
  if (a === null || b === undefined || a.index === 0) return false;
  return a[0] === b || (SCHOOL_HEADS.has(a[0]) && SCHOOL_HEADS.has(b));
}

/** The head right after a blocked phrase inside a name: `... Prize Council`. */
const HEAD_AFTER = new RegExp(`^ (?:${ORG_HEADS})$`);
/** A chain that ends in a title before a person: `... for Commemorating ... of President `. */
const TITLE_CLOSING_CHAIN = new RegExp(
  `\\b(?:${ORG_HEADS}) (?:for|of) .* (?:of|by) (?:the )?(?:Great Leader )?(?:President|Comrade|General|Leader|Marshal) $`,
);

/** ` of (the) ` inside a name: where an organ's name meets its parent's. */
const OF_SPLIT = / of (?:the )?(?=\p{Lu})/gu;
/**
 * A parent's name: a head among its first capitalised words, with two words before it or a chain
 * after it (`Family Movement for ...`, `Brazilian Communist Party`; not `Soviet Union`).
 */
const PARENT_NAME = new RegExp(
  `^(?:(?:[A-Z][\\p{L}'’-]* |${ABBREVIATION} ){2,6}(?:${ORG_HEADS})\\b|(?:[A-Z][\\p{L}'’-]* |${ABBREVIATION} ){0,6}(?:${ORG_HEADS}) (?:of|for|in|on) )`,
  'u',
);
/** `Congress of the Lao People's Revolutionary Party`, `Fourth Eurasian Women's Forum`: meetings. */
const MEETING = /^(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)) )*?Congress\b(?! of the United States)/;
/** `the 41st International Economic Forum`: an ordinal before a forum numbers a meeting. */
const ORDINAL_BEFORE = /\b\d+(?:st|nd|rd|th) $/;
const ORDINAL_FIRST =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d+(?:st|nd|rd|th)) /;

/**
 * `Regional Committee of the Overseas Side Committee for ...`, `Institute for American Studies of
 * the Foreign Ministry of the DPRK`: an organ written with its parent. The parent starts after the
 * first ` of (the) ` that is followed by a listed body or by a name with a head of its own.
 */
function parentInside(
  text: string,
  start: number,
  end: number,
  known: SpanIndex<ActorMention>,
): { start: number; end: number; known?: ActorMention } | undefined {
  const name = text.slice(start, end);
  OF_SPLIT.lastIndex = 0;
  for (let m = OF_SPLIT.exec(name); m !== null; m = OF_SPLIT.exec(name)) {
    const at = start + m.index + m[0].length;
    // A listed alias may take the article itself (`the Foreign Ministry of the DPRK`).
    const listed = known
      .overlapping(start + m.index + 1, at + 1)
      .find(
        (k) =>
          (k.start === at || k.start === start + m.index + ' of '.length) &&
          k.entry.kind !== 'country' &&
          k.entry.kind !== 'person',
      );
    if (listed !== undefined)
      return { start: listed.start, end: Math.max(end, listed.end), known: listed };
    // `Study of Comrade Kim Jong Il's Works` names writings, not a body.
    const rest = text.slice(at, end);
    // `Study of Works of Comrade Kim Il Sung`: writings again, not a company.
    if (PARENT_NAME.test(rest) && !/['’]s /.test(rest) && !/^Works of /.test(rest))
      return { start: at, end };
  }
  return undefined;
}

/** A listed body's acronym: `UN`, `U.N.`, `EU`. */
const BODY_ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;

/**
 * An acronym in brackets, as a text introduces one: `Communist Party of Vietnam (CPV)`. Shared by
 * the introduction `findAcronymMentions` reads (ACRONYM_AFTER) and the scan for every one in a
 * text (BRACKETED_ACRONYM), so the two agree on what was introduced.
 */
const ACRONYM_IN_BRACKETS = String.raw`\(([A-Z][A-Z&-]{1,9})\)`;

/** Acronyms a text introduces in brackets, anywhere in it. */
const BRACKETED_ACRONYM = new RegExp(ACRONYM_IN_BRACKETS, 'g');

/**
 * `UN Relief and Works Agency`, `SPA Legislation Committee`: a listed body's acronym opening a
 * name is its parent, written inside it (docs/annotation-rules.md: the parent is an actor too).
 * Not one the text introduces in brackets after another name (`CPV Central Committee` after
 * `Communist Party of Vietnam (CPV)`), which `findAcronymMentions` resolves.
 */
function acronymParent(
  text: string,
  start: number,
  end: number,
  known: SpanIndex<ActorMention>,
  introducedAs: (acronym: ActorMention) => boolean,
): { start: number; end: number; known: ActorMention } | undefined {
  const listed = known
    .overlapping(start, start + 1)
    .find(
      (k) =>
        k.start === start &&
        k.end < end &&
        text[k.end] === ' ' &&
        k.entry.kind === 'organization' &&
        BODY_ACRONYM.test(k.surface) &&
        introducedAs(k),
    );
  return listed === undefined ? undefined : { start: listed.start, end: listed.end, known: listed };
}

/**
 * Heads of enterprises and institutions that are also places: `the Okdok Farm`, `Okryu
 * Restaurant`, `Okryu Children's Hospital` (an actor where its medical workers act).
 */
const ENTERPRISE_HEAD =
  /\b(?:Farm|Factory|Works|Mill|Smeltery|Restaurant|Hospital|Complex|Mine|Plant|Station|Manufactory)$/;
/**
 * Enterprises that are companies (factories, mills, works, complexes, a plant named by what it
 * makes: `Huichon Ryonha General Machinery Plant`, not a power plant): actors unless just built.
 * A `Health Complex` (bathhouse, pool and salon) or a `Swimming Pool Complex` is a public-service
 * place like a restaurant: an actor only where it acts.
 */
const COMPANY_HEAD =
  /\b(?:Factory|Works|Mill|Smeltery|(?<!\b(?:Health|Pool) )Complex|Manufactory|(?<=\b(?:Machine|Machinery|Steel|Tractor|Cement|Motorcar|Automobile|Vehicle|Printing|Processing|Chemical|Fertilizer|Glass|Tire|Tyre|Bearing|Tool|Equipment|Shipbuilding) )Plant)$/;
/** `Fukushima Nuclear Power Plant of Japan`: a country after the head does not hide it. */
const PLACE_OF = / of (?:the )?[A-Z][\p{L}.'’-]*$/u;
const headOf = (surface: string): string =>
  surface.replace(PLACE_OF, '').replace(NUMBER_SUFFIX_AT_END, '');
/** `Selected Works of Kim Jong Il`, `Works of Lady Writers`: writings, not a company. */
const WRITINGS = /^(?:Selected |Complete |Collected )?Works of /;
/**
 * `Workers of the Sangwon Cement Complex`, `officials at the Manpho Smeltery`, `the workteam No. 2
 * of the Kangan Farm`: the people or a sub-unit of an enterprise act for it.
 */
const PEOPLE_OF =
  /\b(?:(?:official|worker|employee|member|miner|farmer|player|manager|technician|team|workteam|sub-workteam|workshop)s?|staff|working people)(?: No\. \d+)?(?: and [a-z]+)? (?:of|at) (?:the )?$/i;
/** Where a sentence or a listed item begins: `The Sodusu Power Station has produced ...`. */
const CLAUSE_START = /(?:^|[.!?;:]\s+|\n\s*|--\s*|-\s+|\bwhile\s+)(?:[Tt]he\s+)?$/;
/**
 * A subject placed or owned before its verb: `The Ilhae Farm in Jongju City of North Phyongan
 * Province of the DPRK has reaped`, `The ... Coal Mine under the Sunchon Area ... Complex has`.
 */
const PLACED_SUBJECT =
  /^\s+(?:in|under) (?:the )?[A-Z][\p{L}'’-]*(?: (?:of the|of|[A-Z][\p{L}'’-]*))* (?:has|have|had|(?!located|situated)[a-z]+ed)\b(?! (?:been )?(?:newly )?(?:built|constructed|completed|founded|opened|inaugurated)\b)/u;
/** A subject that is built, not acting: `... Factory was newly built and inaugurated`. */
const BUILT_AFTER =
  /^\s+(?:was|were|is|are|has been|have been)\s+(?:newly\s+|successfully\s+|also\s+)?(?:built|constructed|inaugurated|completed|founded|set up|opened|rebuilt|renovated|reconstructed|modernized|remodeled|furnished|equipped|refurbished)\b/;

/**
 * An enterprise acts (docs/annotation-rules.md: companies are actors, facilities are not) when its
 * people act for it or it is a sentence's subject; `at the Namsang Farm` is only a place. A company
 * (`the Rakwon Machine Complex`) acts wherever it is named, except as a newly built building.
 */
function enterpriseActs(text: string, start: number, end: number, company: boolean): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (PEOPLE_OF.test(before)) return true;
  const after = text.slice(end, end + 100);
  if (company) return !BUILT_AFTER.test(after);
  return (
    CLAUSE_START.test(before) &&
    /^\s+[a-z]/.test(after) &&
    !BUILT_AFTER.test(after) &&
    (!/^\s+(?:in|at|of|and|on|to|for|under|near|from|with)\b/.test(after) ||
      PLACED_SUBJECT.test(after))
  );
}

/** Between two items of one list: `the Sinhung Farm in Hanggu District, the Taedae ... Farm`. */
const LIST_GAP = /^(?: in [A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’-]*){0,3})?(?:,| and|, and) (?:the )?$/u;

/**
 * Enterprises listed together share their part: when one acts (`members ... at the Sinhung Farm
 * ..., the Taedae Vegetable Farm ... have conducted`), so do the others. One pass each way.
 */
function actWithListed(text: string, found: readonly ActorMention[], acting: Set<string>): void {
  const items = found
    .filter((o) => ENTERPRISE_HEAD.test(headOf(o.surface)))
    .sort((a, b) => a.start - b.start);
  // Only an item that acts in the sentence speaks for the list: a company named in a list of
  // places visited (`visited the ... Pig Farm, ... Factory`) does not.
  const acts = items.map((o) => enterpriseActs(text, o.start, o.end, false));
  const listed = (a: ActorMention, b: ActorMention): boolean =>
    b.start > a.end && b.start - a.end <= 60 && LIST_GAP.test(text.slice(a.end, b.start));
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a !== undefined && b !== undefined && acts[i - 1] === true && listed(a, b)) {
      acting.add(b.entry.key);
      acts[i] = true;
    }
  }
  for (let i = items.length - 1; i > 0; i--) {
    const a = items[i - 1];
    const b = items[i];
    if (a !== undefined && b !== undefined && acts[i] === true && listed(a, b)) {
      acting.add(a.entry.key);
      acts[i - 1] = true;
    }
  }
}

/** KCNA's lower-case demonym before a body's name: `the south Korean Teachers Union`. */
const LOWER_DEMONYM = /^(?:south|north) Korean$/;

/** Extractor name of an organ found with its parent (dropped when only in titles). */
export const ORGAN_EXTRACTOR = 'actors/org-organ';

/**
 * Named organizations and outlets the gazetteer does not list. Gazetteer actors own their text: a
 * candidate that overlaps a non-country gazetteer match, or equals a country alias
 * (`Russian Federation`), is dropped. Countries inside a name stay mentions of their own.
 */
export function findOrganizations(
  text: string,
  known: readonly ActorMention[],
  blocked: readonly BlockedSpan[],
  absorbed: ActorMention[] = [],
): ActorMention[] {
  const out: ActorMention[] = [];
  // One index per pass: each pass adds in start order, so its index only ever appends.
  const taken: SpanIndex[] = [];
  const blockedIndex = new SpanIndex(blocked);
  const knownIndex = new SpanIndex(known);
  const afterDemonym = new Set<ActorMention>();
  // Where each acronym in brackets is introduced (the end of the name before it), and whether a
  // listed acronym is introduced only after its own name there (one answer per acronym and key).
  let bracketed: Map<string, number[]> | undefined;
  const introduced = new Map<string, boolean>();
  const introducedAs = (acronym: ActorMention): boolean => {
    const id = `${acronym.surface}|${acronym.entry.key}`;
    let answer = introduced.get(id);
    if (answer !== undefined) return answer;
    if (bracketed === undefined) {
      bracketed = new Map();
      for (const m of text.matchAll(BRACKETED_ACRONYM)) {
        const before = m.index - (text[m.index - 1] === ' ' ? 1 : 0);
        const at = bracketed.get(m[1] ?? '');
        if (at === undefined) bracketed.set(m[1] ?? '', [before]);
        else at.push(before);
      }
    }
    answer = (bracketed.get(acronym.surface) ?? []).every((before) =>
      acronym.entry.aliases.some(
        (a) => a.length > acronym.surface.length && text.endsWith(a, before),
      ),
    );
    introduced.set(id, answer);
    return answer;
  };
  const consider = (re: RegExp, kind: 'organization' | 'outlet'): void => {
    const takenNow = new SpanIndex();
    taken.push(takenNow);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // `AKP News Agency`, `Sakirmata TV Broadcasting Service`: still a press body, whole.
      const bodyAfter =
        kind === 'outlet'
          ? BODY_AFTER_OUTLET.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))
          : null;
      if (bodyAfter !== null && !/(?:Agency|Service)$/.test(bodyAfter[0])) continue;
      // `Union of Agricultural Working People Ri Myong Gil`: a name glued to a title ends it.
      const person = knownIndex
        .overlapping(m.index + 1, m.index + m[0].length)
        .find(
          (k) =>
            k.extractor === 'actors/person-pattern' &&
            k.start > m.index &&
            /\p{Lu}[\p{L}'’-]* $/u.test(text.slice(Math.max(m.index, k.start - 30), k.start)),
        );
      let raw = person === undefined ? m[0] : m[0].slice(0, person.start - m.index).trimEnd();
      // `Phyongbuk University of Technology and Sariwon ... University of Agriculture`: two bodies;
      // the next search starts at the second.
      const pair = TWO_BODIES.exec(raw);
      if (pair?.[1] !== undefined && twoBodies(pair[1], raw.slice(pair[0].length))) {
        raw = pair[1];
        re.lastIndex = m.index + pair[0].length;
      }
      const cleaned = cleanName(raw, (i) => {
        const at = m.index + i + (raw.startsWith('the ', i) ? 4 : 0);
        return knownIndex
          .overlapping(at, at + 1)
          .some((k) => k.start === at && k.entry.kind === 'country');
      });
      let { name } = cleaned;
      let start = m.index + cleaned.offset;
      let end = start + name.length;
      // `the U.S. Brown University`, `U.S. House of ...`: before a company, a school or a chamber
      // `U.S.` only says where it is.
      if (US_PLACED.test(name)) {
        start += 'U.S. '.length;
        name = name.slice('U.S. '.length);
      }
      // `the Vietnamese Ministry of Agriculture`: the country owns the ministry (as the gazetteer's
      // `Chinese Foreign Ministry` -> Foreign Ministry of China); it is not part of the name. A
      // possessive owns any body (`Spain's Ministry of Employment`), unless the rest is generic.
      const owner = knownIndex
        .overlapping(start, start + 1)
        .find((k) => k.start === start && k.entry.kind === 'country');
      const possessive =
        owner === undefined ? null : POSSESSIVE_OWNER.exec(text.slice(owner.end, end));
      const ownerGap =
        owner === undefined
          ? null
          : (MINISTRY_OF.exec(text.slice(owner.end, end)) ??
            (possessive !== null && !isGeneric(text.slice(owner.end + possessive[0].length, end))
              ? possessive
              : null));
      if (owner !== undefined && ownerGap !== null) {
        start = owner.end + ownerGap[0].length;
        name = text.slice(start, end);
      }
      const words = name.split(/\s+/);
      if (words.length < 2 || WRITINGS.test(name)) continue;
      // A party's qualifier and a school's or station's number complete the name (added below,
      // after the checks on the name itself); a country in brackets only says where it is.
      let suffix = (
        PARTY_AT_END.test(name)
          ? PARTY_QUALIFIER
          : NUMBERED_AFTER.test(name) && words.length >= 3
            ? NUMBER_SUFFIX
            : null
      )?.exec(text.slice(end, end + 80));
      if (
        suffix != null &&
        knownIndex.overlapping(end + 2, end + 3).some((k) => k.entry.kind === 'country')
      )
        suffix = null;
      // A quoted name may start with a country's word (`Communist Party "Russian Communists"`).
      if (suffix == null && kind === 'organization' && HEAD_AT_END.test(name)) {
        const quoted = QUOTED_NAME.exec(text.slice(end, end + 80));
        if (quoted !== null && quoted[0].trim().split(/\s+/).length <= MAX_QUOTED_WORDS)
          suffix = quoted;
      }
      const quotedFrom = suffix != null && /^ ["“]/.test(suffix[0]) ? end : undefined;
      if (PLACE_AFTER.test(text.slice(end, end + 12))) continue;
      // `Guards 2nd Torpedo Boat Group`: a numbered unit, whole (military-units.ts).
      if (
        /\bGroup$/.test(name) &&
        /\b\d{1,3}(?:st|nd|rd|th) $/.test(text.slice(Math.max(0, start - 6), start))
      )
        continue;
      // `United Front Department of ...`: the head word is part of an organ's name.
      if (/^ (?:Department|Branch|Chapter)\b/.test(text.slice(end, end + 12))) continue;
      // A party's name may be all generic words (`Democratic Labor Party`), an organ's not.
      // A bracketed qualifier makes a name of generic words (`Communist Party (Marxist)`).
      if (isGeneric(name) && suffix?.[0].startsWith(' (') !== true && quotedFrom === undefined)
        continue;
      if (kind === 'organization' && !HEAD_AT_END.test(name) && !HEAD_AT_START.test(name)) {
        // A continuation must still hang off a head noun: `Group for the Study of the Juche Idea`.
        if (!new RegExp(`\\b(?:${ORG_HEADS})\\s+(?:of|for|on|in|against)\\s`).test(name)) continue;
      }
      if (suffix != null) {
        end += suffix[0].length;
        name = text.slice(start, end);
      }
      if (taken.some((t) => t.overlaps(start, end))) continue;
      // A blocked phrase (`North American`, `Kim Il Sung University`) vetoes the name, unless it
      // only modifies a name that stands on its own: `North American Committee against Zionism`.
      const blockers = blockedIndex.overlapping(start, end);
      const blocker = blockers.length === 1 ? blockers[0] : undefined;
      if (
        blockers.length > 0 &&
        !(
          blocker !== undefined &&
          kind === 'organization' &&
          ((blocker.start === start &&
            text.slice(blocker.end, end).trim().split(/\s+/).length >= 3 &&
            ORG_HEAD_WORD.test(text.slice(blocker.end, end))) ||
            // `International Kim Il Sung Prize Council`: a prize's name inside, the head after it.
            (blocker.start > start &&
              blocker.start <= end &&
              HEAD_AFTER.test(text.slice(blocker.end, end))))
        )
      )
        continue;
      let parent =
        kind === 'organization'
          ? (parentInside(text, start, end, knownIndex) ??
            acronymParent(text, start, end, knownIndex, introducedAs))
          : undefined;
      if (parent !== undefined && parent.end > end) {
        end = parent.end;
        name = text.slice(start, end);
      }
      // A party's congress is a meeting: only the party is named.
      if (parent !== undefined && MEETING.test(text.slice(start, parent.start))) {
        if (parent.known !== undefined) continue;
        start = parent.start;
        name = text.slice(start, end);
        parent = undefined;
      }
      if (
        (ORDINAL_FIRST.test(name) ||
          ORDINAL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) &&
        /\b(?:Congress|Forum|Conference)$/.test(name)
      )
        continue;
      // `the south Korean Confederation of Trade Unions`: KCNA's lower-case `south` is no part of a
      // name, which starts at `Korean`; an outlet's brand starts after the demonym.
      const demonym = knownIndex
        .overlapping(start, start + 1)
        .find((k) => k.start < start && k.end > start && LOWER_DEMONYM.test(k.surface));
      if (demonym !== undefined && (kind === 'outlet' || /^Korean Ministry\b/.test(name))) {
        start = demonym.end + 1;
        name = text.slice(start, end);
        if (!/\s/.test(name)) continue; // `south Korean TV`
      }
      const inside = knownIndex.overlapping(start, end).filter((k) => k !== demonym);
      // `... Study of General Kim Jong Il's Works`: a person inside a name is part of the name.
      const people = inside.filter(
        (k) =>
          k.entry.kind === 'person' &&
          k.start > start &&
          (/^(?:['’]s)? [A-Z]/.test(text.slice(k.end, end + 1)) ||
            (quotedFrom !== undefined && k.start > quotedFrom)),
      );
      // `Preparatory Committee for Commemorating ... of President Kim Il Sung`: a titled person
      // closing a chain belongs to the name and stays an actor of his own.
      const closing = inside.find(
        (k) =>
          k.entry.kind === 'person' &&
          k.end === end &&
          TITLE_CLOSING_CHAIN.test(text.slice(start, k.start)),
      );
      if (
        inside.some(
          (k) =>
            k.start < start ||
            k.end > end ||
            (k.entry.kind !== 'country' &&
              k !== parent?.known &&
              k !== closing &&
              !people.includes(k)),
        )
      )
        continue;
      if (inside.some((k) => k.start === start && k.end === end)) continue;
      // `Russian Federation in Ulan-Ude`: the head noun belongs to a country's name.
      if (inside.some((k) => k.start === start && HEAD_AT_END.test(k.surface))) continue;
      // A bare country plus a head (`Russian Federation`, `Korean Association`?) needs one more word.
      const nonCountryWords = words.filter(
        (w) => !inside.some((k) => k.surface.split(/\s+/).includes(w.replace(/[’']s$/, ''))),
      );
      if (nonCountryWords.length < 2 && kind === 'organization') continue;
      // `British TV`, `Russian radio`: a country and a broadcast medium name no outlet.
      if (nonCountryWords.length < 2 && /\b(?:TV|Television|Radio|Network)$/.test(name)) continue;
      // `the Israeli Haaretz Daily`: a leading demonym says where the outlet is, not its name;
      // `the Ugandan National Radio`, `Lao National Television`: a generic rest needs its country.
      const lead = inside.find((k) => k.start === start);
      const rest = lead === undefined ? '' : text.slice(lead.end, end);
      const brand =
        kind === 'outlet' &&
        lead !== undefined &&
        nonCountryWords.length >= 2 &&
        !(/^\s/.test(rest) && GENERIC_BROADCASTER.test(rest.trim()))
          ? rest.replace(/^(?:['’]s)?\s+/, '')
          : name;
      // `Guinean Agency of Press`: a press agency is an outlet, whatever its head noun.
      const entryKind = kind === 'organization' && PRESS_BODY.test(name) ? 'outlet' : kind;
      const parentName = parent === undefined ? '' : text.slice(parent.start, parent.end);
      const parentEntry: GazetteerEntry | undefined =
        parent === undefined
          ? undefined
          : (parent.known?.entry ?? organizationAsWritten(parentName));
      const entry: GazetteerEntry = {
        key: `${entryKind}:${slugify(brand)}`,
        name: brand,
        kind: entryKind,
        aliases: [name],
        ...(parentEntry === undefined ? {} : { partOf: parentEntry.key }),
      };
      if (parent !== undefined && parentEntry !== undefined && parent.known === undefined)
        out.push({
          start: parent.start,
          end: parent.end,
          surface: parentName,
          entry: parentEntry,
          extractor: 'actors/org-pattern',
          confidence: 0.65,
        });
      absorbed.push(...people);
      const extractor =
        parentEntry !== undefined
          ? ORGAN_EXTRACTOR
          : `actors/${kind === 'outlet' ? 'outlet' : 'org'}-pattern`;
      const mention: ActorMention = {
        start,
        end,
        surface: name,
        entry,
        extractor,
        confidence: 0.65,
      };
      if (demonym !== undefined && kind === 'organization') afterDemonym.add(mention);
      out.push(mention);
      takenNow.add({ start, end });
    }
  };
  consider(OUTLET_RE, 'outlet');
  consider(ORG_RE, 'organization');
  // `south Korean Human Rights Committee` beside `Human Rights Committee of south Korea`: the
  // body's name lacks `Korean`, so the other mention names it.
  const plainNames = new Set<string>();
  for (const o of out)
    if (!afterDemonym.has(o)) plainNames.add(o.surface.replace(/ of (?:the )?.*$/, ''));
  // An enterprise none of whose mentions acts is a place named in the text, not an actor.
  const acting = new Set<string>();
  for (const o of out)
    if (
      (!ENTERPRISE_HEAD.test(headOf(o.surface)) ||
        enterpriseActs(text, o.start, o.end, COMPANY_HEAD.test(headOf(o.surface)))) &&
      !(afterDemonym.has(o) && plainNames.has(o.surface.slice('Korean '.length)))
    )
      acting.add(o.entry.key);
  actWithListed(text, out, acting);
  return out.filter((o) => acting.has(o.entry.key));
}

/** `National Aerospace Technology Administration (NATA)`: the acronym introduced for a body. */
const ACRONYM_AFTER = new RegExp(String.raw`^\s*${ACRONYM_IN_BRACKETS}`);
const CAPITALS = /\b[A-Z][A-Z&-]{1,9}\b/g;
/** A listed acronym that another body's initials may claim: three letters or more (`UN` stays). */
const LISTED_ACRONYM = /^[A-Z]{3,6}$/;
/** Words an acronym skips: `Association for the Restoration of the Fatherland` is the ARF. */
const INITIALS_SKIP = /^(?:of|the|for|and|in|on|with|to)$/;

const withoutSkips = (name: string): string =>
  name
    .split(' ')
    .filter((w) => !INITIALS_SKIP.test(w))
    .join(' ');

/** The initials of a name whose other words are all capitalised, else undefined. */
function initialsOf(name: string): string | undefined {
  let out = '';
  for (const word of name.split(' ')) {
    if (INITIALS_SKIP.test(word)) continue;
    if (!/^[A-Z][\p{L}'’]*$/u.test(word)) return undefined;
    out += word[0];
  }
  return out.length >= 3 ? out : undefined;
}

/**
 * Later mentions of an acronym the text introduced in brackets after an organization or outlet
 * (`... (NATA) ... the vice general director of the NATA said`), over a listed meaning of the same
 * letters (`Communist Party of Vietnam (CPV)` is not the Chinese People's Volunteers there). An
 * acronym introduced for two bodies is ambiguous and left alone. A listed acronym whose listed body
 * the text never spells out, written after a body the text does spell out with those initials, is
 * that body's too (`the CPC` after the Communist Party of Cuba, `ARF` after the Association for the
 * Restoration of the Fatherland). One pass over the capitalised words, so it stays linear.
 */
export function findAcronymMentions(
  text: string,
  bodies: readonly ActorMention[],
  occupied: readonly Span[],
): ActorMention[] {
  const byAcronym = new Map<string, ActorMention | null>();
  const introduce = (acronym: string, body: ActorMention): void => {
    const prior = byAcronym.get(acronym);
    byAcronym.set(
      acronym,
      prior === undefined || prior?.entry.key === body.entry.key ? body : null,
    );
  };
  for (const body of bodies) {
    if (body.entry.kind !== 'organization' && body.entry.kind !== 'outlet') continue;
    const acronym = ACRONYM_AFTER.exec(text.slice(body.end, body.end + 16))?.[1];
    if (acronym !== undefined) introduce(acronym, body);
  }
  const listedAcronym = new Map<string, ActorMention>();
  const spelledOut = new Set<string>();
  for (const body of bodies) {
    if (body.extractor === 'actors/gazetteer' && LISTED_ACRONYM.test(body.surface))
      listedAcronym.set(body.surface, body);
    else spelledOut.add(body.entry.key);
  }
  if (listedAcronym.size > 0) {
    const bracketed = new Set(byAcronym.keys());
    for (const body of bodies) {
      if (body.entry.kind !== 'organization' || !spelledOut.has(body.entry.key)) continue;
      const initials = initialsOf(body.surface);
      const listed = initials === undefined ? undefined : listedAcronym.get(initials)?.entry;
      if (initials === undefined || listed === undefined || bracketed.has(initials)) continue;
      // `International Institute of Juche Idea` is the listed IIJI written without its `the`.
      if (listed.key === body.entry.key || spelledOut.has(listed.key)) continue;
      if (withoutSkips(listed.name) !== withoutSkips(body.surface)) introduce(initials, body);
    }
  }
  if (byAcronym.size === 0) return [];
  const taken = new SpanIndex(occupied);
  const out: ActorMention[] = [];
  CAPITALS.lastIndex = 0;
  for (let m = CAPITALS.exec(text); m !== null; m = CAPITALS.exec(text)) {
    const body = byAcronym.get(m[0]);
    if (body === undefined || body === null || m.index < body.end) continue;
    const end = m.index + m[0].length;
    // A listed meaning of the same letters (`CPV`) yields to the one the text introduced.
    const under = taken.overlapping(m.index, end);
    if (under.some((o) => o.start !== m.index || o.end !== end)) continue;
    out.push({
      start: m.index,
      end,
      surface: m[0],
      entry: body.entry,
      extractor: 'actors/acronym',
      confidence: 0.8,
    });
  }
  return out;
}
