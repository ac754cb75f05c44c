import type { ActorMention } from './actor-matcher';
import { SpanIndex } from './span-index';
import { organizationAsWritten } from './as-written';

/**
 * Companies, which the rules count as bodies wherever they are named, as the English pattern does
 * its `Factory`, `Mill`, `Smeltery` and `Complex` (`org-pattern.ts`): `Fábrica de Productos
 * Especiales Samilpho`, `Combinado de Alimentos de Susongchon`, `Complejo de Maquinaria de Rakwon`,
 * `Fundición de Hierro de Posan`, `Acería de Chongjin`, `Hilandería Kim Jong Suk de Pyongyang`.
 * Farms and mines (`Granja`, `Mina`) are left out: in English they are bodies only where they act.
 * A `Complejo` for bathing, sport or leisure is a place, as in English.
 */
const COMPANY_HEAD =
  'F[áa]brica|Combinado|Complejo(?! (?:de )?(?:Ba[ñn]os?|Piscinas?|Patinaje|Deportivo|Tur[íi]stico|Recreativo|Monumental|Conmemorativo|Natatorio|Nataci[óo]n|Salud)(?![\\p{L}]))|Fundici[óo]n|Acer[íi]a|Hilander[íi]a';
/**
 * A Spanish body's name: a head noun, then capitalised words joined by `de`, `del`, `de la`, `con
 * la`, `y`, `para` (`Comité Brasileño de Solidaridad con la RPDC`, `Grupo de Estudio de la Idea
 * Juche`). Accents are optional: many records are written without them.
 */
const HEAD = `Comit[ée]|Asociaci[óo]n|Grupo de Estudio|Partido|Federaci[óo]n|Uni[óo]n|Sociedad|Frente|Movimiento|Instituto|Universidad|Consejo|Ministerio|Centro|Liga|Organizaci[óo]n|Confederaci[óo]n|Fundaci[óo]n|Academia|C[íi]rculo|Coordinadora|Agrupaci[óo]n|Alianza|Conjunto(?! Monumental)|Orquesta|Banda(?= \\p{Lu})|${COMPANY_HEAD}`;
/**
 * A name word; a century's number (`Orquesta del Siglo 21`), a day and month (`Conjunto Deportivo
 * 25 de Abril`) and a factory's number before its town (`Fábrica de Alambres Eléctricos 326 de
 * Pyongyang`) stay in a name, as in English (`org-pattern.ts`); so does `no Ferrosos` (`Fundición de
 * Metales no Ferrosos`), the one lower-case word a name keeps.
 */
const WORD =
  "(?:\\p{Lu}[\\p{L}'’-]*|(?<=Siglo )\\d{1,2}(?!\\p{N})|\\d{1,2} de (?:Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)(?![\\p{L}])|(?<=\\p{Lu}[\\p{L}]* )\\d{1,4}(?= de \\p{Lu})|(?<=Metales )no Ferros[oa]s)";
/** `de`, `del`, `de las`, `de los`, `de la`: the longer before the shorter (see {@link JOINER}). */
const DE = 'de(?:l| las| los| la)?';
/** `de las` before `de la`: the first alternative that fits ends the name, so the longer one goes first. */
const JOINER = `(?:${DE}|con(?: las| los| la| el)?|y|para(?: la| el)?|sobre(?: la| el)?|por(?: la| el)?)`;
/**
 * `de Cechy, Morava y Silesia`: a comma list of names inside a name closes with `y`. A name has at
 * most 12 name words, so retrying after each head stays linear.
 */
