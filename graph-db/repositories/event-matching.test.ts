import { describe, expect, it } from 'vitest';
import {
  candidateDateRange,
  eventMatchScore,
  findMatchingEvent,
  type EventCandidate,
} from './event-matching';

const accusation = {
  date: '2021-07-19',
  precision: 'day' as const,
  actorKeys: ['country:united-states', 'organization:eu', 'organization:nato', 'country:china'],
  description:
    'the Western forces including the U.S., EU and NATO blamed China for the cyber-attack on Microsoft',
};

const candidate = (overrides: Partial<EventCandidate>): EventCandidate => ({
  key: 'e1',
  date: '2021-07-19',
  precision: 'day',
  actorKeys: ['country:united-states', 'country:china'],
  description: 'the U.S. and its allies accused China of the Microsoft hack',
  ...overrides,
});

describe('event matching', () => {
  it('merges the same dated happening with overlapping actors', () => {
    expect(findMatchingEvent(accusation, [candidate({})])?.key).toBe('e1');
  });

  it('never merges two days, however alike', () => {
    expect(findMatchingEvent(accusation, [candidate({ date: '2021-07-20' })])).toBeUndefined();
    expect(findMatchingEvent(accusation, [candidate({ date: '2021-07-18' })])).toBeUndefined();
  });

  it('needs a shared actor and a similar description, not just one of them', () => {
    const sameWords = { ...accusation, actorKeys: ['country:japan'] };
    expect(findMatchingEvent(sameWords, [candidate({ description: accusation.description })])).toBe(
      undefined,
    );
    const sameActors = candidate({
      actorKeys: accusation.actorKeys,
      description: 'Rodong Sinmun carried an article on the anniversary of the party',
    });
    expect(eventMatchScore(accusation, sameActors)).toBe(0);
    const noActors = { ...accusation, actorKeys: [] };
    expect(
      findMatchingEvent(noActors, [
        candidate({ actorKeys: [], description: accusation.description }),
      ]),
    ).toBeUndefined();
  });

  it('never merges across precision', () => {
    expect(eventMatchScore(accusation, candidate({ precision: 'month', date: '2021-07-01' }))).toBe(
      0,
    );
  });

  it('keeps different happenings on the same day apart', () => {
    const other = candidate({
      actorKeys: ['country:japan'],
      description: 'Japan launched a satellite',
    });
    expect(findMatchingEvent(accusation, [other])).toBeUndefined();
  });

  it('picks the best of several candidates', () => {
    const weak = candidate({
      key: 'weak',
      actorKeys: ['country:china'],
      description: 'China held a meeting',
    });
    const strong = candidate({ key: 'strong', actorKeys: accusation.actorKeys });
    expect(findMatchingEvent(accusation, [weak, strong])?.key).toBe('strong');
  });

  it('reads candidates of the same date only', () => {
    expect(candidateDateRange({ date: '2024-02-29', precision: 'day' })).toEqual({
      from: '2024-02-29',
      to: '2024-02-29',
    });
    expect(candidateDateRange({ date: '2021-01-01', precision: 'year' })).toEqual({
      from: '2021-01-01',
      to: '2021-01-01',
    });
  });
});
