import type { Gazetteer } from '../gazetteer';
import type { CitationHow, ExtractedCitation, ExtractedQuote } from '../types';
import type { ActorMention } from './actor-matcher';
import { outletIdentity } from './outlet-names';
import type { Sentence } from './sentences';
import { SpanIndex } from './span-index';

/**
 * Cited outlets in the Spanish KCNA service (docs/citations.md, "Spanish"). Its reports cite in a
 * fixed formula: `Señala el diario Rodong Sinmun en un comentario individual de este martes y
 * prosigue:`, `El periódico Minju Joson insiste en que ...`, `Según la cadena surcoreana Yonhap
 * News, ...`. Accents are often dropped in the corpus (`Senala`, `periodico`), so every accented
 * letter also matches its bare form.
 */

/** Nouns that introduce an outlet: `el diario`, `la agencia de noticias`, `la cadena`. */
const DESCRIPTOR =
  '(?:diario|peri[oó]dico|rotativo|semanario|revista|boletin|boletín|agencia(?:\\s+de\\s+noticias)?|agencia\\s+noticiosa|emisora|cadena|televisora|canal|radio|sitio\\s+web)';
/** `el diario Rodong Sinmun`, `la cadena surcoreana Yonhap News`: up to two lower-case adjectives. */
const INTRODUCED = new RegExp(
  `\\b(?:[Ee]l|[Ll]a|del|al)\\s+${DESCRIPTOR}(?:\\s+[a-záéíóúñü]+|\\s+Internet){0,2}?\\s+(?=[A-Z"“])(?!Internet\\b)`,
  'g',
);
/** Capitalised words that start a clause, never part of an outlet's name. */
const NOT_NAME = new Set([
  'El',
  'La',
  'Los',
  'Las',
  'En',
  'Con',
  'Del',
  'Al',
  'Y',
  'Que',
  'Según',
  'Segun',
  'Este',
  'Esta',
  'Por',
  'Para',
  'Asi',
  'Así',
  'Internet',
]);
const NAME_WORD = /^[A-Z][\p{L}\p{N}'’.-]*$/u;

/**
 * Outlets the lists do not know, named after a Spanish descriptor (`el diario Chautari`); a name
 * is up to five capitalised words and stops at a clause word or punctuation. Spans a known actor
 * holds are left alone. One pass, each match reading at most five words: linear.
 */
export function findSpanishIntroducedOutlets(
  text: string,
  known: readonly ActorMention[],
  gazetteer: Gazetteer,
): ActorMention[] {
  const index = new SpanIndex(known);
  const out: ActorMention[] = [];
  INTRODUCED.lastIndex = 0;
  for (let m = INTRODUCED.exec(text); m !== null; m = INTRODUCED.exec(text)) {
    // `el periódico por Internet "Thongil News"`: a quoted name.
    const quoted = /^["“]([^"“”]{2,60})["”]/.exec(
      text.slice(m.index + m[0].length, m.index + m[0].length + 64),
    );
    const start = m.index + m[0].length + (quoted === null ? 0 : 1);
    let end = start;
    const words = /^[^\s,;:.()"“”]+(?: [^\s,;:.()"“”]+){0,4}/.exec(text.slice(start, start + 120));
    for (const w of words?.[0].split(' ') ?? []) {
      if (!NAME_WORD.test(w) || NOT_NAME.has(w)) break;
      end += (end === start ? 0 : 1) + w.length;
    }
    if (quoted?.[1] !== undefined) end = start + quoted[1].length;
    if (end === start || index.overlaps(start, end)) continue;
    const surface = text.slice(start, end);
    out.push({
      start,
      end,
      surface,
      entry: outletIdentity(surface, gazetteer),
      extractor: 'actors/outlet-intro-es',
      confidence: 0.7,
    });
  }
  return out;
}

const a = (letters: string): string =>
  letters
    .replace(/á/g, '[aá]')
    .replace(/é/g, '[eé]')
    .replace(/í/g, '[ií]')
    .replace(/ó/g, '[oó]')
    .replace(/ú/g, '[uú]')
    .replace(/ñ/g, '[nñ]');

