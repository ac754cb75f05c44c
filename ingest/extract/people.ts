import nlp from 'compromise';
import { slugify } from '../keys';
import type { GazetteerEntry } from '../gazetteer';
import type { ActorMention, BlockedSpan } from './actor-matcher';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words';
import { SpanIndex, type Span } from './span-index';

/** Romanised Korean surnames as KCNA and Seoul spell them. */
const KOREAN_SURNAMES = new Set([
  'Kim',
  'Ri',
  'Rim',
  'Pak',
  'Choe',
  'Jo',
  'Jang',
  'Kang',
  'Han',
  'Yun',
  'Ryu',
  'Hong',
  'Hyon',
  'Ju',
  'Yang',
  'Son',
  'Ro',
  'Paek',
  'Chae',
  'Thae',
  'Kwon',
  'Hwang',
  'Sin',
  'Song',
  'Jon',
  'Mun',
  'Chon',
  'Tong',
  'Ham',
  'Nam',
  'Ra',
  'Ko',
  'Cha',
  'Pyon',
  'Kye',
  'So',
  'Kil',
  'Kwak',
  'Min',
  'Myong',
  'Ryom',
  'Sim',
  'Sok',
  'Yom',
  'Jin',
  'Cho',
  'Lee',
  'Park',
  'Choi',
  'Moon',
  'Yoon',
  'Chung',
  'Jung',
  'Shin',
  'Oh',
  'Bae',
  'Baek',
  'Seo',
  'Ahn',
  'Yoo',
  'Jeon',
  'Lim',
  'Ryang',
  'Tae',
  'Jong',
  'Yu',
  'Wang',
  'An',
  'Ok',
  'Sung',
  'Hyun',
  'Kwan',
  'Ma',
  'Pae',
]);

/** Capitalised English words that look like syllables of a Korean given name but are not. */
const NOT_SYLLABLES = new Set([
  'The',
  'And',
  'Was',
  'Has',
  'Had',
  'Met',
  'Sent',
  'Gave',
  'Took',
  'Made',
  'Said',
  'Says',
  'Will',
  'Also',
  'Held',
  'Is',
  'In',
  'On',
  'At',
  'To',
  'Of',
  'For',
  'Who',
  'His',
  'Her',
  'Led',
  'Got',
  'Set',
  'Won',
  'Saw',
  'Let',
  'Put',
  'Did',
  'Day',
  'Year',
  'Area',
  'Park',
  'Hall',
  'Sea',
  'Bay',
  'Road',
  'Line',
  'Unit',
  'Team',
  'Club',
  'Mine',
  'Farm',
  'Mill',
  'City',
  'Town',
  'Works',
  'Plant',
  'Party',
  'Army',
  'Visit',
  'Meets',
  'Visits',
  'Sends',
  'Goes',
  'Gets',
  'Calls',
  'Hosts',
  'Prize',
  'Order',
  'Medal',
  'Youth',
  'Urged',
  'Hit',
  'Slams',
  'Are',
  'Were',
  'Not',
  'But',
  'Via',
  'By',
  'An',
  'As',
  'If',
  'Or',
  'So',
  'Up',
  'Out',
  'New',
  'Old',
  'Big',
  'Top',
  'Ave',
  'Dam',
  'Pass',
  'Peak',
  'Port',
  'Cup',
  'Fund',
  'Bank',
  'Zone',
  'Camp',
  'Base',
  'Unit',
  'Tower',
  'Gate',
  'Arch',
]);

/**
 * One romanised Korean syllable (McCune-Reischauer as KCNA writes it, plus common Seoul spellings):
 * optional initial, vowel, optional final. `Iron` or `Prize` fail, `Thaek`, `Kkyok`, `Yeol` pass.
 */
const SYLLABLE =
  /^(?:Kk|Tt|Pp|Ss|Jj|Ch|Kh|Th|Ph|Sh|[KGNDRLMBSJCHTPYW])?(?:wae|yae|ae|oe|ui|eo|eu|ya|yo|yu|ye|wa|wo|wi|we|oo|ee|ou|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r|g|b)?$/i;

const TITLE_BEFORE =
  /(?:\b(?:President|Prime Minister|Premier|Minister|Secretary|Secretary-General|Mr\.|Mrs\.|Ms\.|Dr\.|Ambassador|Senator|Governor|General|Gen\.|Chairman|Chairwoman|Director|Professor|Prof\.|Pope|King|Queen|Prince|Princess|Emperor|Admiral|Chancellor|Vice-President|Vice President|Speaker|Mayor|Commander|Envoy|envoy|Representative|Congressman|Congresswoman|Sheikh|Lord|Lady|Marshal|Comrade|leader|spokesman|spokeswoman|spokesperson|chairman|president|minister|secretary|ambassador|director|Colonel|Lieutenant|Captain|Sergeant|Major)\s+)$/;

