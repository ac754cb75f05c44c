import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const article = (text: string) =>
  extract({
    title: 'Prueba',
    text,
    date: '2011-03-12',
    language: 'es',
    sourceName: 'KCNA',
    origin: { location: 'citations-es.test' },
  });
/** `key|how` per citation, in text order. */
const cites = (text: string): string[] =>
  article(text).citations.map((c) => `${c.outletKey}|${c.how}`);

describe('extractSpanishCitations: the formula of the Spanish service', () => {
  it.each([
    [
      'the verb first, accents dropped',
      'Senala el diario Rodong Sinmun en un articulo individual de este martes y prosigue:\nLa guerra es un crimen.',
      ['outlet:rodong-sinmun|reported'],
    ],
    [
      'the verb first after a clause, with así',
      'La guerra es un crimen, opina así el periódico Minju Joson en un comentario individual.',
      ['outlet:minju-joson|reported'],
    ],
    [
      'the outlet as subject, the verb in the preterite',
      'El diario Rodong Sinmun publicó este lunes un artículo individual dedicado al aniversario.',
      ['outlet:rodong-sinmun|reported'],
    ],
    [
      'the outlet as subject across a phrase between commas and a clitic',
      'El diario Rodong Sinmun, en un comentario individual de este martes, lo califica de acto peligroso.',
      ['outlet:rodong-sinmun|reported'],
    ],
    [
      'the outlet followed by its words after a colon',
      'El diario Rodong Sinmun escribe: La guerra es un crimen.',
      ['outlet:rodong-sinmun|quoted'],
    ],
    [
      'según with a descriptor and a demonym',
      'Según la cadena surcoreana Yonhap News, el ministerio aprobó el plan.',
      ['outlet:yonhap|according-to'],
    ],
    [
      'de acuerdo con las versiones de',
      'De acuerdo con las versiones recientes de Asahi Shimbun, Estados Unidos presionó a Japón.',
      ['outlet:asahi-shimbun|according-to'],
    ],
    [
      'coordinated papers before a plural verb',
      'Los periódicos Rodong Sinmun y Minju Joson insertaron este miércoles sendos editoriales.',
      ['outlet:rodong-sinmun|reported', 'outlet:minju-joson|reported'],
    ],
    [
      'an outlet no list knows, introduced by its descriptor',
      'El diario nepalí Chautari publicó un artículo sobre Corea.',
      ['outlet:chautari|reported'],
    ],
  ])('cites %s', (_form, text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

  it('makes an introduced outlet an actor', () => {
    expect(
      article('El diario nepalí Chautari publicó un artículo.').actors.map((a) => a.key),
    ).toContain('outlet:chautari');
  });

  it.each([
    [
      'an outlet in the title of a speaker',
      'El presidente de la agencia norteamericana AP, Thomas Curley, expresó la satisfacción por su visita.',
    ],
    [
      'an outlet given an interview',
      'En entrevista con ITAR-TASS concedida el día 10, el presidente habló.',
    ],
    ['an outlet that says nothing', 'El diario Rodong Sinmun tiene una larga historia.'],
  ])('leaves out %s', (_form, text) => {
    expect(cites(text)).toEqual([]);
  });
});

describe('readSpanishCitations: quotes of the formula', () => {
  const quotes = (text: string): string[] =>
    article(text).quotes.map((q) => `${q.actorKey}|${q.kind}|${q.text}`);

  it.each([
    [
      'the proposition before the verb, then the block after the colon',
      'La guerra es un crimen, señala así el diario Rodong Sinmun en un artículo individual de este martes y prosigue:\n\nLos agresores pagarán caro.',
      [
        'outlet:rodong-sinmun|ATTRIBUTES|La guerra es un crimen',
        'outlet:rodong-sinmun|QUOTES|Los agresores pagarán caro.',
      ],
    ],
    [
      'the outlet as subject of a speech verb with que',
      'El diario Rodong Sinmun señala que la guerra es un crimen.',
      ['outlet:rodong-sinmun|ATTRIBUTES|la guerra es un crimen.'],
    ],
    [
      'según',
      'Según la cadena surcoreana Yonhap News, el ministerio aprobó el plan.',
      ['outlet:yonhap|ATTRIBUTES|el ministerio aprobó el plan.'],
    ],
    [
      'a paper publishing an article, which attributes no words',
      'El diario Rodong Sinmun publicó este lunes un artículo individual dedicado al aniversario.',
      [],
    ],
  ])('reads %s', (_form, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
