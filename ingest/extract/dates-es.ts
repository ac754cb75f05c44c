import {
  DAY_MS,
  iso,
  isoFromTime,
  parseAnchor,
  pastBiasedYear,
  validDay,
  type Anchor,
  type DateContext,
  type DateMention,
} from './dates';

/**
 * Spanish date phrases of KCNA's Spanish service, by the rules' "Events" section: `este sábado`,
 * `el 25 de enero`, `el 15 de agosto de 1945`, `en marzo de 2011`, `en 1950`, `el año pasado`,
 * `este año`, `ayer`, `hace 51 años`, `el 50º aniversario`, `el día 3` (of the publication month). The wire writes them with or without
 * accents (`este sabado`, `el ano pasado`), and `hoy` after a dated act (`difundido hoy`).
 */

const MONTHS_ES: Readonly<Record<string, number>> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const WEEKDAYS_ES: Readonly<Record<string, number>> = {
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
};

const MONTH = `(?:${Object.keys(MONTHS_ES).join('|')})`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const YEAR_WORD = '(?:año|ano)';
const NEXT = '(?:próximo|proximo)';
/** `de agosto que viene`: the coming such month. */
const COMING = '(?<next>\\s+que\\s+viene\\b)?';
/**
 * `de 2011`, `del año pasado`, `de este año`, `del próximo año`: the year a day or month is in
 * (`en marzo del próximo año` is next year's March, like the English `in March next year`).
 */
const YEAR_TAIL = `(?:\\s+de(?:l)?\\s+(?:(?<y>1[89]\\d\\d|20\\d\\d)\\b|${YEAR_WORD}\\s+(?<past>pasado)\\b|(?:este|presente)\\s+${YEAR_WORD}\\b|(?<fut>${NEXT}\\s+${YEAR_WORD}|${YEAR_WORD}\\s+(?:${NEXT}|que\\s+viene|entrante))\\b))?`;
/**
 * `desde el principio de este año`, `a finales de este año`, `desde el principio del año en curso`:
 * a part of the publication year, like the English `from the beginning of the year` (not a plan's
 * scope, which `de este año` after other nouns is).
 */
const YEAR_PART = `(?<part>\\b(?:principios?|comienzos?|inicios?|fines|finales|mediados)\\s+(?:de\\s+(?:este|presente)\\s+${YEAR_WORD}|del\\s+${YEAR_WORD}\\s+en\\s+curso)\\b)`;

/**
 * `el Día del Sol (15 de abril) de 2012`: a holiday's day in brackets, its year written after the
 * bracket (the Spanish form of `the Day of the Sun in 2012`). Taken only before a written year, and
 * kept only when the bracket opens right before the day (`resolveSpanish`).
 */
const BRACKET_CLOSE = '(?:(?<br>\\s*\\))(?=\\s+del?\\s+(?:1[89]|20)\\d\\d\\b))?';