/** Speech and publishing verbs, present and preterite: `señala`, `señaló`, `insertó`, `dio a conocer`. */
const VERBS = a(
  [
    'señala',
    'señaló',
    'subraya',
    'subrayó',
    'destaca',
    'destacó',
    'revela',
    'reveló',
    'insiste',
    'insistió',
    'califica',
    'calificó',
    'denuncia',
    'denunció',
    'afirma',
    'afirmó',
    'indica',
    'indicó',
    'opina',
    'opinó',
    'comenta',
    'comentó',
    'escribe',
    'escribió',
    'dice',
    'dijo',
    'informa',
    'informó',
    'reporta',
    'reportó',
    'publica',
    'publicó',
    'inserta',
    'insertó',
    'divulga',
    'divulgó',
    'difunde',
    'difundió',
    'exhorta',
    'exhortó',
    'advierte',
    'advirtió',
    'acusa',
    'acusó',
    'condena',
    'condenó',
    'critica',
    'criticó',
    'recalca',
    'recalcó',
    'sostiene',
    'sostuvo',
    'agrega',
    'agregó',
    'añade',
    'añadió',
    'expresa',
    'expresó',
    'declara',
    'declaró',
    'asevera',
    'aseveró',
    'puntualiza',
    'puntualizó',
    'precisa',
    'precisó',
    'apunta',
    'apuntó',
    'manifiesta',
    'manifestó',
    'recuerda',
    'recordó',
    'elogia',
    'elogió',
    'llama',
    'llamó',
    'exige',
    'exigió',
    'reclama',
    'reclamó',
    'analiza',
    'analizó',
    'dedica',
    'dedicó',
    'comienza',
    'transmitió',
    'adelantó',
    'da a conocer',
    'dio a conocer',
    'señalan',
    'señalaron',
    'destacan',
    'destacaron',
    'subrayan',
    'subrayaron',
    'publican',
    'publicaron',
    'insertan',
    'insertaron',
    'divulgan',
    'divulgaron',
    'difunden',
    'difundieron',
    'dedican',
    'dedicaron',
    'informan',
    'informaron',
    'reportan',
    'reportaron',
    'llaman',
    'llamaron',
    'exhortan',
    'exhortaron',
  ].join('|'),
);
/** A verb ends before a letter would go on: `\\b` fails after an accented letter. */
const END = '(?![\\wáéíóúñü])';
/** `Señala (así) el diario X`: the verb, then the outlet. */
const VERB_FIRST = new RegExp(
  `(?:^|[\\s,;:])(?:[Aa]s[ií]\\s+)?(?:${VERBS})${END}(?:\\s+as[ií])?\\s+(?:[Ee]l|[Ll]a)\\s+(?:${DESCRIPTOR}(?:\\s+[a-záéíóúñü]+){0,2}?\\s+)?$`,
  'i',
);
/** `Rodong Sinmun, Joson Inmingun y Chongnyon Jonwi publicaron`: names coordinated after the first. */
const COORDINATED =
  "(?:\\s*(?:,|\\sy|\\se)\\s+(?:(?:el|la)\\s+)?[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,3}){0,6}";
/** `El diario X (, en un comentario de este martes,) (lo) señala`: the outlet, then the verb. */
const VERB_AFTER = new RegExp(
  `^${COORDINATED}(?:\\s*,[^.,;:]{0,100},)?(?:\\s+(?:en|el|este|esta|del|de)\\s+[^.,;:]{0,80}?)??\\s+(?:(?:lo|la|le|los|las|se|también|tambien|hoy|ayer)\\s+)?(?:${VERBS})${END}`,
);
/** The subject's own place in a title or an audience: `el presidente de la agencia AP`, `dijo a la ATCC`. */
const NOT_SUBJECT = new RegExp(
  `\\b(?:presidente|director|directora|jefe|jefa|corresponsal|periodista|reportero|redactor|miembros?|delegaci[oó]n|editora|entrevista(?:do)?\\s+(?:con|a|por)|concedid[oa]\\s+a|dijo\\s+a|declar[oó]\\s+a|explic[oó]\\s+a)\\s+(?:(?:de|del|a|al)\\s+)?(?:(?:la|el)\\s+)?(?:${DESCRIPTOR}(?:\\s+[a-záéíóúñü]+){0,2}?\\s+)?$`,
  'i',
);
/** `Según (el diario) X`. */
const ACCORDING = new RegExp(
  `(?:\\b[Ss]eg[uú]n|\\b[Dd]e\\s+acuerdo\\s+con)\\s+(?:(?:el|la|los|las)\\s+)?(?:(?:versi[oó]n(?:es)?|informaci[oó]n(?:es)?|noticias?|reportes?|datos)\\s+(?:[a-záéíóúñü]+\\s+){0,2}?de(?:l)?\\s+(?:(?:la|el)\\s+)?)?(?:${DESCRIPTOR}(?:\\s+[a-záéíóúñü]+){0,2}?\\s+)?$`,
  'i',
);
/** `X escribe:` with its words after the colon: verbatim. */
const VERBATIM_AFTER = /^[^:,;]{0,60}:\s*$|^\s*:\s*\S/;

/** Verbs of the list that publish rather than say: `publicó un artículo` attributes no words. */
const PUBLISHING = new RegExp(
  `^(?:${a('publica|publicó|publican|publicaron|inserta|insertó|insertan|insertaron|divulga|divulgó|divulgan|divulgaron|difunde|difundió|difunden|difundieron|dedica|dedicó|dedican|dedicaron|transmitió|comienza|da a conocer|dio a conocer')})$`,
  'i',
);
/** The speech verb ending a match of VERB_FIRST or VERB_AFTER. */
const LAST_VERB = new RegExp(`(?:${VERBS})${END}(?=(?:\\s+as[ií])?\\s+(?:[Ee]l|[Ll]a)\\b|$)`, 'i');
/** `señala que ...`: a proposition follows the verb. */
const THAT_AFTER = /^\s+(?:en\s+particular\s+)?que\b/i;
/** The block after a line that ends in a colon: at most this many characters of it. */
const BLOCK_CHARS = 1000;

