import { describe, expect, it } from 'vitest';
import {
  findDateline,
  findDates,
  findDatesInContext,
  jucheToGregorian,
  type DateContext,
} from './dates';

const PUB = '2021-08-01';
const dates = (text: string, pub: string) =>
  findDates(text, pub).map((d) => [d.date, d.precision, d.text]);
const one = (text: string, pub = PUB) => {
  const found = findDates(text, pub);
  expect(found).toHaveLength(1);
  const [d] = found;
  if (d === undefined) throw new Error('no date');
  return d;
};

describe('findDates', () => {
  it('resolves a month and day against the publication year', () => {
    const d = one('On July 19, the forces blamed China.');
    expect(d).toMatchObject({ date: '2021-07-19', precision: 'day', text: 'On July 19' });
  });

  it('puts a day far after publication in the previous year (past bias)', () => {
    expect(one('on Dec. 28 they met', '2022-01-10').date).toBe('2021-12-28');
    expect(one('on Aug. 3 they will meet', PUB).date).toBe('2021-08-03');
  });

  it('reads relative years and months', () => {
    expect(one('occurred early this year')).toMatchObject({
      date: '2021-01-01',
      precision: 'year',
    });
    expect(one('visited last year')).toMatchObject({ date: '2020-01-01', precision: 'year' });
    expect(one('a survey in late March')).toMatchObject({ date: '2021-03-01', precision: 'month' });
    expect(one('in October last year')).toMatchObject({ date: '2020-10-01', precision: 'month' });
  });

  it('reads explicit dates and years', () => {
    expect(one('the war started on June 25, 1950')).toMatchObject({
      date: '1950-06-25',
      precision: 'day',
    });
    expect(one('in September 1950')).toMatchObject({ date: '1950-09-01', precision: 'month' });
    expect(one('it happened in 1950')).toMatchObject({ date: '1950-01-01', precision: 'year' });
  });

  it('reads years before 1800 after a lead word, but not counts or hill names', () => {
    expect(
      dates(
        'It was compiled in 1445, printed from 1477 and rebuilt in 1714. The 1500 workers held 1211 Height.',
        '2011-05-17',
      ),
    ).toEqual([
      ['1445-01-01', 'year', 'in 1445'],
      ['1477-01-01', 'year', 'from 1477'],
      ['1714-01-01', 'year', 'in 1714'],
    ]);
  });

  it('dates no decade, nor reads its digits as a year', () => {
    // A year-precision 1950 would be a wrong date; `the 1950s` is coarser than any precision.
    expect(dates('defeats in the 1950s, in the early 1970s and the mid-1990s', PUB)).toEqual([]);
    expect(dates('in the 1950s and in 1953', PUB)).toEqual([['1953-01-01', 'year', 'in 1953']]);
  });

  it('reads Juche years (Juche 1 = 1912)', () => {
    expect(jucheToGregorian(110)).toBe(2021);
    expect(one('Juche 110 marks')).toMatchObject({ date: '2021-01-01', precision: 'year' });
    expect(one('[Juche113.6.11.]', '2024-06-11')).toMatchObject({
      date: '2024-06-11',
      isPublicationDay: true,
    });
  });

  it('reads a day dated by its Juche year as one day', () => {
    // Not January 29 of the publication year plus a separate year 2003.
    expect(findDates('published on January 29, Juche 92 (2003), it', '2011-02-03')).toMatchObject([
      { date: '2003-01-29', precision: 'day' },
    ]);
    expect(one('on July 2, Juche 110', '2024-01-01')).toMatchObject({ date: '2021-07-02' });
  });

  it('reads one-digit Juche years and a month range dated by its Juche year', () => {
    expect(dates('born on April 15, Juche 1 (1912) in Mangyongdae', '2011-12-31')).toEqual([
      ['1912-04-15', 'day', 'on April 15, Juche 1 (1912)'],
    ]);
    expect(dates('visited there in November Juche 7 (1918), to', '2011-12-01')).toEqual([
      ['1918-11-01', 'month', 'in November Juche 7 (1918)'],
    ]);
    expect(dates('talks made from January to July, Juche 82 (1993).', '2011-05-17')).toMatchObject([
      ['1993-01-01', 'month', 'from January to July, Juche 82 (1993)'],
    ]);
  });

  it('reads `<month> of <year>` as that month', () => {
    expect(dates('secretary at its Congress in November of 1986, member', '2011-09-21')).toEqual([
      ['1986-11-01', 'month', 'in November of 1986'],
    ]);
    expect(dates('advanced in September of Juche 26 (1937) and', '2011-10-01')).toEqual([
      ['1937-09-01', 'month', 'in September of Juche 26 (1937)'],
    ]);
    expect(dates('the days from April 9 of 2011 on', '2011-12-01')).toEqual([
      ['2011-04-09', 'day', 'from April 9 of 2011'],
    ]);
  });

  it('resolves weekdays to the latest such day and flags the publication day', () => {
    // 2011-12-20 was a Tuesday.
    expect(one('CCTV Monday reported', '2011-12-20').date).toBe('2011-12-19');
    expect(one('Papers Tuesday say', '2011-12-20').isPublicationDay).toBe(true);
  });

  it('splits `Oct. 28 and 31` into two days', () => {
    const found = findDates('statements on Oct. 28 and 31 in support', '2011-11-06');
    expect(found.map((d) => d.date)).toEqual(['2011-10-28', '2011-10-31']);
  });

  it('uses the last written year for `that year`', () => {
    const found = findDates(
      'from September 1950. A doctor came on December 1 that year.',
      '2011-06-27',
    );
    expect(found.map((d) => d.date)).toEqual(['1950-09-01', '1950-12-01']);
  });

  it('skips named dates, bare modal May and future deadlines', () => {
    expect(findDates('implementing the September 19 joint statement', '2011-11-06')).toEqual([]);
    expect(findDates('They May Day', PUB)).toEqual([]);
    expect(findDates('oust him within this year', PUB)).toEqual([]);
    expect(findDates('found in Jangphung County', PUB)).toEqual([]);
  });

  it('reads a month range', () => {
    expect(one('From January to June this year, 229 cases', '2024-10-01')).toMatchObject({
      date: '2024-01-01',
      dateEnd: '2024-06-30',
      precision: 'month',
    });
  });
});