const DATE_ES_RE = new RegExp(
  [
    // `el 25 de enero`, `primero de septiembre de 2009`, `el 15 de agosto de 1945`, `del día 20 al
    // 26 de mayo` (a range: its start), `los días 21 y 22 de diciembre` (two days).
    `(?<md>(?:\\b(?:el|del|al|los|desde el|hasta el|hasta|el pasado)\\s+)?(?:\\bd[ií]as?\\s+)?\\b(?<d>${DAY}|primero)(?:\\s+(?<dl>al|y)\\s+(?:el\\s+)?(?<d2>${DAY}))?\\s+de\\s+(?<m>${MONTH})\\b${BRACKET_CLOSE}${YEAR_TAIL}${COMING})`,
    // `el día 3`, `el pasado día 17`, `los días 8 y 9`, `del día 26 al 30`: a day of the
    // publication month (the wire's way of dating the last few days, and plans later in the month).
    `(?<dn>\\b(?:el|del|al|los|desde el|a partir del|el pasado)\\s+d[ií]as?\\s+(?<dnd>${DAY}|primero)(?:\\s+(?<dnl>al|y)\\s+(?<dnd2>${DAY}))?\\b(?!\\s+del\\s+mes\\s+(?:pasado|anterior)))`,
    // `en marzo de 2011`, `en octubre pasado`, `en julio que viene`, `desde enero`.
    `(?<mo>\\b(?:en|desde|durante|a fines de|a principios de|a mediados de)\\s+(?<mm>${MONTH})\\b(?:\\s+(?<mlast>pasado)\\b|\\s+(?<mnext>que\\s+viene)\\b|${YEAR_TAIL.replace(/\?<(\w+)>/g, '?<m$1>')}))`,
    // `programado para julio que viene`: the coming July, whatever word leads it.
    `(?<mq>\\b(?<mqm>${MONTH})\\s+que\\s+viene\\b)`,
    // `en 1950`, `en el año 1950`, `desde 2008`.
    `(?<yr>\\b(?:en|desde|durante)\\s+(?:el\\s+${YEAR_WORD}\\s+)?(?<yy>1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d))`,
    YEAR_PART,
    // `el año pasado`, `este año`, `el próximo año`, `el año próximo`.
    `(?<rel>\\b(?:(?:el\\s+)?${YEAR_WORD}\\s+(?<rpast>pasado|anterior)|este\\s+${YEAR_WORD}|(?:el\\s+)?(?:${NEXT}\\s+${YEAR_WORD}(?!\\s+de\\b)|${YEAR_WORD}\\s+(?:${NEXT}|que viene)))\\b)`,
    // `este sábado`, `el lunes pasado`.
    `(?<wd>\\b(?:este|el|del|al|desde el)\\s+(?<wdn>lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\\b(?<wdpast>\\s+pasado\\b)?)`,
    // `envió la víspera un mensaje`: the day before publication; not `la víspera del Día`, an eve.
    `(?<ayer>\\b[Aa]yer\\b|\\bla\\s+v[ií]spera\\b(?!\\s+de))`,
    // `difundido hoy`, `Tuvo lugar hoy`, `en su edición de hoy`; not `hoy en día`, `hoy también`.
    `(?<hoy>\\bhoy\\b(?!\\s+(?:en\\s+)?d[ií]a\\b|\\s+tambi[eé]n\\b|\\s+mismo\\b))`,
    `(?<ago>\\bhace\\s+(?<agon>\\d{1,3})\\s+(?:años|anos)\\b)`,
    // `el 50º aniversario`, `el 66 aniversario`: the happening is N years back.
    `(?<ann>\\b(?<annn>\\d{1,3})\\s*(?:º|°|o|er|ro|to|mo|vo|no)?\\s+aniversario\\b)`,
    // `2012, centenario de natalicio del Presidente`, `abril de 2012, año del centenario de
    // natalicio`: the year the centenary falls in, written before it, dates the birth 100 years
    // back (as `in 2012, the centenary of birth`); a centenary alone is mostly spoken of ahead.
    `(?<cent>\\b(?<centy>1[89]\\d\\d|20\\d\\d),\\s+(?:(?:el\\s+)?${YEAR_WORD}\\s+del\\s+)?centenario\\s+del?\\s+(?:natalicio|nacimiento)\\b)`,
  ].join('|'),
  'giu',
);

/** A date inside a name: `la Declaración Conjunta del 15 de Junio`, `el Equipo 25 de Abril`. */
const NAME_BEFORE_RE =
  /\b(?:Declaraci[oó]n|Conjunta|Equipo|Premio|Orden|Club|Movimiento|Comit[eé]|F[aá]brica|Complejo|Calle|Plaza|Estadio)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:del?\s+)?$/u;
/**
 * `hoy` is the publication day only right after a dated act: a verb in the past or future, `tuvo
 * lugar`, or a paper's `artículo de`; elsewhere (`la situación de hoy`, `hasta hoy`) it is nowadays.
 */
const HOY_ACT_BEFORE_RE =
  /(?:\p{L}+(?:ió|io|ó|aron|ieron|ado|ados|ada|adas|ido|idos|ida|idas|rán|rá)|\blugar|\b(?:art[íi]culo|comentario|edici[óo]n|editorial)(?:\s+\p{L}+)?\s+de)\s+$/iu;
/** The lone end of a range (`hasta el 19 de enero`) is not an event of its own. */
const RANGE_END_RE = /^hasta\b/i;

/** `julio que viene`, `el 13 de julio que viene`: this year's when still ahead, else next year's. */
const comingYear = (anchor: Anchor, month: number, day?: number): number =>
  (day === undefined ? month > anchor.m : Date.UTC(anchor.y, month - 1, day) >= anchor.time)
    ? anchor.y
    : anchor.y + 1;

const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Spanish counterpart of `findDatesInContext` for one sentence: the same resolution (past bias
 * for a day or month without a year, weekdays to the latest on or before publication, ranges by
 * their start, anniversaries by subtraction). `context.year` is advanced past written years.
 */