/** What the Spanish formula says an outlet said: its proposition, its verbatim block, or both. */
interface SpanishReading {
  readonly citations: ExtractedCitation[];
  readonly quotes: ExtractedQuote[];
}

/**
 * Citations of a Spanish article: every outlet mention in the formula's three shapes (verb first,
 * outlet as subject, `según`), one per outlet and sentence; and the quotes they introduce, by the
 * conventions of ingest/eval/README.md: the proposition before `Señala (así) el diario X` or after
 * `X señala que` / `Según X` is ATTRIBUTES, a sentence ending in a colon (`... y prosigue:`) gives
 * the paragraphs after it verbatim (QUOTES); publishing (`X publicó un artículo`) attributes no
 * words. Reads a bounded window around each outlet mention. `publisherKey` (ATCC is KCNA) is never
 * cited.
 */
export function readSpanishCitations(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  skipBefore = 0,
  publisherKey?: string,
): SpanishReading {
  const outlets = new SpanIndex(mentions.filter((m) => m.entry.kind === 'outlet'));
  const citations: ExtractedCitation[] = [];
  const quotes: ExtractedQuote[] = [];
  for (const [si, s] of sentences.entries()) {
    if (s.end <= skipBefore) continue;
    const best = new Map<string, { m: ActorMention; how: CitationHow }>();
    // Read once per sentence: a sentence may hold thousands of outlet names.
    const endsInColon = /:\s*$/.test(s.text);
    let block: string | undefined;
    for (const m of outlets.within(Math.max(s.start, skipBefore), s.end)) {
      if (m.entry.key === publisherKey) continue;
      const before = text.slice(Math.max(s.start, m.start - 120), m.start);
      const after = text.slice(m.end, Math.min(s.end, m.end + 200));
      let how: CitationHow | undefined;
      // The proposition the outlet states, if any.
      let words = '';
      let verb = '';
      if (NOT_SUBJECT.test(before)) continue;
      const according = ACCORDING.exec(before);
      if (according !== null) {
        how = 'according-to';
        verb = 'según';
        const cueAt = m.start - (before.length - according.index);
        words =
          `${text.slice(Math.max(s.start, cueAt - BLOCK_CHARS), cueAt)} ${text.slice(m.end, Math.min(s.end, m.end + BLOCK_CHARS))}`
            .replace(/^[\s,]+/, '')
            .replace(/\s+,/g, ',');
      } else if (VERB_FIRST.test(before)) {
        how = 'reported';
        const head = text.slice(Math.max(s.start, m.start - BLOCK_CHARS), m.start);
        const v = LAST_VERB.exec(before);
        verb = v?.[0] ?? '';
        if (v !== null && !PUBLISHING.test(verb)) {
          const at = head.length - (before.length - v.index);
          words = head.slice(0, Math.max(0, at)).replace(/[\s,;.]*(?:[Aa]s[ií]\s*)?$/, '');
        }
      } else {
        const v = VERB_AFTER.exec(after);
        if (v !== null) {
          const from = m.end + v[0].length;
          const rest = text.slice(from, Math.min(s.end, from + BLOCK_CHARS));
          how = VERBATIM_AFTER.test(rest) ? 'quoted' : 'reported';
          verb = LAST_VERB.exec(v[0])?.[0] ?? '';
          if (!PUBLISHING.test(verb) && THAT_AFTER.test(rest)) words = rest.replace(THAT_AFTER, '');
        }
      }
      if (how === undefined || best.has(m.entry.key)) continue;
      best.set(m.entry.key, { m, how });
      const evidence = (extractor: string) => ({
        sentence: s.text,
        start: s.start,
        end: s.end,
        extractor,
        confidence: 0.7,
      });
      if (words.trim().split(/\s+/).length >= 3)
        quotes.push({
          actorKey: m.entry.key,
          kind: 'ATTRIBUTES',
          text: words.trim().slice(0, BLOCK_CHARS),
          cue: verb.toLowerCase(),
          evidence: evidence('quotes/spanish'),
        });
      // `... y prosigue:` / `escribe:`: the paragraphs after the colon are the outlet's words.
      if (endsInColon) {
        block ??= blockAfter(sentences, si);
        if (block !== '')
          quotes.push({
            actorKey: m.entry.key,
            kind: 'QUOTES',
            text: block,
            cue: verb.toLowerCase(),
            evidence: evidence('quotes/spanish-block'),
          });
      }
    }
    for (const { m, how } of best.values())
      citations.push({
        outletKey: m.entry.key,
        how,
        stance: 'neutral',
        evidence: {
          sentence: s.text,
          start: s.start,
          end: s.end,
          extractor: 'citations/spanish',
          confidence: 0.75,
        },
      });
  }
  return { citations, quotes };
}

/** The sentences after sentence `si`, up to BLOCK_CHARS characters. */
function blockAfter(sentences: readonly Sentence[], si: number): string {
  let block = '';
  for (let i = si + 1; i < sentences.length && block.length < BLOCK_CHARS; i++)
    block += `${block === '' ? '' : ' '}${sentences[i]?.text ?? ''}`;
  return block.slice(0, BLOCK_CHARS);
}