describe('findDates by the annotation rules', () => {
  it('knows February 29 of leap years only', () => {
    expect(one('The talks took place on February 29.', '2024-03-05').date).toBe('2024-02-29');
    // 2024-03-01 was a Friday: Thursday is the leap day, not March 1.
    expect(one('The ministry issued a statement on Thursday.', '2024-03-01').date).toBe(
      '2024-02-29',
    );
    expect(findDates('It was held on February 29, 2023 in Seoul.', '2024-03-05')).toEqual([]);
  });

  it('resolves anniversaries by subtraction, to the day when the text gives one', () => {
    expect(
      dates(
        "Kim Yong Nam sent a message on the 36th anniversary of the founding of the Lao People's Democratic Republic.",
        '2011-12-01',
      ),
    ).toEqual([['1975-01-01', 'year', '36th anniversary']]);
    expect(
      dates('Meetings marked the 76th founding anniversary of the DPRK.', '2024-09-27'),
    ).toEqual([['1948-01-01', 'year', '76th founding anniversary']]);
    expect(
      dates(
        'A statement was issued on the fourth anniversary of the October 4 declaration.',
        '2011-10-06',
      ),
    ).toEqual([['2007-10-04', 'day', 'fourth anniversary of the October 4']]);
    expect(
      dates('Today marks the 20th anniversary of his assumption of office.', '2011-12-24'),
    ).toEqual([['1991-12-24', 'day', '20th anniversary']]);
    expect(
      dates('A meeting took place on July 27, the 58th anniversary of the victory.', '2011-07-29'),
    ).toEqual([
      ['2011-07-27', 'day', 'on July 27'],
      ['1953-07-27', 'day', '58th anniversary'],
    ]);
  });

  it('reads `N years ago` and `N years since` from the article year, unless approximate', () => {
    expect(
      dates('66 years have passed since its defeat, but Japan denies it.', '2011-08-21'),
    ).toEqual([['1945-01-01', 'year', '66 years have passed since']]);
    expect(dates('The armistice was signed 58 years ago.', '2011-08-03')).toEqual([
      ['1953-01-01', 'year', '58 years ago'],
    ]);
    expect(dates('He has worked for more than ten years since he came.', '2011-11-08')).toEqual([]);
    expect(dates('His leg was paralyzed from more than 20 years ago.', '2011-06-02')).toEqual([]);
    // A number word opening the sentence, hyphenated: all of it counts, not its last word.
    expect(
      dates('Fifty-five years have passed since the troupe was formed.', '2024-09-27'),
    ).toEqual([['1969-01-01', 'year', 'Fifty-five years have passed since']]);
    expect(dates('It marked the Sixty-fifth anniversary of the DPRK.', '2013-09-09')).toEqual([
      ['1948-01-01', 'year', 'Sixty-fifth anniversary'],
    ]);
  });

  it('dates `<Month> <day>, N years ago` to that day N years back', () => {
    expect(
      dates('the image of Kim Il Sung on December 25, 20 years ago, who said', '2011-12-24'),
    ).toEqual([
      ['1991-12-25', 'day', 'on December 25'],
      ['1991-01-01', 'year', '20 years ago'],
    ]);
    expect(dates('August 15, 66 years ago, was the day', '2011-08-16')).toEqual([
      ['1945-08-15', 'day', 'August 15'],
      ['1945-01-01', 'year', '66 years ago'],
    ]);
  });

  it('reads `one year since` and `N years has passed since` like `N years since`', () => {
    expect(dates('on the lapse of one year since the case occurred', '2011-03-29')).toEqual([
      ['2010-01-01', 'year', 'one year since'],
    ]);
    expect(dates('One year has passed since the warship sank', '2011-03-31')).toEqual([
      ['2010-01-01', 'year', 'One year has passed since'],
    ]);
    expect(dates('Sixty-one years has passed since the CPV entered', '2011-10-25')).toEqual([
      ['1950-01-01', 'year', 'Sixty-one years has passed since'],
    ]);
    expect(dates('for a little over one year since the Conference', '2011-10-07')).toEqual([]);
  });

  it('resolves named holidays whose date is certain', () => {
    expect(
      dates(
        'Putin sent congratulations on the occasion of Liberation Day, a holiday.',
        '2024-08-16',
      ),
    ).toEqual([['2024-08-15', 'day', 'Liberation Day']]);
    expect(dates('Events will commemorate the Day of the Sun in 2012.', '2011-05-19')).toEqual([
      ['2012-04-15', 'day', 'Day of the Sun in 2012'],
    ]);
    expect(dates('Baskets were laid on the lunar New Year’s Day.', '2011-02-03')).toEqual([]);
    // The last Day of the Sun half a year on; New Year's Day just ahead.
    expect(one('Events marked the Day of the Sun.', '2011-10-20').date).toBe('2011-04-15');
    expect(one('Greetings came on New Year’s Day.', '2011-12-20').date).toBe('2012-01-01');
    // KCNA's Youth Day is the DPRK's (August 28); the UN's is written in full.
    expect(one('Rodong Sinmun dedicated editorials to the Youth Day.', '2024-08-27').date).toBe(
      '2024-08-28',
    );
    expect(one('They marked International Youth Day.', '2024-08-13').date).toBe('2024-08-12');
    expect(one('Today is the World Tourism Day.', '2024-09-27').date).toBe('2024-09-27');
  });

  it('refers `the same year` to the last year named, even one that is no event', () => {
    const context = {};
    findDatesInContext('the Korean war (1950-1953) ended in an armistice.', '2011-07-01', context);
    expect(
      findDatesInContext('In October of the same year a treaty was signed.', '2011-07-01', context),
    ).toMatchObject([{ date: '1953-10-01', precision: 'month' }]);
    expect(
      dates(
        'The company began in March 2009 and opened a centre in October that year.',
        '2011-11-30',
      ),
    ).toEqual([
      ['2009-03-01', 'month', 'in March 2009'],
      ['2009-10-01', 'month', 'in October that year'],
    ]);
    expect(dates('A doctor came on December 1 that year.', '2011-06-27')).toEqual([]);
    expect(dates('The troupe toured in October that year.', '2011-06-27')).toEqual([]);
    expect(dates('It was honored in August Juche 98 (2009).', '2011-03-16')).toEqual([
      ['2009-08-01', 'month', 'in August Juche 98 (2009)'],
    ]);
  });

  it('dates a range by its start only', () => {
    expect(dates('The drills lasted between Aug. 16 and 26 in the area.', '2011-08-30')).toEqual([
      ['2011-08-16', 'day', 'Aug. 16'],
    ]);
    // 2024-11-08 was a Friday.
    expect(dates('Talks went on from Monday to Wednesday.', '2024-11-08')).toEqual([
      ['2024-11-04', 'day', 'Monday'],
    ]);
    expect(dates('Prices rose between 2010 and 2012.', '2024-11-08')).toEqual([
      ['2010-01-01', 'year', 'between 2010'],
    ]);
    expect(dates('The exercises are scheduled to last till August 26.', '2011-08-16')).toEqual([]);
  });

  it('dates `the <Month> <day> <happening> in <year>` to the day; names without a year are no dates', () => {
    expect(dates('He recalled the July 27 victory in 1953 with pride.', '2011-07-27')).toEqual([
      ['1953-07-27', 'day', 'July 27 victory in 1953'],
    ]);
    expect(dates('He played for a team named after April 25 in his youth.', '2024-07-01')).toEqual(
      [],
    );
    expect(dates('The April 25 Sports Team won the match.', '2024-07-01')).toEqual([]);
    // A name of a few capitalised words, and a quoted name that starts with the date.
    expect(dates('He won the February 16 Art Prize.', '2024-07-01')).toEqual([]);
    expect(dates('They blocked it under the pretext of the "May 24 step".', '2011-05-28')).toEqual(
      [],
    );
    expect(
      dates(
        'Kim Jong Il provided the historic June 15 North-South Joint Declaration.',
        '2011-06-17',
      ),
    ).toEqual([]);
    expect(
      dates('Artists came to the 27th April Spring Friendship Art Festival.', '2011-04-07'),
    ).toEqual([]);
  });

  it('skips vague anchors, comparisons and the relative days of a past report', () => {
    for (const text of [
      'The ministry recently approved the textbooks.',
      'Such moves have increased in recent years.',
      'This is the reality of south Korea today.',
      "They overcame today's sorrow.",
      'The DPRK today eloquently proves the vitality of the idea.',
      'Let us live not merely for today but for tomorrow!',
      'The DPRK today would be unthinkable without him.',
      'The training is a furnace for producing tomorrow’s combat heroes.',
      'The audience gained confidence in tomorrow.',
      'It exceeded the figure of the same period of last year.',
      'Tokyo Shimbun said that a new term begins at many schools from tomorrow.',
      'Japan will possess eight submarines by 2030.',
      'They pledged to finish the project by the end of this year.',
    ])
      expect(findDates(text, '2024-10-01'), text).toEqual([]);
    expect(dates('A delegation arrived here by air today.', '2011-05-10')).toEqual([
      ['2011-05-10', 'day', 'today'],
    ]);
  });

  it('reads `this year` and `last year` after a day or at a sentence start, not as a thing', () => {
    expect(dates('A banquet was held on December 31 last year.', '2024-01-01')).toEqual([
      ['2023-12-31', 'day', 'on December 31 last year'],
    ]);
    expect(dates('Last year, the U.S. deployed a submarine.', '2024-05-20')).toEqual([
      ['2023-01-01', 'year', 'Last year'],
    ]);
    expect(dates('They will glorify this year as a year of great change.', '2024-07-20')).toEqual(
      [],
    );
    expect(dates('It is a 16.9 percent increase over the last year.', '2024-05-11')).toEqual([]);
    expect(dates('This year marks the 75th anniversary of the relations.', '2024-05-11')).toEqual([
      ['1949-01-01', 'year', '75th anniversary'],
    ]);
    expect(dates('Exports grew 3.6 percent from the previous year.', '2011-03-11')).toEqual([]);
    expect(dates('Tension mounted during the last year.', '2024-05-11')).toEqual([]);
  });

  it('reads `last year` before `is` or `was` as a time after a noun, as the subject at a clause start', () => {
    expect(
      [
        'The Yonphyong Island shelling last year was a legitimate measure.',
        'The debt crisis which started in Greece last year, is sweeping Europe.',
        'The park, reconstructed last year, is associated with the leader.',
        'Last year was a year of victory and glory.',
        'He said that last year witnessed the signal advance.',
        'The basic duty for them this year is to bring a new phase.',
      ].map((text) => dates(text, '2011-11-30')),
    ).toEqual([
      [['2010-01-01', 'year', 'last year']],
      [['2010-01-01', 'year', 'last year']],
      [['2010-01-01', 'year', 'last year']],
      [],
      [],
      [],
    ]);
  });

  it('reads `mid-July` and keeps a sentence period out of the phrase', () => {
    expect(dates('Kim met them in mid-October last year.', '2024-10-20')).toEqual([
      ['2023-10-01', 'month', 'in mid-October last year'],
    ]);
    expect(dates('It happened in early July.', '2024-10-20')).toEqual([
      ['2024-07-01', 'month', 'in early July'],
    ]);
  });

  it('reads next month as a plan and `May Day` as no month', () => {
    expect(dates('The fighters will stay in the ROK in August.', '2024-07-23')).toEqual([
      ['2024-08-01', 'month', 'in August'],
    ]);
    expect(dates('It should be built before May Day for the workers.', '2024-04-09')).toEqual([]);
  });

  it('flags the publisher’s date stamp', () => {
    expect(one('[Juche113.6.11.]', '2024-06-11').stamp).toBe(true);
  });

  it('reads `next year` as a plan, and in a story of the past from the story’s year', () => {
    expect(dates('The elections are due next year.', '2011-11-11')).toEqual([
      ['2012-01-01', 'year', 'next year'],
    ]);
    expect(dates('The summit will take place in March next year.', '2011-06-01')).toEqual([
      ['2012-03-01', 'month', 'in March next year'],
    ]);
    expect(dates('They are preparing for next year’s farming.', '2011-12-22')).toEqual([]);
    expect(
      dates(
        'He became commander on December 24, 1991 and marshal on April 20 next year.',
        '2011-12-24',
      ),
    ).toEqual([
      ['1991-12-24', 'day', 'on December 24, 1991'],
      ['1992-04-20', 'day', 'on April 20 next year'],
    ]);
    const context = {};
    findDatesInContext(
      'One day in September Juche 102 (2013), he visited the stadium.',
      '2024-09-23',
      context,
    );
    expect(
      findDatesInContext('He visited the site in June next year.', '2024-09-23', context),
    ).toMatchObject([{ date: '2014-06-01', precision: 'month' }]);
  });

  it('counts an anniversary from the year it falls in when the text names one', () => {
    expect(
      dates('Next year we will be greeting the 80th anniversary of Party founding.', '2024-10-11'),
    ).toEqual([
      ['2025-01-01', 'year', 'Next year'],
      ['1945-01-01', 'year', '80th anniversary'],
    ]);
    expect(
      dates(
        'Next year is significant in that the Party will greet its 80th founding anniversary.',
        '2024-10-11',
      ),
    ).toEqual([['1945-01-01', 'year', '80th founding anniversary']]);
    expect(
      dates(
        'Efforts are made before greeting the 100th birth anniversary of Kim Il Sung next year.',
        '2011-04-19',
      ),
    ).toEqual([
      ['1912-01-01', 'year', '100th birth anniversary'],
      ['2012-01-01', 'year', 'next year'],
    ]);
    expect(
      dates(
        'The site was built to mark the 25th WPK birthday in October Juche 59 (1970).',
        '2024-10-09',
      ),
    ).toEqual([
      ['1945-01-01', 'year', '25th WPK birthday'],
      ['1970-10-01', 'month', 'in October Juche 59 (1970)'],
    ]);
    // Coordinated anniversaries share the year; a year far back is the happening's own.
    expect(
      dates(
        'He came last year to mark the 10th anniversary of the joint declaration and the 30th anniversary of the proposal for founding the federal republic.',
        '2011-01-19',
      ),
    ).toEqual([
      ['2010-01-01', 'year', 'last year'],
      ['2000-01-01', 'year', '10th anniversary'],
      ['1980-01-01', 'year', '30th anniversary'],
    ]);
    expect(
      dates('Born in 1912, he is honoured on the 99th anniversary of his birth.', '2011-04-15'),
    ).toEqual([
      ['1912-01-01', 'year', 'in 1912'],
      ['1912-01-01', 'year', '99th anniversary'],
    ]);
    expect(dates('The country celebrated the 76th DPRK birthday.', '2024-09-10')).toEqual([
      ['1948-01-01', 'year', '76th DPRK birthday'],
    ]);
  });

  it('reads quarters and halves of a year from their first month', () => {
    expect(dates('Faces were secured in the third quarter of the year.', '2024-09-25')).toEqual([
      ['2024-07-01', 'month', 'in the third quarter of the year'],
    ]);
    expect(dates('Profit fell in the second quarter of 2011.', '2011-10-29')).toEqual([
      ['2011-04-01', 'month', 'in the second quarter of 2011'],
    ]);
    expect(dates('Prices rose in the latter half of last year.', '2011-02-21')).toEqual([
      ['2010-07-01', 'month', 'in the latter half of last year'],
    ]);
    expect(dates('The economy grew in the fourth quarter, the agency said.', '2011-03-01')).toEqual(
      [['2010-10-01', 'month', 'in the fourth quarter']],
    );
    for (const text of [
      'The team attacked in the first half of the match.',
      'Japan invaded Korea in the first half of the last century.',
      'Sales rose in the second quarter of fiscal 2011.',
      'Miners carry out the plan for the second half of the year.',
      'Experts were surveyed for the second quarterly index.',
    ])
      expect(findDates(text, '2011-08-01'), text).toEqual([]);
  });

  it('skips comparison bases, covered periods, months as things and indefinite days', () => {
    expect(
      dates(
        'Confidence dropped from minus 16.5 in August to minus 18.9 in September.',
        '2011-09-26',
      ),
    ).toEqual([['2011-09-01', 'month', 'in September']]);
    for (const text of [
      'Imports rose by 155 percent over that in 2014-2018.',
      'The government included the defence fund in the 2024 budget.',
      'According to the 2019-2023 trends in arms transfers, Japan bought more.',
      'The committee discussed its action plan for this year.',
      'Banquets were held in celebration of the new year 2024.',
      'They carried forward the glory to 2024.',
      'Cheers resounded in the sky of August.',
      'The Society of April Revolution held a rally.',
      'The war was ignited at dawn on a Sunday.',
    ])
      expect(findDates(text, '2024-05-11'), text).toEqual([]);
    expect(dates('Exports fell in the first 10 days of August.', '2011-09-01')).toEqual([
      ['2011-08-01', 'month', 'of August'],
    ]);
    expect(dates('A Wednesday meeting was held in Seoul.', '2011-12-30')).toEqual([
      ['2011-12-28', 'day', 'Wednesday'],
    ]);
    expect(dates('It was the 2004 north-south agreement.', '2011-10-04')).toEqual([
      ['2004-01-01', 'year', 'the 2004'],
    ]);
  });

  it('dates a named day to the happening of the anniversary being marked', () => {
    const context = {};
    const pub = '2024-07-28';
    findDatesInContext(
      'They celebrated the 71st anniversary of the victory in the Fatherland Liberation War.',
      pub,
      context,
    );
    expect(
      findDatesInContext('Heroes brought about July 27 war victory, the noble soul.', pub, context),
    ).toMatchObject([{ date: '1953-07-27', precision: 'day', text: 'July 27 war victory' }]);
    // A day that times something is not that happening's; a name far from the season stays a name.
    expect(
      findDatesInContext('A performance was given on the evening of July 27.', pub, context),
    ).toMatchObject([{ date: '2024-07-27' }]);
    expect(findDatesInContext('They upheld the October 4 victory spirit.', pub, context)).toEqual(
      [],
    );
  });

  it('reads a sentence opened by `Yesterday` as the day before publication', () => {
    expect(dates('Yesterday he sent thousands of waistbands to the guards.', '2011-12-25')).toEqual(
      [['2011-12-24', 'day', 'Yesterday']],
    );
  });

  it('reads `today` of nowadays as no day', () => {
    for (const text of [
      'But today, after a lapse of 77 years, Japan has removed the mask of peace which it had worn.',
      'This is because today we are realizing its importance.',
      'It is a level which our officials should attain today.',
      'It provides a way of breaking the impasse today when it is in confrontation.',
      'Colonial rule is stretched to the Koreans even today.',
      'For us today, nothing is more important.',
    ])
      expect(findDates(text, '2024-10-11'), text).toEqual([]);
    expect(dates('But today, the delegation was received and is happy.', '2024-10-11')).toEqual([
      ['2024-10-11', 'day', 'today'],
    ]);
  });
});

