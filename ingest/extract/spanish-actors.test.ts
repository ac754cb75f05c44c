import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';

const keys = (text: string): string[] =>
  extractArticle({
    title: 'T',
    text,
    language: 'es',
    date: '2011-06-08',
    origin: { location: 'test' },
  })
    .actors.map((a) => a.key)
    .sort();

describe('Spanish actors', () => {
  it("keys KCNA's Spanish leader groups as the English group", () => {
    expect(
      keys(
        'La sociedad internacional advirtió a la banda del traidor Lee Myung Bak. La camarilla ' +
          'de Lee Myung Bak denigra a la RPDC. La banda de Lee amenaza la paz.',
      ),
    ).toEqual(['country:north-korea', 'group:lee-myung-bak-group', 'person:lee-myung-bak']);
  });

  it('finds bodies by a head noun and capitalised words, split at a second head', () => {
    expect(
      keys(
        'El Grupo de Estudio de la Idea Juche y la Asociación de Estudio de la Política de ' +
          'Songun, de Gran Bretaña, señalaron que ... El Comité Brasileño de Solidaridad con la ' +
          'RPDC en su artículo online precisó que ...',
      ),
    ).toEqual([
      'country:brazil',
      'country:north-korea',
      'country:united-kingdom',
      'organization:asociacion-de-estudio-de-la-politica-de-songun',
      'organization:comite-brasileno-de-solidaridad-con-la-rpdc',
      'organization:grupo-de-estudio-de-la-idea-juche',
    ]);
  });

  it('reads a comma list of names closed by y inside a name', () => {
    expect(
      keys('La Asociación de Sindicatos de Cechy, Morava y Silesia del Checo condenó ...'),
    ).toEqual(['organization:asociacion-de-sindicatos-de-cechy-morava-y-silesia-del-checo']);
  });

  it('knows the KPA and the KFA by their Spanish names and countries by theirs', () => {
    expect(
      keys(
        'Los oficiales del EPC y el Presidente de la Asociación de Amistad con Corea con sede ' +
          'en España visitaron Italia.',
      ),
    ).toEqual([
      'country:italy',
      'country:spain',
      'organization:korean-friendship-association',
      'organization:korean-peoples-army',
    ]);
  });

  it('reads por la inside a name and takes a centre one is in for a place', () => {
    expect(
      keys(
        'La Alianza Pannacional por la Reunificacion de la Patria hizo publico. Quedó inaugurado ' +
          'en el Centro de Voleibol el Campeonato.',
      ),
    ).toEqual(['organization:alianza-pannacional-por-la-reunificacion-de-la-patria']);
  });

  it('leaves listed bodies and organs of a parent to the lists', () => {
    expect(
      keys(
        'El Partido del Trabajo de Corea saludó al secretario general del Comité Central del ' +
          'Partido Comunista de Vietnam.',
      ),
    ).toEqual([
      'country:vietnam',
      'organization:communist-party-of-vietnam',
      'organization:workers-party-of-korea',
    ]);
  });
});

describe('Spanish art troupes and sports teams', () => {
  it('reads troupes, orchestras and bands as bodies, a century and a day inside the name, and the parent after `del`', () => {
    expect(
      keys(
        'El Dirigente presencio la funcion de la Banda Samjiyon del Conjunto Artistico Mansudae y ' +
          'de la Orquesta del Siglo 21 de Rusia. Jugo el Conjunto Deportivo 25 de Abril.',
      ),
    ).toEqual([
      'country:russia',
      'organization:banda-samjiyon-del-conjunto-artistico-mansudae',
      'organization:conjunto-artistico-mansudae',
      'organization:conjunto-deportivo-25-de-abril',
      'organization:orquesta-del-siglo-21-de-rusia',
    ]);
  });

  it('reads no body in a monument complex, nor in a head with one generic word', () => {
    expect(
      keys('Visitaron el Conjunto Monumental de Samjiyon y un Conjunto Artistico local.'),
    ).toEqual([]);
  });
});

describe('Spanish names joined by `de las` or `con los`', () => {
  it('keep the words after the longer joiner', () => {
    expect(
      keys(
        'Hablo el Consejo por la Solucion del Problema de las Tropas de Voluntarios y el Consejo ' +
          'de Mujeres Japonesas para la Solidaridad con las Mujeres de Corea.',
      ),
    ).toEqual([
      'country:japan',
      'organization:consejo-de-mujeres-japonesas-para-la-solidaridad-con-las-mujeres-de-corea',
      'organization:consejo-por-la-solucion-del-problema-de-las-tropas-de-voluntarios',
    ]);
  });
});

describe('a second head inside a Spanish name', () => {
  it('is part of the name when the first head has no words of its own before it', () => {
    expect(keys('Hablo un diputado de la Union de Movimiento Popular de Francia.')).toEqual([
      'country:france',
      'organization:union-de-movimiento-popular-de-francia',
    ]);
  });
});

describe('Spanish companies (sample actors-2026-12n)', () => {
  it('reads factories, complexes, smelteries and steelworks as bodies, with a number or `no Ferrosos` in the name', () => {
    expect(
      keys(
        'El Combinado de Alimentos de Susongchon tiene el deber. Visito la Fabrica de Alambres ' +
          'Electricos 326 de Pyongyang, la Fundicion de Metales no Ferrosos de Unhung, la Acería ' +
          'de Chongjin y el Complejo de Maquinaria de Rakwon.',
      ),
    ).toEqual([
      'organization:aceria-de-chongjin',
      'organization:combinado-de-alimentos-de-susongchon',
      'organization:complejo-de-maquinaria-de-rakwon',
      'organization:fabrica-de-alambres-electricos-326-de-pyongyang',
      'organization:fundicion-de-metales-no-ferrosos-de-unhung',
    ]);
  });

  it('reads no body in a swimming or skating complex, nor in a farm', () => {
    expect(
      keys(
        'Vio el Complejo de Piscinas y Servicios de Cultura Fisica Changgwangwon, el Complejo de ' +
          'Patinaje y la Granja Cooperativa de Sinam.',
      ),
    ).toEqual([]);
  });
});

describe('Spanish names of listed bodies (pool mining, session 18)', () => {
  it("knows Japan's Self-Defence Forces, south Korea's NIS and the DPRK's other two papers", () => {
    expect(
      keys(
        'Japón envía sus "Fuerzas de Autodefensa" al extranjero. El Servicio Nacional de ' +
          'Inteligencia de Corea del Sur. El editorial conjunto de los periodicos Rodong Sinmun, ' +
          'Joson Inmingun y Chongnyon Jonwi.',
      ),
    ).toEqual([
      'country:japan',
      'country:south-korea',
      'organization:japan-self-defense-forces',
      'organization:national-intelligence-service',
      'outlet:chongnyon-jonwi',
      'outlet:joson-inmingun',
      'outlet:rodong-sinmun',
    ]);
  });
});
