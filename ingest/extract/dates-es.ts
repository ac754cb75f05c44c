import type { DateContext, DateMention } from './dates';

/**
 * Spanish date phrases of KCNA's Spanish service, by the rules' "Events" section: `este sábado`,
 * `el 25 de enero`, `el 15 de agosto de 1945`, `en marzo de 2011`, `en 1950`, `el año pasado`,
 * `este año`, `ayer`, `hace 51 años`, `el 50º aniversario`. The wire writes them with or without
 * accents (`este sabado`, `el ano pasado`).
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
const YEAR_WORD = '(?:año|ano)';
const NEXT = '(?:próximo|proximo)';
/** `de 2011`, `del año pasado`, `de este año`: the year a day or month is in. */
const YEAR_TAIL = `(?:\\s+de(?:l)?\\s+(?:(?<y>1[89]\\d\\d|20\\d\\d)\\b|${YEAR_WORD}\\s+(?<past>pasado)\\b|(?:este|presente)\\s+${YEAR_WORD}\\b))?`;

const DATE_ES_RE = new RegExp(
  [
    // `el 25 de enero`, `primero de septiembre de 2009`, `el 15 de agosto de 1945`.
    `(?<md>(?:\\b(?:el|del|al|desde el|hasta el|hasta)\\s+)?\\b(?<d>[12]\\d|3[01]|0?[1-9]|primero)\\s+de\\s+(?<m>${MONTH})\\b${YEAR_TAIL})`,
    // `en marzo de 2011`, `en octubre pasado`, `desde enero`.
    `(?<mo>\\b(?:en|desde|durante|a fines de|a principios de|a mediados de)\\s+(?<mm>${MONTH})\\b(?:\\s+(?<mlast>pasado)\\b|${YEAR_TAIL.replace(/\?<(\w+)>/g, '?<m$1>')}))`,
    // `en 1950`, `en el año 1950`, `desde 2008`.
    `(?<yr>\\b(?:en|desde|durante)\\s+(?:el\\s+${YEAR_WORD}\\s+)?(?<yy>1[89]\\d\\d|20\\d\\d)\\b(?![.,]?\\d))`,
    // `el año pasado`, `este año`, `el próximo año`, `el año próximo`.
    `(?<rel>\\b(?:(?:el\\s+)?${YEAR_WORD}\\s+(?<rpast>pasado|anterior)|este\\s+${YEAR_WORD}|(?:el\\s+)?(?:${NEXT}\\s+${YEAR_WORD}(?!\\s+de\\b)|${YEAR_WORD}\\s+(?:${NEXT}|que viene)))\\b)`,
    // `este sábado`, `el lunes pasado`.
    `(?<wd>\\b(?:este|el|del|al|desde el)\\s+(?<wdn>lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)\\b(?<wdpast>\\s+pasado\\b)?)`,
    `(?<ayer>\\b[Aa]yer\\b)`,
    `(?<ago>\\bhace\\s+(?<agon>\\d{1,3})\\s+(?:años|anos)\\b)`,
    // `el 50º aniversario`, `el 66 aniversario`: the happening is N years back.
    `(?<ann>\\b(?<annn>\\d{1,3})\\s*(?:º|°|o|er|ro|to|mo|vo|no)?\\s+aniversario\\b)`,
  ].join('|'),
  'giu',
);

/** A date inside a name: `la Declaración Conjunta del 15 de Junio`, `el Equipo 25 de Abril`. */
const NAME_BEFORE_RE =
  /\b(?:Declaraci[oó]n|Conjunta|Equipo|Premio|Orden|Club|Movimiento|Comit[eé]|F[aá]brica|Complejo|Calle|Plaza|Estadio)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:del?\s+)?$/u;