describe('month words, plans and habits (issue 18 part 4)', () => {
  it('reads `last <Month>`, `<Month> last` and `next <Month>` against the publication month', () => {
    expect(dates('The flood since last July left 356 dead.', '2011-10-23')).toEqual([
      ['2011-07-01', 'month', 'since last July'],
    ]);
    expect(dates('He visited Russia in August last, making history.', '2011-09-08')).toEqual([
      ['2011-08-01', 'month', 'in August last'],
    ]);
    expect(dates('tests conducted last December and this February', '2011-07-25')).toEqual([
      ['2010-12-01', 'month', 'last December'],
      ['2011-02-01', 'month', 'this February'],
    ]);
    expect(dates('a plan to begin the discharge next February', '2023-12-24')).toEqual([
      ['2024-02-01', 'month', 'next February'],
    ]);
    // The same month is last year's.
    expect(dates('It happened last July.', '2011-07-20')).toEqual([
      ['2010-07-01', 'month', 'last July'],
    ]);
  });

  it('reads a month or day planned in the clause as the coming one', () => {
    expect(
      dates('The U.S. is planning to stage joint exercises on the island in July.', '2011-05-08'),
    ).toEqual([['2011-07-01', 'month', 'in July']]);
    expect(dates('It proposed to have talks in Pyongyang in August.', '2011-06-09')).toEqual([
      ['2011-08-01', 'month', 'in August'],
    ]);
    expect(dates('The games will open on September 1 in Jinan.', '2011-07-09')).toEqual([
      ['2011-09-01', 'day', 'on September 1'],
    ]);
    // Told in the past, the same month stays last year's.
    expect(dates('The exercises took place in July.', '2011-05-08')).toEqual([
      ['2010-07-01', 'month', 'in July'],
    ]);
    // A past clause after the plan word is no plan: `plans to book a loss for fiscal 2010 ended in March`.
    expect(
      dates(
        'The company plans to book a loss for the year ended in March, sources said.',
        '2011-05-21',
      ),
    ).toEqual([['2011-03-01', 'month', 'in March']]);
  });

  it('reads a month after `to be held` or `to be staged` as the coming one', () => {
    expect(dates('a by-election to be held in April, said MBC', '2011-02-24')).toEqual([
      ['2011-04-01', 'month', 'in April'],
    ]);
    expect(dates('a rehearsal is to be staged around the island in July', '2011-05-29')).toEqual([
      ['2011-07-01', 'month', 'in July'],
    ]);
    expect(dates('the rehearsal was staged in July', '2011-05-29')).toEqual([
      ['2010-07-01', 'month', 'in July'],
    ]);
  });

  it('reads a bare month coordinated with a month date', () => {
    expect(dates('Testimonies were disclosed in May and August.', '2024-10-03')).toEqual([
      ['2024-05-01', 'month', 'in May'],
      ['2024-08-01', 'month', 'August'],
    ]);
    expect(dates('She said August was hot.', '2024-10-03')).toEqual([]);
  });

  it('skips habits and what a year plan covers', () => {
    expect(findDates('flags are hoisted every Monday during the term', '2024-09-23')).toEqual([]);
    expect(findDates("It honoured this year's assignment early.", '2011-10-12')).toEqual([]);
    expect(findDates('finishing this year’s farming with patriotism', '2024-10-07')).toEqual([]);
    expect(dates("this year's tournament opened", '2011-10-12')).toEqual([
      ['2011-01-01', 'year', 'this year'],
    ]);
  });

  it('reads `this significant year` as this year, not the year acted on', () => {
    expect(
      dates('They over-fulfilled the plan again this significant year.', '2024-11-03'),
    ).toEqual([['2024-01-01', 'year', 'this significant year']]);
    for (const text of [
      'the struggle to successfully conclude this significant year as a year of victory',
      'The letter renewed its resolution to glorify this year, a year before the centenary.',
    ])
      expect(findDates(text, '2024-11-08'), text).toEqual([]);
  });

  it('keeps a day set as a deadline but not a year', () => {
    expect(dates('owners are requested to come there by July 13', '2011-06-30')).toEqual([
      ['2011-07-13', 'day', 'by July 13'],
    ]);
    expect(findDates('to reach the goal by 2015', '2011-03-01')).toEqual([]);
  });

  it('reads `by the end of 2015`, `before 2020` and `before April next year` as aims', () => {
    for (const text of [
      'to reduce illiteracy to 4 percent by the end of 2015.',
      'to cut emissions by 34 percent before 2020 and',
      'Many houses will be built before April next year marking',
      'a plan to repair 5,400 reservoirs till the end of 2012',
    ])
      expect(findDates(text, '2011-09-16'), text).toEqual([]);
    expect(dates('it had been buried by the end of 1978', '2011-07-29')).toEqual([
      ['1978-01-01', 'year', 'of 1978'],
    ]);
    expect(dates('peace had reigned before June 25', '2011-07-29')).toEqual([
      ['2011-06-25', 'day', 'before June 25'],
    ]);
  });

  it('reads no clock minutes as a day', () => {
    expect(dates('he passed away at 08:30 December 17, 2011, on train', '2011-12-19')).toEqual([
      ['2011-12-17', 'day', 'December 17, 2011'],
    ]);
    expect(dates('was 17.8 millisieverts at 11:23 May 17.', '2011-05-19')).toEqual([
      ['2011-05-17', 'day', 'May 17'],
    ]);
  });
});

