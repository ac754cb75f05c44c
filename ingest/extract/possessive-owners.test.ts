import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { createArticleExtractor } from './extract-article';

const extract = createArticleExtractor(buildGazetteer());
const run = (text: string): { actors: string[]; cited: string[] } => {
  const a = extract({
    title: 'Test',
    text,
    date: '2011-11-07',
    language: 'en',
    sourceName: 'KCNA',
    origin: { location: 'possessive-owners.test' },
  });
  return { actors: a.actors.map((x) => x.key), cited: a.citations.map((c) => c.outletKey) };
};

// A possessive country owns the body, as a demonym does (`the Vietnamese Ministry of ...`): the
// body is named without it, and the country is its own mention.
describe('a possessive country before a body', () => {
  it.each([
    [
      "The unemployment figures released by Spain's Ministry of Employment on Thursday show a rise.",
      'organization:ministry-of-employment',
    ],
    [
      "Britain's Office for National Statistics said that the jobless rate rose.",
      'organization:office-for-national-statistics',
    ],
    [
      "Nigeria's National Drug Law Enforcement Agency said it has arrested five persons.",
      'organization:national-drug-law-enforcement-agency',
    ],
  ])('%s', (text, body) => {
    const got = run(text);
    expect({
      cited: got.cited,
      hasCountry: got.actors.some((k) => k.startsWith('country:')),
    }).toEqual({ cited: [body], hasCountry: true });
  });

  it('does not lose a body whose name without the owner is generic words', () => {
    expect(
      run("Fiji's Ministry of Information said here Friday that it agreed.").cited,
    ).toHaveLength(1);
  });
});