export function findSpanishDatesInContext(
  text: string,
  publicationDate: string | undefined,
  context: DateContext,
): DateMention[] {
  const out: DateMention[] = [];
  const anchor = parseAnchor(publicationDate);
  const publicationDay = anchor === undefined ? undefined : isoFromTime(anchor.time);
  DATE_ES_RE.lastIndex = 0;
  for (let m = DATE_ES_RE.exec(text); m !== null; m = DATE_ES_RE.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const phrase = m[0];
    const resolved = resolveSpanish(g, phrase, text.slice(Math.max(0, start - 60), start), anchor);
    if (resolved === undefined) continue;
    const { date, explicitYear } = resolved;
    let { precision } = resolved;
    if (precision !== 'day' || explicitYear) context.year = Number(date.slice(0, 4));
    // `los días 8 y 9`: two occasions, two events (the rules never merge two dates into one).
    // `entre los días 11 y 17` is a range: its start only.
    const second =
      (g.dl ?? g.dnl) === 'y' && !/\bentre\s+$/i.test(text.slice(Math.max(0, start - 8), start))
        ? Number(g.d2 ?? g.dnd2)
        : undefined;
    const secondDate =
      second !== undefined && validDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), second)
        ? `${date.slice(0, 8)}${String(second).padStart(2, '0')}`
        : undefined;
    // `el 11º aniversario de la Declaración Conjunta del 15 de Junio`: the happening's day.
    const happeningDay =
      g.ann === undefined
        ? undefined
        : anniversaryDay(text.slice(start + phrase.length, start + phrase.length + 120), date);
    if (happeningDay !== undefined) precision = 'day';
    for (const day of secondDate === undefined ? [happeningDay ?? date] : [date, secondDate])
      out.push({
        start,
        end: start + phrase.length,
        text: phrase,
        date: day,
        precision,
        isPublicationDay: day === publicationDay,
        confidence: explicitYear ? 0.95 : 0.8,
        explicitYear,
        ...((g.ago ?? g.ann ?? g.cent) === undefined ? {} : { subtracted: true as const }),
      });
  }
  return out;
}

/**
 * The day and month of an anniversary's happening, inside its name or in brackets (`del 15 de
 * Junio`, `del Primero de Mayo`, `(8 de Marzo)`), with no year of its own.
 */
const ANNIVERSARY_DAY_ES_RE = new RegExp(
  `^[^.;:()]{0,80}?(?:\\(\\s*|\\bdel\\s+)(${DAY}|primero)\\s+de\\s+(${MONTH})\\b(?!\\s+del?\\s+(?:\\d|${YEAR_WORD}))`,
  'iu',
);

/** The anniversary's happening dated to its day in the subtracted year, when the text gives one. */
function anniversaryDay(after: string, yearDate: string): string | undefined {
  const found = ANNIVERSARY_DAY_ES_RE.exec(after);
  const mo = MONTHS_ES[strip(found?.[2] ?? '')];
  if (found?.[1] === undefined || mo === undefined) return undefined;
  const y = Number(yearDate.slice(0, 4));
  const d = found[1].toLowerCase() === 'primero' ? 1 : Number(found[1]);
  return validDay(y, mo, d) ? iso(y, mo, d) : undefined;
}

type Groups = Readonly<Record<string, string | undefined>>;