describe('anniversaries dated by the happening’s name', () => {
  it('dates `the anniversary of the uprising` by `the April 19 Popular Uprising` named before', () => {
    const context: DateContext = {};
    const pub = '2011-04-23';
    expect(
      findDatesInContext('The April 19 Popular Uprising created a new history.', pub, context),
    ).toEqual([]);
    expect(
      findDatesInContext(
        'A commemoration was held on the occasion of the 51st anniversary of the uprising.',
        pub,
        context,
      ).map((d) => d.date),
    ).toEqual(['1960-04-19']);
  });

  it('leaves the year alone when the named day is far from publication', () => {
    const context: DateContext = {};
    const pub = '2011-10-23';
    findDatesInContext('The April 19 Popular Uprising created a new history.', pub, context);
    expect(
      findDatesInContext('It marked the 51st anniversary of the uprising.', pub, context).map(
        (d) => [d.date, d.precision],
      ),
    ).toEqual([['1960-01-01', 'year']]);
  });

  it('dates `the victory of July 27` after an anniversary of the victory', () => {
    const context: DateContext = {};
    const pub = '2024-07-27';
    findDatesInContext(
      'He visited the cemetery on the occasion of the 71st anniversary of victory in the war.',
      pub,
      context,
    );
    expect(
      findDatesInContext(
        'It goes to the immortal victory of July 27 the generation won.',
        pub,
        context,
      ).map((d) => d.date),
    ).toEqual(['1953-07-27']);
  });

  it('reads dates inside names as no dates', () => {
    for (const text of [
      'We will implement the historic June 15 joint declaration.',
      'the Committee for Implementation of June 15 Joint Declaration met',
      'They will advance under the banner of June 15, they noted.',
      'insulting the spirit of April 19, the commentary charged',
      'Conduct vigorously the drive for producing August 3 consumer goods!',
      'the joint declaration and its action program October 4 declaration, embodiment',
      'The 2024 National Exhibition of August 3 Consumer Goods opened.',
      'Ri Yong Hui, head of Pyongyang September 15 Weekly Nursery, told KCNA',
      'chief of the Guinean Group for the Study of February 16 Art, said',
    ])
      expect(findDates(text, '2011-12-14'), text).toEqual([]);
    expect(
      dates('on the 4th anniversary of the historic October 4 declaration', '2011-09-19'),
    ).toEqual([['2007-10-04', 'day', '4th anniversary of the historic October 4']]);
  });
});

describe('findDateline', () => {
  it('finds the KCNA dateline', () => {
    const text = 'Pyongyang, July 13 (KCNA) -- Japan continues.';
    const span = findDateline(text);
    expect(span).toBeDefined();
    expect(text.slice(span?.end)).toBe('Japan continues.');
  });

  it('returns undefined without one', () => {
    expect(findDateline('On July 19, the forces blamed China.')).toBeUndefined();
  });
});