/** Titles that a capitalised run can carry before the name (`Guatemalan President Alvaro Colom`). */
const TITLE_WORDS = new Set([
  'President',
  'Premier',
  'Minister',
  'Secretary',
  'Ambassador',
  'Chairman',
  'Chairwoman',
  'Director',
  'Governor',
  'Senator',
  'Mayor',
  'Chancellor',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Emperor',
  'Pope',
]);
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** Role words that start an appositive: `Anders Kristensen, chairman of ...`. */
const APPOSITIVE_AFTER =
  /^,\s+(?:a\s+|an\s+|the\s+|former\s+|then\s+|acting\s+|honorary\s+|first\s+|deputy\s+|vice-)?(?:chairman|chairwoman|chairperson|president|director|chief|secretary|leader|head|member|minister|ambassador|editor|professor|representative|spokesman|spokeswoman|spokesperson|adviser|advisor|founder|general|senior|lecturer|researcher|analyst|commentator|journalist|expert|scholar|writer|author|correspondent|official|premier|prime minister|governor|mayor|senator|councilor|lawyer|activist|coordinator|executive|manager|veteran|priest|pastor|doctor|scientist|politician|diplomat|dean|rector|principal|MP|vice)\b/;

/** Words that mark a capitalised sequence as an institution, place or event, not a person. */
const NON_PERSON_WORDS = new Set([
  'Association',
  'Committee',
  'Party',
  'Union',
  'Council',
  'Institute',
  'Group',
  'Society',
  'Federation',
  'Front',
  'League',
  'Movement',
  'Ministry',
  'Company',
  'Agency',
  'University',
  'School',
  'Hall',
  'Square',
  'Street',
  'Day',
  'War',
  'Peninsula',
  'Island',
  'Islands',
  'Sea',
  'Mountain',
  'Mt',
  'Palace',
  'Museum',
  'Plant',
  'Factory',
  'Works',
  'Farm',
  'Station',
  'Airport',
  'Bridge',
  'Republic',
  'Kingdom',
  'Empire',
  'Forces',
  'Army',
  'Navy',
  'Air',
  'Force',
  'Command',
  'Declaration',
  'Statement',
  'Treaty',
  'Agreement',
  'Conference',
  'Congress',
  'Assembly',
  'Order',
  'Prize',
  'Medal',
  'Idea',
  'Juche',
  'Songun',
  'Center',
  'Centre',
  'Foundation',
  'Library',
  'Theatre',
  'Theater',
  'Park',
  'Stadium',
  'Province',
  'County',
  'City',
  'District',
  'Prefecture',
  'Region',
  'Church',
  'Club',
  'Bank',
  'Fund',
  'Office',
  'Department',
  'Bureau',
  'Service',
  'Times',
  'News',
  'Daily',
  'Post',
  'Press',
  'Radio',
  'TV',
  'Television',
  'Network',
  'Journal',
  'Review',
  'Herald',
  'Sinmun',
  'Shimbun',
  'Ilbo',
  'Corporation',
  'Co',
  'Inc',
  'Ltd',
  'Games',
  'Olympics',
  'Festival',
  'Exhibition',
  'Fair',
  'Year',
  'Month',
  'Week',
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  'Mission',
  'Delegation',
  'Embassy',
  'Consulate',
  'Government',
  'Cabinet',
  'Parliament',
  'Senate',
  'House',
  'Court',
  'Police',
  'Guards',
  'Division',
  'Corps',
  'Regiment',
  'Battalion',
  'Fleet',
  'Uprising',
  'Revolution',
  'Constitution',
  'Law',
  'Act',
  'Resolution',
  'Charter',
  'Program',
  'Programme',
  'Project',
  'Plan',
  'Strategy',
  'Policy',
  'Doctrine',
  'Initiative',
  'Summit',
  'Talks',
  'Forum',
  'Seminar',
  'Symposium',
  'Meeting',
  'Session',
  'Plenary',
  'Exercise',
  'Exercises',
  'Drill',
  'Drills',
  'Operation',
  'Crisis',
  'Incident',
  'Affair',
  'Case',
  'Report',
  'Award',
  'Cup',
  'Championship',
  'Academy',
  'College',
  'Hospital',
  'Research',
  'Study',
  'Studies',
  'Friendship',
  'Solidarity',
  'Peace',
  'Reunification',
  'Unification',
  'Independence',
  'Liberation',
  'Victory',
  'Kimilsungism',
  'Kimjongilism',
  'Internet',
  'Web',
  'Website',
  'Mr',
  'Secretary',
  'President',
  'Minister',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'He',
  'She',
  'They',
  'We',
  'Our',
  'Their',
  'His',
  'Her',
  'In',
  'On',
  'At',
  'For',
  'With',
  'From',
  'By',
  'To',
  'Of',
  'And',
  'But',
  'As',
  'After',
  'Before',
  'When',
  'While',
  'Although',
  'Meanwhile',
  'However',
  'Comrade',
  'Marshal',
  'General',
  'Premier',
  'Chairman',
  'Director',
  'Ambassador',
  'Prime',
  'Vice',
  'Deputy',
  'Foreign',
  'Defence',
  'Defense',
  'National',
  'International',
  'Central',
  'People',
  'Peoples',
  'Workers',
  'Korean',
  'Koreans',
  'Western',
  'Eastern',
  'Northern',
  'Southern',
  'Asian',
  'European',
  'African',
  'Arab',
  'Latin',
  'Supreme',
  'Leader',
  'Great',
  'Dear',
  'Respected',
  'Eternal',
  'Sun',
  'State',
  'States',
  'Affairs',
  'Democratic',
  'Socialist',
  'Communist',
  'Labour',
  'Labor',
  'Liberal',
  'Conservative',
  'Green',
  'Social',
  'Progressive',
  'Revolutionary',
  'Heroes',
  'Hero',
  'Labor',
  'Memorial',
  'Tower',
  'Arch',
  'Monument',
  'Statue',
  'Statues',
  'Mausoleum',
  'Cemetery',
  'Street',
  'Avenue',
  'Road',
  'Islet',
  'Islets',
  'River',
  'Lake',
  'Valley',
  'Plain',
  'Port',
  'Harbour',
  'Harbor',
  'Bay',
  'Gulf',
  'Strait',
]);

