import { personAsWritten } from './as-written';
import type { ActorMention } from './actor-matcher';
import { englishWord, namesPlaceOrBody, titledBefore } from './people';
import { MONTH_NAMES, WEEKDAY_NAMES } from './calendar-words';
import { artworkTitleSpans } from './quoted-titles';
import { SpanIndex, type Span } from './span-index';

/** Common Chinese family names in pinyin (one syllable; KCNA writes them first). */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  (
    'Bai Bo Cai Cao Chai Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Gong Gu ' +
    'Guo Han Hao He Hou Hu Huang Ji Jia Jiang Jin Kong Lai Lei Li Liang Liao Lin Liu Long Lu Luo ' +
    'Ma Mao Meng Nie Pan Peng Qian Qiao Qin Qiu Ren Shao Shen Shi Song Su Sun Tan Tang Tian Wan ' +
    'Wang Wei Wen Wu Xi Xia Xiao Xie Xiong Xu Xue Yan Yang Yao Ye Yin Yu Yuan Zeng Zhang Zhao ' +
    'Zheng Zhong Zhou Zhu Zou'
  ).split(' '),
);

/** Pinyin initials and finals; a syllable is an optional initial and a final. */
const INITIAL = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINAL =
  '(?:iang|iong|uang|uai|uan|ang|eng|ing|ong|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u)';
/** A given name of two syllables written as one word: `Hongcai`, `Jianzhu`, `Weihua`. */
const TWO_SYLLABLES = new RegExp(`^${INITIAL}${FINAL}${INITIAL}${FINAL}$`);
const ONE_SYLLABLE = new RegExp(`^${INITIAL}${FINAL}$`);

const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

const CHINESE_NAME = new RegExp(
  `\\b(${[...FAMILY_NAMES].join('|')}) ([A-Z][a-z]{1,8})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/**
 * Chinese names by their shape (docs/actors.md): a listed family name and a given name of two
 * pinyin syllables that is no English word (`Liu Hongcai`, `Meng Jianzhu`); a one-syllable given
 * name only after a title (`Foreign Minister Wang Yi`). Not a person: the start of a place or body
 * (`Zhou Enlai Memorial Hall`), a word run on (`Sun Yanfeng Square`) or an artwork's title.
 */
export function findChineseNames(text: string, occupiedSpans: readonly Span[]): ActorMention[] {
  const out: ActorMention[] = [];
  // Built on the first candidate: most texts have none.
  let occupied: SpanIndex<Span> | undefined;
  CHINESE_NAME.lastIndex = 0;
  for (let m = CHINESE_NAME.exec(text); m !== null; m = CHINESE_NAME.exec(text)) {
    const [whole, family = '', given = ''] = m;
    // The given name may be the next family name: retry from it.
    CHINESE_NAME.lastIndex = m.index + family.length + 1;
    const lower = given.toLowerCase();
    const start = m.index;
    const end = start + whole.length;
    const two = TWO_SYLLABLES.test(lower) && !englishWord(given);
    if (!two && !(ONE_SYLLABLE.test(lower) && titledBefore(text, start))) continue;
    // Characters in an artwork's title (`the opera "Liang Shanbo and Zhu Yingtai"`) are no actors.
    occupied ??= new SpanIndex<Span>([...occupiedSpans, ...artworkTitleSpans(text)]);
    if (occupied.overlaps(start, end) || namesPlaceOrBody(text, end)) continue;
    // A capitalised word run on (`Sun Yanfeng Square`) ends no name, unless it is a date.
    const next = /^ ([A-Z][a-z]+)/.exec(text.slice(end, end + 16))?.[1];
    if (next !== undefined && !CALENDAR_WORDS.has(next)) continue;
    out.push({
      start,
      end,
      surface: whole,
      entry: personAsWritten(whole),
      extractor: 'actors/person-pattern',
      confidence: two ? 0.7 : 0.8,
    });
    // Names are found in text order; the next search starts after this one.
    CHINESE_NAME.lastIndex = end;
  }
  return out;
}