/** The lone end of a range (`hasta el 19 de enero`) is not an event of its own. */
const RANGE_END_RE = /^hasta\b/i;

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const strip = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return y >= 1000 && y <= 9999 && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

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
  const pub = /^(\d{4})-(\d{2})-(\d{2})/.exec(publicationDate ?? '');
  const ay = Number(pub?.[1]);
  const am = Number(pub?.[2]);
  const ad = Number(pub?.[3]);
  const anchor = pub !== null && validDay(ay, am, ad) ? Date.UTC(ay, am - 1, ad) : undefined;
  const publicationDay = anchor === undefined ? undefined : iso(ay, am, ad);
  DATE_ES_RE.lastIndex = 0;
  for (let m = DATE_ES_RE.exec(text); m !== null; m = DATE_ES_RE.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const phrase = m[0];
    let date: string | undefined;
    let precision: DateMention['precision'] = 'day';
    let explicitYear = false;
    let subtracted = false;
    const yearOf = (written: string | undefined, past: string | undefined): number | undefined =>
      written !== undefined ? Number(written) : past !== undefined ? ay - 1 : undefined;
    if (g.md !== undefined) {
      if (RANGE_END_RE.test(phrase)) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      const monthWord = g.m ?? '';
      // A capitalised month mid-sentence names something (`del 15 de Junio`).
      if (NAME_BEFORE_RE.test(before) || /^\p{Lu}/u.test(monthWord)) continue;
      const mo = MONTHS_ES[strip(monthWord)];
      const d = g.d?.toLowerCase() === 'primero' ? 1 : Number(g.d);
      const written =
        yearOf(g.y, g.past) ?? (/\s(?:este|presente)\s/i.test(phrase) ? ay : undefined);
      explicitYear = g.y !== undefined;
      let y = written;
      if (y === undefined && anchor !== undefined && mo !== undefined)
        y = Date.UTC(ay, mo - 1, d) - anchor > 30 * DAY_MS ? ay - 1 : ay;
      if (y === undefined || mo === undefined || Number.isNaN(y) || !validDay(y, mo, d)) continue;
      date = iso(y, mo, d);
    } else if (g.mo !== undefined) {
      const mo = MONTHS_ES[strip(g.mm ?? '')];
      if (mo === undefined) continue;
      let y = yearOf(g.my, g.mpast);
      if (y === undefined && /\s(?:este|presente)\s/i.test(phrase)) y = ay;
      explicitYear = g.my !== undefined;
      if (y === undefined && !Number.isNaN(ay))
        y = mo > am || (g.mlast !== undefined && mo === am) ? ay - 1 : ay;
      if (y === undefined || Number.isNaN(y)) continue;
      date = iso(y, mo, 1);
      precision = 'month';
    } else if (g.yr !== undefined) {
      date = iso(Number(g.yy), 1, 1);
      precision = 'year';
      explicitYear = true;
    } else if (anchor === undefined) {
      continue;
    } else if (g.rel !== undefined) {
      // `la ofensiva general de este año`: what a plan or effort covers, like `this year's`.
      if (/\bde\s+$/i.test(text.slice(Math.max(0, start - 4), start))) continue;
      const w = strip(phrase);
      const y = g.rpast !== undefined ? ay - 1 : /proximo|que viene/.test(w) ? ay + 1 : ay;
      date = iso(y, 1, 1);
      precision = 'year';
    } else if (g.wd !== undefined) {
      const target = WEEKDAYS_ES[strip(g.wdn ?? '')] ?? 0;
      let delta = (new Date(anchor).getUTCDay() - target + 7) % 7;
      if (g.wdpast !== undefined && delta === 0) delta = 7;
      date = new Date(anchor - delta * DAY_MS).toISOString().slice(0, 10);
    } else if (g.ayer !== undefined) {
      date = new Date(anchor - DAY_MS).toISOString().slice(0, 10);
    } else {
      const n = Number(g.agon ?? g.annn);
      if (!(n > 0) || n >= ay) continue;
      date = iso(ay - n, 1, 1);
      precision = 'year';
      subtracted = true;
    }
    if (precision !== 'day' || explicitYear) context.year = Number(date.slice(0, 4));
    out.push({
      start,
      end: start + phrase.length,
      text: phrase,
      date,
      precision,
      isPublicationDay: date === publicationDay,
      confidence: explicitYear ? 0.95 : 0.8,
      explicitYear,
      ...(subtracted ? { subtracted: true as const } : {}),
    });
  }
  return out;
}
