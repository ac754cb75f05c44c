import { describe, expect, it } from 'vitest';
import { DatabaseOutage } from './outage';

describe('the database outage breaker', () => {
  it('lets one probe at a time through while Neo4j is down, and closes when one succeeds', () => {
    const outage = new DatabaseOutage(2, () => 0);
    const seen: string[] = [outage.admit()];
    outage.settle({ probe: false, unavailable: true });
    seen.push(outage.admit(), outage.admit());
    // The probe finds Neo4j still down: the next request is the next probe.
    outage.settle({ probe: true, unavailable: true });
    seen.push(outage.admit(), outage.admit());
    outage.settle({ probe: true, unavailable: false });
    seen.push(outage.admit(), outage.admit());
    expect(seen).toEqual(['pass', 'probe', 'refuse', 'probe', 'refuse', 'pass', 'pass']);
  });

  it('lets another probe through when one never reports back', () => {
    let now = 0;
    const outage = new DatabaseOutage(2, () => now);
    outage.settle({ probe: false, unavailable: true });
    const seen = [outage.admit(), outage.admit()];
    now = 40_000;
    seen.push(outage.admit());
    expect(seen).toEqual(['probe', 'refuse', 'probe']);
  });

  it('answers 503 with Retry-After and SERVICE_UNAVAILABLE', () => {
    const { http, body } = new DatabaseOutage(3).response();
    expect({
      status: http.status,
      retryAfter: http.headers.get('retry-after'),
      codes: body.kind === 'single' ? body.singleResult.errors?.map((e) => e.extensions?.code) : [],
    }).toEqual({ status: 503, retryAfter: '3', codes: ['SERVICE_UNAVAILABLE'] });
  });
});