const COMMA_LIST = `(?:, ${WORD}){1,6},? y ${WORD}`;
const SPANISH_ORG = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${HEAD})(?: ${JOINER})*(?: ${WORD}(?:${COMMA_LIST})?(?: ${JOINER})*){1,12}`,
  'gu',
);
const TRAILING_JOINERS = new RegExp(`(?: ${JOINER})+$`, 'u');
/**
 * `... Idea Juche y Asociación de ...`: `y` before another head joins two bodies; before a title
 * (`Partido Comunista de China y Presidente de ...`) it joins two of someone's offices.
 */
const SECOND_BODY = new RegExp(
  ` y (?:${DE} )?(?:${HEAD}|Presidente|Vicepresidente|Secretario|Primer|Ministro|Jefe|Director|Miembro)(?![\\p{L}])`,
  'u',
);
/** `en el Centro de Voleibol`: a centre one is in is a place. */
const AT_PLACE = /\ben el $/u;
/** `Comité Popular`, `Comité Coreano`: a head and one generic word name no body (a party may). */
const GENERIC_ONE =
  /^(?!Partido )\S+ (?:Popular|Nacional|Central|Provincial|Municipal|Regional|Coreano|Coreana|Democr[áa]tic[oa]|Ejecutivo|Permanente|General|Estatal|Internacional|Art[íi]stico|Sinf[óo]nica|Deportivo)$/u;
/** A parent's name follows `de`/`del` inside its organ's name. */
const PARENT_AFTER = new RegExp(` ${DE} $`, 'u');
/** The head and its joiners, up to the name's first capitalised word. */
const HEAD_PART = new RegExp(`^(?:${HEAD})(?: ${JOINER})* `, 'u');
/**
 * Organs of a parent named after them (`Comité Central del ...`, `Comité Ejecutivo ...`): the
 * parent is matched on its own and the organ is left to the title rules, as in English.
 */
const ORGAN_FIRST = /^Comit[ée] (?:Central|Ejecutivo|Permanente|Pol[íi]tico)\b/u;

/**
 * Bodies named in KCNA's Spanish service that no list knows (docs/languages.md), keyed by the name
 * as written. A span another finder took for an organization, an outlet or a person's group stays
 * theirs; countries and people inside the name stay actors of their own.
 */
export function findSpanishOrganizations(
  text: string,
  known: readonly ActorMention[],
): ActorMention[] {
  const owned = new SpanIndex(
    known.filter((m) => m.entry.kind !== 'country' && m.entry.kind !== 'person'),
  );
  // `Federación Rusa`, `Unión Soviética`: a head word inside a country's or a listed name.
  const all = new SpanIndex(known);
  const people = new SpanIndex(known.filter((m) => m.entry.kind === 'person'));
  const personStarts = new Set(known.filter((m) => m.entry.kind === 'person').map((m) => m.start));
  const out: ActorMention[] = [];
  // The last name found that is no parent inside another: heads within it are its own words.
  let outer: { end: number; nameStart: number } | undefined;
  SPANISH_ORG.lastIndex = 0;
  for (let m = SPANISH_ORG.exec(text); m !== null; m = SPANISH_ORG.exec(text)) {
    const start = m.index;
    const second = SECOND_BODY.exec(m[0]);
    let surface = (second === null ? m[0] : m[0].slice(0, second.index)).replace(
      TRAILING_JOINERS,
      '',
    );
    let end = start + surface.length;
    // `Comité Organizador del Festival An Tong Chun`: a person glued on ends the name.
    const glued = Math.min(
      ...people
        .overlapping(start + 1, end)
        .map((p) => p.start)
        .filter((at) => at > start),
    );
    if (glued < end) {
      surface = text.slice(start, glued).trimEnd().replace(TRAILING_JOINERS, '');
      end = start + surface.length;
    }
    // Go on right after this head: a body may be named inside (`Comité Central del Partido ...`).
    SPANISH_ORG.lastIndex = start + 1;
    if (
      (surface.startsWith('Centro ') && AT_PLACE.test(text.slice(Math.max(0, start - 6), start))) ||
      ORGAN_FIRST.test(surface) ||
      GENERIC_ONE.test(surface) ||
      owned.overlaps(start, end) ||
      all.overlaps(start, start + 1)
    )
      continue;
    // `grupo de Lee Myung Bak` is a leader's group (leader-groups.ts), not a body's name.
    const headPart = HEAD_PART.exec(surface)?.[0];
    if (headPart !== undefined && personStarts.has(start + headPart.length)) continue;
    if (!/\p{Lu}/u.test(surface.slice(headPart?.length ?? surface.length))) continue;
    // Inside a name found before, a body after `de`/`del` is its parent when the outer name has
    // words of its own first (`Banda Samjiyon del Conjunto Artístico Mansudae`), as in English;
    // in `Unión de Movimiento Popular` the second head is part of the name.
    if (outer !== undefined && start < outer.end) {
      const between = text.slice(outer.nameStart, start);
      if (!PARENT_AFTER.test(between) || !/\p{Lu}/u.test(between)) continue;
    }
    SPANISH_ORG.lastIndex = start + 1;
    if (outer === undefined || start >= outer.end)
      outer = { end, nameStart: start + (headPart?.length ?? 0) };
    out.push({
      start,
      end,
      surface,
      entry: organizationAsWritten(surface),
      extractor: 'actors/org-pattern-es',
      confidence: 0.7,
    });
  }
  return out;
}
