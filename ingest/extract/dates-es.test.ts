import { describe, expect, it } from 'vitest';
import { findSpanishDatesInContext } from './dates-es';

const dates = (text: string, pub: string) =>
  findSpanishDatesInContext(text, pub, {}).map((d) => [d.date, d.precision, d.text]);

describe('findSpanishDatesInContext', () => {
  it('reads weekdays, with or without accents, to the latest on or before publication', () => {
    // 2011-03-19 was a Saturday.
    expect(
      dates('Señala el diario en un artículo difundido este sabado y continúa:', '2011-03-19'),
    ).toEqual([['2011-03-19', 'day', 'este sabado']]);
    expect(dates('difundido en su edición de este miércoles', '2011-04-20')).toEqual([
      ['2011-04-20', 'day', 'este miércoles'],
    ]);
    expect(dates('Se reunió el lunes pasado.', '2011-04-18')).toEqual([
      ['2011-04-11', 'day', 'el lunes pasado'],
    ]);
  });

  it('reads days and months, past-biased without a year', () => {
    expect(dates('hicieron pública el 25 de enero una declaración', '2011-02-04')).toEqual([
      ['2011-01-25', 'day', 'el 25 de enero'],
    ]);
    expect(dates('la liberación de la patria (15 de agosto de 1945)', '2011-03-28')).toEqual([
      ['1945-08-15', 'day', '15 de agosto de 1945'],
    ]);
    expect(dates('Ocurrió el 20 de diciembre.', '2011-01-10')).toEqual([
      ['2010-12-20', 'day', 'el 20 de diciembre'],
    ]);
    expect(dates('Lo hizo en marzo de 2008 y en octubre pasado.', '2011-07-08')).toEqual([
      ['2008-03-01', 'month', 'en marzo de 2008'],
      ['2010-10-01', 'month', 'en octubre pasado'],
    ]);
  });

  it('dates a range by its start and skips dates inside names', () => {
    expect(
      dates(
        'Desde el 24 de diciembre del ano pasado hasta el 19 de enero de este ano, hizo frío.',
        '2011-01-22',
      ),
    ).toEqual([['2010-12-24', 'day', 'Desde el 24 de diciembre del ano pasado']]);
    expect(dates('aplicar la Declaración Conjunta del 15 de Junio', '2011-06-15')).toEqual([]);
  });

  it('reads `el día N` as a day of the publication month, a range by its start', () => {
    expect(
      dates(
        'Tuvo lugar el dia 3 la ceremonia. El pasado día 1 llegó y se fue hasta el día 30.',
        '2011-01-07',
      ),
    ).toEqual([
      ['2011-01-03', 'day', 'el dia 3'],
      ['2011-01-01', 'day', 'El pasado día 1'],
    ]);
  });

  it('reads `el día primero` as the 1st and `la víspera` as the day before, not an eve', () => {
    expect(
      dates(
        'Arribó el día primero y envió la víspera un mensaje, en la víspera del Día del Sol.',
        '2011-07-04',
      ),
    ).toEqual([
      ['2011-07-01', 'day', 'el día primero'],
      ['2011-07-03', 'day', 'la víspera'],
    ]);
  });

  it('reads `los días 8 y 9` as two days, `entre los días 11 y 17` as a range', () => {
    expect(
      dates(
        'Tuvieron lugar los días 8 y 9 las obras, medidas entre los días 11 y 17.',
        '2011-06-20',
      ),
    ).toEqual([
      ['2011-06-08', 'day', 'los días 8 y 9'],
      ['2011-06-09', 'day', 'los días 8 y 9'],
      ['2011-06-11', 'day', 'los días 11 y 17'],
    ]);
  });

  it('dates `del día 20 al 26 de mayo` by its start, in the month before when it wraps', () => {
    expect(
      dates(
        'realizó del día 20 al 26 de mayo una visita y del dia 20 al 3 de febrero otra',
        '2011-06-06',
      ),
    ).toEqual([
      ['2011-05-20', 'day', 'del día 20 al 26 de mayo'],
      ['2011-01-20', 'day', 'del dia 20 al 3 de febrero'],
    ]);
  });

  it('reads relative years, plan scopes aside', () => {
    expect(dates('En el ano pasado, preconizo la reunificacion.', '2011-03-12')).toEqual([
      ['2010-01-01', 'year', 'el ano pasado'],
    ]);
    expect(dates('las medidas tomadas este ano por ponerla en practica', '2011-03-12')).toEqual([
      ['2011-01-01', 'year', 'este ano'],
    ]);
    expect(dates('cumplir la ofensiva general de este ano', '2011-01-10')).toEqual([]);
    expect(dates('En el proximo ano de su llegada al poder, dijo', '2011-03-12')).toEqual([]);
  });

  it('reads years, `ayer`, `hace N años` and anniversaries by subtraction', () => {
    expect(dates('Fue fundado en 1950.', '2011-06-01')).toEqual([
      ['1950-01-01', 'year', 'en 1950'],
    ]);
    expect(dates('Llegó ayer a Pyongyang.', '2011-06-01')).toEqual([['2011-05-31', 'day', 'ayer']]);
    expect(dates('estalló hace 51 años', '2011-04-19')).toEqual([
      ['1960-01-01', 'year', 'hace 51 años'],
    ]);
    expect(dates('con motivo del 50º aniversario del tratado', '2011-07-09')).toEqual([
      ['1961-01-01', 'year', '50º aniversario'],
    ]);
  });

  it('reads `hoy` after a dated act as the publication day, not `hoy` of nowadays', () => {
    for (const text of [
      'Tuvo lugar hoy en el Palacio de los Congresos la reunión.',
      'Rodong Sinmun en un comentario individual difundido hoy lo califica de',
      'El diario inserto en su edicion de hoy un articulo',
      'respondió hoy como lo siguiente',
    ])
      expect(dates(text, '2011-07-28'), text).toEqual([['2011-07-28', 'day', 'hoy']]);
    for (const text of [
      'La grave situación de hoy urge que todos los coreanos',
      'Hoy, la tradicional amistad acoge una nueva era.',
      'impiden hasta hoy su reanudacion',
      'Lamentablemente, persiste hoy en día el clima',
      'ha desarrollado hoy también',
    ])
      expect(dates(text, '2011-07-28'), text).toEqual([]);
  });
  it('dates an anniversary to its happening’s day when its name or brackets give one', () => {
    expect(
      dates(
        'dedicados al 11º aniversario de la publicación de la Declaración Conjunta del 15 de Junio.',
        '2011-06-15',
      ),
    ).toEqual([['2000-06-15', 'day', '11º aniversario']]);
    expect(
      dates(
        'el acto central dedicado al 101o aniversario del Dia Internacional de la Mujer (8 de Marzo).',
        '2011-03-08',
      ),
    ).toEqual([['1910-03-08', 'day', '101o aniversario']]);
    expect(dates('con motivo del 121º aniversario del Primero de Mayo.', '2011-05-02')).toEqual([
      ['1890-05-01', 'day', '121º aniversario'],
    ]);
    // A day with its own year, or one timing the celebration, is not the happening's.
    expect(
      dates(
        'por el 58o aniversario de la victoria (25 de junio de 1950 - 27 de julio de 1953).',
        '2011-07-26',
      )[0],
    ).toEqual(['1953-01-01', 'year', '58o aniversario']);
    expect(
      dates('el acto por el 66º aniversario tuvo lugar el 9 de octubre.', '2011-10-10'),
    ).toEqual([
      ['1945-01-01', 'year', '66º aniversario'],
      ['2011-10-09', 'day', 'el 9 de octubre'],
    ]);
  });

  it('reads a month `del próximo año` as next year’s, like `in March next year`', () => {
    expect(
      dates('y en marzo del próximo año en Seúl cuando se realizará la cumbre.', '2011-06-09'),
    ).toEqual([['2012-03-01', 'month', 'en marzo del próximo año']]);
    expect(dates('se celebrará el 3 de mayo del año que viene.', '2011-06-09')).toEqual([
      ['2012-05-03', 'day', 'el 3 de mayo del año que viene'],
    ]);
  });

  it('dates the start, end or middle of this year to the publication year, not as a scope', () => {
    expect([
      dates('vuelven a abogarlo desde el principio de este ano.', '2011-02-11'),
      dates('Desde el principio del ano en curso, Japon desarrolla los ejercicios.', '2011-02-08'),
      // A deadline or a range's end is no date.
      dates('lo terminarán hasta finales de este año.', '2011-02-08'),
      dates('la producción del año en curso', '2011-05-11'),
    ]).toEqual([
      [['2011-01-01', 'year', 'principio de este ano']],
      [['2011-01-01', 'year', 'principio del ano en curso']],
      [],
      [],
    ]);
  });

  it('dates the birth 100 years before the year a centenary is written in, and no bare centenary', () => {
    expect([
      dates(
        'para hacer de 2012, centenario de natalicio del Presidente, el año de victorias',
        '2011-03-25',
      ),
      dates(
        'acoger con orgullo 2012, año del centenario de natalicio del Presidente.',
        '2011-05-20',
      ),
      dates('en ocasión del centenario de natalicio del Presidente.', '2011-05-20'),
    ]).toEqual([
      [['1912-01-01', 'year', '2012, centenario de natalicio']],
      [['1912-01-01', 'year', '2012, año del centenario de natalicio']],
      [],
    ]);
  });
});