/** Word shapes allowed inside a western name: `Anders`, `W.`, `al-Assad`, `de`, `van`, `O'Brien`. */
const NAME_WORD = /^(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+)$/;
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'la',
  'le',
  'dos',
  'di',
]);

/**
 * compromise's lexicon (the data behind its `people()`): word -> tag. Looking names up directly is
 * ~1000x cheaper than parsing each candidate, which kept the 11k-article corpus run under 15 s.
 */
const LEXICON: Readonly<Record<string, string | readonly string[]>> =
  (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
const FIRST_NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName']);

function hasTag(word: string, tags: ReadonlySet<string>): boolean {
  const tag = LEXICON[word.toLowerCase()];
  if (tag === undefined) return false;
  return typeof tag === 'string' ? tags.has(tag) : tag.some((t) => tags.has(t));
}

/** A known first name followed by a surname-shaped word (`Anders Kristensen`, `Edward Snowden`). */
function lexiconSaysPerson(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (KOREAN_SURNAMES.has(first)) return false;
  return hasTag(first, FIRST_NAME_TAGS) && !hasTag(words[words.length - 1] ?? '', PLACE_TAGS);
}
const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);

function personEntry(name: string): GazetteerEntry {
  return { key: `person:${slugify(name)}`, name, kind: 'person', aliases: [name] };
}

/** Korean names: surname + two given-name syllables (`Choe Son Hui`), not followed by a place noun. */
const KOREAN_NAME = /\b([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,5}) ([A-Z][a-z]{0,6})\b/g;

/** Capitalised sequences of 2-4 words: candidates for western names. */
const CAP_SEQUENCE =
  /\b[A-Z][\p{L}'’-]+(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le|dos|di)\s+)?(?:[A-Z]\.|[A-Z][\p{L}'’-]+)){1,3}/gu;

/**
 * Finds people the gazetteer does not know. Conservative by design: a Korean three-part name must
 * start with a known surname and have syllable-shaped given names; a western name needs a title
 * before it, a role appositive after it, or compromise recognising its first name.
 */