/** One match to its date; undefined when it dates nothing (a name, a range's end, a plan's scope). */
function resolveSpanish(
  g: Groups,
  phrase: string,
  before: string,
  anchor: Anchor | undefined,
): Pick<DateMention, 'date' | 'precision' | 'explicitYear'> | undefined {
  // `del año pasado`, `de este año` after a day or month: its year, relative to publication.
  const future = (g.fut ?? g.mfut) !== undefined;
  const relativeYear = (past: string | undefined): number | undefined =>
    anchor === undefined
      ? undefined
      : past !== undefined
        ? anchor.y - 1
        : /\s(?:este|presente)\s/i.test(phrase)
          ? anchor.y
          : future
            ? anchor.y + 1
            : undefined;
  if (g.md !== undefined) {
    // A capitalised month mid-sentence names something (`del 15 de Junio`).
    if (RANGE_END_RE.test(phrase) || NAME_BEFORE_RE.test(before) || /^\p{Lu}/u.test(g.m ?? ''))
      return undefined;
    const end = MONTHS_ES[strip(g.m ?? '')];
    const d = g.d?.toLowerCase() === 'primero' ? 1 : Number(g.d);
    if (end === undefined) return undefined;
    // `del 20 al 3 de febrero` starts in the month before the one written.
    const back = g.dl === 'al' && Number(g.d2) < d;
    const mo = back ? ((end + 10) % 12) + 1 : end;
    // A closing bracket with no bracket opened before the day does not carry the year over.
    const written = g.br === undefined || /\(\s*$/.test(before) ? g.y : undefined;
    const y =
      written !== undefined
        ? Number(written) - (back && end === 1 ? 1 : 0)
        : (relativeYear(g.past) ??
          (anchor === undefined
            ? undefined
            : g.next !== undefined
              ? comingYear(anchor, mo, d)
              : pastBiasedYear(anchor, mo, d)));
    if (y === undefined || !validDay(y, mo, d)) return undefined;
    return { date: iso(y, mo, d), precision: 'day', explicitYear: written !== undefined };
  }
  if (g.mq !== undefined) {
    const mo = MONTHS_ES[strip(g.mqm ?? '')];
    if (mo === undefined || anchor === undefined) return undefined;
    return { date: iso(comingYear(anchor, mo), mo, 1), precision: 'month', explicitYear: false };
  }
  if (g.mo !== undefined) {
    const mo = MONTHS_ES[strip(g.mm ?? '')];
    if (mo === undefined) return undefined;
    let y = g.my !== undefined ? Number(g.my) : relativeYear(g.mpast);
    // `en octubre pasado`: the latest October before this month; a bare month is past-biased.
    if (y === undefined && anchor !== undefined && g.mnext !== undefined)
      y = comingYear(anchor, mo);
    if (y === undefined && anchor !== undefined)
      y = mo > anchor.m || (g.mlast !== undefined && mo === anchor.m) ? anchor.y - 1 : anchor.y;
    if (y === undefined) return undefined;
    return { date: iso(y, mo, 1), precision: 'month', explicitYear: g.my !== undefined };
  }
  if (g.yr !== undefined)
    return { date: iso(Number(g.yy), 1, 1), precision: 'year', explicitYear: true };
  if (anchor === undefined) return undefined;
  if (g.dn !== undefined) {
    // `hasta el día 30` is a range's lone end.
    if (/\bhasta\s+$/i.test(before)) return undefined;
    const d = g.dnd?.toLowerCase() === 'primero' ? 1 : Number(g.dnd);
    return validDay(anchor.y, anchor.m, d)
      ? { date: iso(anchor.y, anchor.m, d), precision: 'day', explicitYear: false }
      : undefined;
  }
  // `hasta finales de este año`, `para fines de este año`: a deadline or a range's end, no date.
  if (g.part !== undefined)
    return /\b(?:hasta|para|antes\s+de)\s+(?:(?:el|los)\s+)?$/i.test(before)
      ? undefined
      : { date: iso(anchor.y, 1, 1), precision: 'year', explicitYear: false };
  if (g.rel !== undefined) {
    // `la ofensiva general de este año`: what a plan or effort covers, like `this year's`.
    if (/\bde\s+$/i.test(before)) return undefined;
    const y =
      g.rpast !== undefined
        ? anchor.y - 1
        : /proximo|que viene/.test(strip(phrase))
          ? anchor.y + 1
          : anchor.y;
    return { date: iso(y, 1, 1), precision: 'year', explicitYear: false };
  }
  if (g.hoy !== undefined)
    return HOY_ACT_BEFORE_RE.test(before)
      ? { date: isoFromTime(anchor.time), precision: 'day', explicitYear: false }
      : undefined;
  if (g.wd !== undefined || g.ayer !== undefined) {
    const target = WEEKDAYS_ES[strip(g.wdn ?? '')];
    let back = 1;
    if (target !== undefined) {
      back = (new Date(anchor.time).getUTCDay() - target + 7) % 7;
      if (g.wdpast !== undefined && back === 0) back = 7;
    }
    return {
      date: isoFromTime(anchor.time - back * DAY_MS),
      precision: 'day',
      explicitYear: false,
    };
  }
  if (g.cent !== undefined)
    return { date: iso(Number(g.centy) - 100, 1, 1), precision: 'year', explicitYear: false };
  const n = Number(g.agon ?? g.annn);
  if (!(n > 0) || n >= anchor.y) return undefined;
  return { date: iso(anchor.y - n, 1, 1), precision: 'year', explicitYear: false };
}
