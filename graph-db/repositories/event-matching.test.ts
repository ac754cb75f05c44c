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

  it('allows one day of slack for day precision', () => {
    expect(findMatchingEvent(accusation, [candidate({ date: '2021-07-20' })])?.key).toBe('e1');
    expect(findMatchingEvent(accusation, [candidate({ date: '2021-07-22' })])).toBeUndefined();
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

  it('reads a date window sized by precision', () => {
    expect(candidateDateRange({ date: '2021-07-19', precision: 'day' })).toEqual({
      from: '2021-07-18',
      to: '2021-07-20',
    });
    expect(candidateDateRange({ date: '2021-01-01', precision: 'year' })).toEqual({
      from: '2021-01-01',
      to: '2021-01-01',
    });
  });
});