export function findPeople(
  text: string,
  taken: readonly Span[],
  blocked: readonly BlockedSpan[],
): ActorMention[] {
  const out: ActorMention[] = [];
  const occupied = new SpanIndex<Span>([...taken, ...blocked]);
  KOREAN_NAME.lastIndex = 0;
  for (let m = KOREAN_NAME.exec(text); m !== null; m = KOREAN_NAME.exec(text)) {
    const [full, sur = '', g1 = '', g2 = ''] = m;
    if (!KOREAN_SURNAMES.has(sur)) {
      KOREAN_NAME.lastIndex = m.index + sur.length + 1; // retry from the next word
      continue;
    }
    const retry = (): void => {
      KOREAN_NAME.lastIndex = m.index + sur.length + 1;
    };
    if (!SYLLABLE.test(g1) || !SYLLABLE.test(g2)) {
      retry();
      continue;
    }
    if (NOT_SYLLABLES.has(g1) || NOT_SYLLABLES.has(g2) || NON_PERSON_WORDS.has(g2)) {
      retry();
      continue;
    }
    const start = m.index;
    const end = start + full.length;
    if (occupied.overlaps(start, end)) {
      retry();
      continue;
    }
    const after = text.slice(end, end + 20);
    if (/^ (?:[A-Z][a-z]+)/.test(after)) {
      const nextWord = /^ ([A-Z][a-z]+)/.exec(after)?.[1] ?? '';
      // `Kim Chaek University`: a place named after someone is not the person.
      if (NON_PERSON_WORDS.has(nextWord)) continue;
    }
    out.push({
      start,
      end,
      surface: full,
      entry: personEntry(full),
      extractor: 'actors/person-pattern',
      confidence: 0.8,
    });
    occupied.add({ start, end });
  }
  CAP_SEQUENCE.lastIndex = 0;
  for (let m = CAP_SEQUENCE.exec(text); m !== null; m = CAP_SEQUENCE.exec(text)) {
    const words = m[0].split(/\s+/);
    // Trim leading/trailing words that cannot be part of a name (`The`, `President`, `Association`).
    let a = 0;
    let b = words.length;
    let startOffset = m.index;
    const skipWord = (): void => {
      startOffset += (words[a] ?? '').length;
      while (/\s/.test(text[startOffset] ?? '')) startOffset++;
      a++;
    };
    while (a < b && (NON_PERSON_WORDS.has(words[a] ?? '') || !NAME_WORD.test(words[a] ?? ''))) {
      skipWord();
    }
    // `Iranian President Mahmoud Ahmadinejad Saturday`: the name runs from after the title to
    // before the calendar word.
    while (b > a && (PARTICLES.has(words[b - 1] ?? '') || CALENDAR_WORDS.has(words[b - 1] ?? '')))
      b--;
    const lastTitle = words.slice(a, b - 2).findLastIndex((w) => TITLE_WORDS.has(w));
    if (lastTitle >= 0) {
      const nameStart = a + lastTitle + 1;
      while (a < nameStart) skipWord();
    }
    const nameWords = words
      .slice(a, b)
      .map((w, i, all) => (i === all.length - 1 ? w.replace(/['’]s$/, '') : w));
    if (nameWords.length < 2 || nameWords.length > 4) continue;
    if (nameWords.some((w) => NON_PERSON_WORDS.has(w) || (!NAME_WORD.test(w) && !PARTICLES.has(w))))
      continue;
    if (/^[A-Z]\.$/.test(nameWords[nameWords.length - 1] ?? '')) continue;
    const name = nameWords.join(' ');
    const start = startOffset;
    const end = start + name.length;
    if (text.slice(start, end) !== name) continue; // irregular spacing: skip rather than misplace
    if (occupied.overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 60);
    const titled = TITLE_BEFORE.test(before);
    const appositive = APPOSITIVE_AFTER.test(after);
    if (!titled && !appositive && !lexiconSaysPerson(nameWords)) continue;
    out.push({
      start,
      end,
      surface: name,
      entry: personEntry(name),
      extractor: 'actors/person-pattern',
      confidence: titled || appositive ? 0.8 : 0.6,
    });
    occupied.add({ start, end });
  }
  return out;
}

/**
 * Later bare-surname mentions of a western person found earlier (`Kan's leadership` after
 * `Prime Minister Naoto Kan`). Korean surnames are skipped: `Kim` alone is everyone.
 */
export function findSurnameMentions(
  text: string,
  people: readonly ActorMention[],
  occupied: readonly Span[],
): ActorMention[] {
  const bySurname = new Map<string, ActorMention>();
  for (const p of people) {
    const parts = p.entry.name.split(' ');
    const first = parts[0] ?? '';
    if (KOREAN_SURNAMES.has(first) && parts.length === 3) continue;
    const last = parts[parts.length - 1] ?? '';
    if (last.length < 3 || NON_PERSON_WORDS.has(last)) continue;
    if (bySurname.has(last) && bySurname.get(last)?.entry.key !== p.entry.key) {
      bySurname.delete(last); // two people share it: ambiguous
      continue;
    }
    bySurname.set(last, p);
  }
  const out: ActorMention[] = [];
  const occupiedIndex = new SpanIndex(occupied);
  for (const [surname, person] of bySurname) {
    const re = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + surname.length;
      if (start < person.start || occupiedIndex.overlaps(start, end)) continue;
      out.push({ ...person, start, end, surface: surname, confidence: 0.7 });
    }
  }
  return out;
}
