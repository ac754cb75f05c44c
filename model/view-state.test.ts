import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CITATION_STANCES } from './citation-vocabulary';
import { NODE_KINDS, RELATION_TYPES } from './graph-model';
import {
  EMPTY_VIEW_STATE,
  LAYOUT_NAMES,
  VIEW_STATE_LIMITS,
  VIEW_STATE_VERSION,
  ViewStateError,
  decodeViewState,
  encodeViewState,
  fetchPlan,
  parseViewState,
  tryDecodeViewState,
  type ViewState,
} from './view-state';

const full: ViewState = {
  v: VIEW_STATE_VERSION,
  seeds: ['Actor:country:united-states', 'Article:kcna:2024-01-02-0001'],
  expansions: [
    { id: 'Actor:country:united-states', depth: 2, relationTypes: ['MENTIONS', 'QUOTES'] },
    { id: 'Event:korean-war', depth: 1 },
  ],
  hidden: ['Source:rodong'],
  pinned: ['Actor:country:united-states'],
  filters: {
    nodeKinds: ['Actor', 'Article'],
    relationTypes: ['MENTIONS'],
    sources: ['Source:kcna'],
    from: '2023-01-01',
    to: '2024-12-31',
  },
  layout: 'timeline',
  selected: 'Event:korean-war',
  query: '미제 “imperialists” & <script>',
};

/** `encodeViewState(full)` before group expansions existed: links shared then must still open. */
const FULL_BEFORE_GROUPS =
  'eyJ2IjoxLCJzIjpbIkFjdG9yOmNvdW50cnk6dW5pdGVkLXN0YXRlcyIsIkFydGljbGU6a2NuYToyMDI0LTAxLTAyLTAwMDEiXSwiZSI6W1siQWN0b3I6Y291bnRyeTp1bml0ZWQtc3RhdGVzIiwyLFsiTUVOVElPTlMiLCJRVU9URVMiXV0sWyJFdmVudDprb3JlYW4td2FyIiwxXV0sImgiOlsiU291cmNlOnJvZG9uZyJdLCJwIjpbIkFjdG9yOmNvdW50cnk6dW5pdGVkLXN0YXRlcyJdLCJmIjp7ImsiOlsiQWN0b3IiLCJBcnRpY2xlIl0sInIiOlsiTUVOVElPTlMiXSwibyI6WyJTb3VyY2U6a2NuYSJdLCJhIjoiMjAyMy0wMS0wMSIsImIiOiIyMDI0LTEyLTMxIn0sImwiOiJ0aW1lbGluZSIsIngiOiJFdmVudDprb3JlYW4td2FyIiwicSI6IuuvuOygnCDigJxpbXBlcmlhbGlzdHPigJ0gJiA8c2NyaXB0PiJ9';

const grouped: ViewState = {
  ...full,
  expansions: [
    ...full.expansions,
    { ids: ['Article:kcna:a', 'Article:kcna:b', 'Source:kcna'], depth: 1 },
    { ids: ['Actor:a', 'Actor:b'], depth: 2, relationTypes: ['QUOTES'] },
  ],
};

function encodeRaw(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function errorOf(encoded: string): ViewStateError {
  const result = tryDecodeViewState(encoded);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('view-state codec', () => {
  it('round-trips the empty state to a short string', () => {
    const encoded = encodeViewState(EMPTY_VIEW_STATE);
    expect(encoded).toBe('eyJ2IjoyfQ');
    expect(decodeViewState(encoded)).toEqual(EMPTY_VIEW_STATE);
  });

  it('round-trips a full state including non-ASCII text', () => {
    const encoded = encodeViewState(full);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeViewState(encoded)).toEqual(full);
  });

  it('decodes links made before group expansions and before version 2 as then', () => {
    expect(decodeViewState(FULL_BEFORE_GROUPS)).toEqual(full);
    // Re-encoded, an old link becomes a version-2 one meaning the same state.
    expect(encodeViewState(full)).toBe(
      encodeRaw({
        ...JSON.parse(Buffer.from(FULL_BEFORE_GROUPS, 'base64url').toString('utf8')),
        v: 2,
      }),
    );
    expect(decodeViewState(encodeRaw({ v: 1, e: [['Actor:a', 1]] })).expansions).toEqual([
      { id: 'Actor:a', depth: 1 },
    ]);
  });

  it('round-trips group expansions as a list of ids in place of the id', () => {
    const encoded = encodeViewState(grouped);
    expect(decodeViewState(encoded)).toEqual(grouped);
    const wire = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as {
      e: unknown[];
    };
    expect(wire.e.slice(2)).toEqual([
      [['Article:kcna:a', 'Article:kcna:b', 'Source:kcna'], 1],
      [['Actor:a', 'Actor:b'], 2, ['QUOTES']],
    ]);
    expect(parseViewState(JSON.parse(JSON.stringify(grouped)))).toEqual(grouped);
  });

  it('is compatible with Node base64url', () => {
    const encoded = encodeViewState(full);
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).toContain('"v":2');
    expect(encoded).toBe(Buffer.from(Buffer.from(encoded, 'base64url')).toString('base64url'));
  });

  it('omits an empty query', () => {
    expect(decodeViewState(encodeViewState({ ...EMPTY_VIEW_STATE, query: '' }))).toEqual(
      EMPTY_VIEW_STATE,
    );
  });

  it('round-trips arbitrary valid states (property)', () => {
    const id = fc
      .tuple(fc.constantFrom(...NODE_KINDS), fc.string({ minLength: 1, maxLength: 30 }))
      .map(([k, key]) => `${k}:${key}`);
    const ids = fc.uniqueArray(id, { maxLength: 6 });
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const citations = fc.record(
      {
        from: date,
        sources: fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 10 }).map((k) => `Source:${k}`),
          { maxLength: 3 },
        ),
        stances: fc.uniqueArray(fc.constantFrom(...CITATION_STANCES)),
        sections: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
        minCount: fc.integer({ min: 2, max: VIEW_STATE_LIMITS.minCount }),
        link: fc.record({
          citing: fc.string({ minLength: 1, maxLength: 10 }).map((k) => `Source:${k}`),
          cited: fc
            .tuple(fc.constantFrom('Source', 'Actor'), fc.string({ minLength: 1, maxLength: 10 }))
            .map(([kind, key]) => `${kind}:${key}`),
        }),
      },
      { requiredKeys: ['from'] },
    );
    const state = fc.record(
      {
        v: fc.constant(VIEW_STATE_VERSION),
        seeds: ids,
        expansions: fc.array(
          fc.oneof(
            fc.record(
              {
                id,
                depth: fc.integer({ min: 1, max: 3 }),
                relationTypes: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES)),
              },
              { requiredKeys: ['id', 'depth'] },
            ),
            fc.record(
              {
                ids: fc.uniqueArray(id, { minLength: 2, maxLength: 5 }),
                depth: fc.integer({ min: 1, max: 3 }),
                relationTypes: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES)),
              },
              { requiredKeys: ['ids', 'depth'] },
            ),
          ),
          { maxLength: 4 },
        ),
        hidden: ids,
        pinned: ids,
        filters: fc.record(
          {
            nodeKinds: fc.uniqueArray(fc.constantFrom(...NODE_KINDS)),
            relationTypes: fc.uniqueArray(fc.constantFrom(...RELATION_TYPES)),
            sources: fc.uniqueArray(
              fc.string({ minLength: 1, maxLength: 10 }).map((k) => `Source:${k}`),
            ),
            from: date,
          },
          { requiredKeys: [] },
        ),
        layout: fc.constantFrom(...LAYOUT_NAMES),
        view: fc.constant('citations' as const),
        citations,
      },
      {
        requiredKeys: ['v', 'seeds', 'expansions', 'hidden', 'pinned', 'filters', 'layout'],
      },
    );
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeViewState(encodeViewState(s))).toEqual(s);
      }),
    );
  });

  it('round-trips the Citations view, in both wire and long-key forms', () => {
    const citations: ViewState = {
      ...EMPTY_VIEW_STATE,
      view: 'citations',
      citations: {
        from: '2024-01-01',
        to: '2024-06-30',
        sources: ['Source:kcna'],
        stances: ['hostile', 'endorsing'],
        sections: ['top news'],
        minCount: 3,
        link: { citing: 'Source:kcna', cited: 'Actor:outlet:tass' },
      },
    };
    expect(decodeViewState(encodeViewState(citations))).toEqual(citations);
    expect(parseViewState(JSON.parse(JSON.stringify(citations)))).toEqual(citations);
    expect(fetchPlan(citations)).toEqual([]);
  });

  it('parses the long-key JSON form', () => {
    expect(parseViewState(JSON.parse(JSON.stringify(full)))).toEqual(full);
    expect(() => parseViewState({ v: 3 })).toThrow(ViewStateError);
    expect(() => parseViewState(null)).toThrow(ViewStateError);
  });
});

describe('view-state hostile input', () => {
  it.each([
    ['empty', '', 'not-base64url'],
    ['padding', 'eyJ2IjoxfQ==', 'not-base64url'],
    ['standard base64 chars', 'ab+/', 'not-base64url'],
    ['impossible length', 'abcde', 'not-base64url'],
    ['whitespace', 'eyJ2 IjoxfQ', 'not-base64url'],
    ['not utf-8', Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'), 'not-utf8'],
    ['not json', Buffer.from('{v:1').toString('base64url'), 'not-json'],
    ['too long', 'A'.repeat(VIEW_STATE_LIMITS.encodedLength + 1), 'too-long'],
  ])('rejects %s', (_name, input, code) => {
    expect(errorOf(input).code).toBe(code);
  });

  it.each([
    ['a number', 1, 'invalid'],
    ['an array', [1], 'invalid'],
    ['null', null, 'invalid'],
    ['no version', {}, 'unsupported-version'],
    ['future version', { v: 3 }, 'unsupported-version'],
    ['version 2 field in a version 1 state', { v: 1, m: 'c' }, 'invalid'],
    ['unknown view', { v: 2, m: 'g' }, 'invalid'],
    ['unknown citation field', { v: 2, c: { z: 1 } }, 'invalid'],
    ['unknown stance', { v: 2, c: { t: ['angry'] } }, 'invalid'],
    ['minCount 1 (the default, never written)', { v: 2, c: { n: 1 } }, 'invalid'],
    ['fractional minCount', { v: 2, c: { n: 2.5 } }, 'invalid'],
    ['huge minCount', { v: 2, c: { n: 1e9 } }, 'invalid'],
    ['citation window from after to', { v: 2, c: { a: '2024-02-01', b: '2024-01-01' } }, 'invalid'],
    ['non-Source citing source', { v: 2, c: { o: ['Actor:a'] } }, 'invalid'],
    ['empty section', { v: 2, c: { s: [''] } }, 'invalid'],
    ['duplicate section', { v: 2, c: { s: ['top news', 'top news'] } }, 'invalid'],
    [
      'too many sections',
      { v: 2, c: { s: Array.from({ length: 21 }, (_, i) => `s${i}`) } },
      'invalid',
    ],
    ['link as a string', { v: 2, c: { e: 'Source:kcna' } }, 'invalid'],
    ['link citing from an actor', { v: 2, c: { e: ['Actor:a', 'Source:kcna'] } }, 'invalid'],
    ['link to an article', { v: 2, c: { e: ['Source:kcna', 'Article:a'] } }, 'invalid'],
    ['string version', { v: '1' }, 'unsupported-version'],
    ['unknown field', { v: 1, zz: 1 }, 'invalid'],
    ['__proto__ field', JSON.parse('{"v":1,"__proto__":{"polluted":true}}'), 'invalid'],
    ['bad id', { v: 1, s: ['nokind'] }, 'invalid'],
    ['unknown kind', { v: 1, s: ['Person:x'] }, 'invalid'],
    ['empty key', { v: 1, s: ['Actor:'] }, 'invalid'],
    ['non-string id', { v: 1, s: [{}] }, 'invalid'],
    ['duplicate ids', { v: 1, h: ['Actor:a', 'Actor:a'] }, 'invalid'],
    ['huge id', { v: 1, s: [`Actor:${'x'.repeat(600)}`] }, 'invalid'],
    ['seeds not a list', { v: 1, s: 'Actor:a' }, 'invalid'],
    ['expansion as object', { v: 1, e: [{ id: 'Actor:a', depth: 1 }] }, 'invalid'],
    ['depth 0', { v: 1, e: [['Actor:a', 0]] }, 'invalid'],
    ['depth 99', { v: 1, e: [['Actor:a', 99]] }, 'invalid'],
    ['fractional depth', { v: 1, e: [['Actor:a', 1.5]] }, 'invalid'],
    ['unknown relation', { v: 1, e: [['Actor:a', 1, ['DROP']]] }, 'invalid'],
    ['group of one', { v: 1, e: [[['Actor:a'], 1]] }, 'invalid'],
    ['empty group', { v: 1, e: [[[], 1]] }, 'invalid'],
    ['group with a repeated id', { v: 1, e: [[['Actor:a', 'Actor:a'], 1]] }, 'invalid'],
    ['group with a bad id', { v: 1, e: [[['Actor:a', 'nokind'], 1]] }, 'invalid'],
    ['nested group', { v: 1, e: [[['Actor:a', ['Actor:b']], 1]] }, 'invalid'],
    [
      'group larger than one API call',
      {
        v: 1,
        e: [[Array.from({ length: VIEW_STATE_LIMITS.groupLength + 1 }, (_, i) => `Actor:${i}`), 1]],
      },
      'invalid',
    ],
    ['unknown filter', { v: 1, f: { z: 1 } }, 'invalid'],
    ['unknown kind filter', { v: 1, f: { k: ['Person'] } }, 'invalid'],
    ['non-Source source filter', { v: 1, f: { o: ['Actor:a'] } }, 'invalid'],
    ['bad date', { v: 1, f: { a: '2024-13-01' } }, 'invalid'],
    ['date with time', { v: 1, f: { a: '2024-01-01T00:00' } }, 'invalid'],
    ['from after to', { v: 1, f: { a: '2024-02-01', b: '2024-01-01' } }, 'invalid'],
    ['unknown layout', { v: 1, l: 'cose' }, 'invalid'],
    ['long query', { v: 1, q: 'q'.repeat(501) }, 'invalid'],
    ['bad selected', { v: 1, x: 42 }, 'invalid'],
  ])('rejects %s', (_name, value, code) => {
    const error = errorOf(encodeRaw(value));
    expect(error).toBeInstanceOf(ViewStateError);
    expect(error.code).toBe(code);
  });

  it('rejects oversized lists without building them', () => {
    const ids = Array.from({ length: VIEW_STATE_LIMITS.listLength + 1 }, (_, i) => `Actor:${i}`);
    expect(errorOf(encodeRaw({ v: 1, s: ids })).code).toMatch(/invalid|too-long/);
  });

  it('reports the path of an invalid field', () => {
    expect(
      errorOf(
        encodeRaw({
          v: 1,
          e: [
            ['Actor:a', 1],
            ['Actor:b', 9],
          ],
        }),
      ).path,
    ).toBe('e.1.1');
  });

  it('reports the path of an invalid id in a group', () => {
    expect(errorOf(encodeRaw({ v: 1, e: [[['Actor:a', 'Actor:b', 7], 1]] })).path).toBe('e.0.0.2');
  });

  it('never throws anything but ViewStateError on random strings (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String()), (s) => {
        const result = tryDecodeViewState(s.replace(/\+/g, '-').replace(/\//g, '_'));
        if (!result.ok) expect(result.error).toBeInstanceOf(ViewStateError);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = tryDecodeViewState(encodeRaw(value));
        if (!result.ok) expect(result.error).toBeInstanceOf(ViewStateError);
      }),
    );
  });

  it('does not pollute Object.prototype', () => {
    tryDecodeViewState(encodeRaw(JSON.parse('{"v":1,"f":{"__proto__":{"polluted":1}}}')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fetchPlan', () => {
  it('fetches a group expansion with one request for all its ids', () => {
    const plan = fetchPlan({
      ...EMPTY_VIEW_STATE,
      seeds: ['Narrative:n'],
      expansions: [
        { ids: ['Article:b', 'Narrative:n', 'Article:a'], depth: 1 },
        { ids: ['Actor:b', 'Actor:a'], depth: 2, relationTypes: ['QUOTES'] },
      ],
    });
    expect(plan).toEqual([
      { key: 'seeds:Narrative:n', ids: ['Narrative:n'], depth: 1, grouped: true },
      // The seed's one-hop neighbourhood is the seeds request's: only the others are asked for.
      // Read grouped, as any expansion of up to 100 ids without a relation filter.
      {
        key: 'expand:Article:a|Article:b:1:*',
        ids: ['Article:a', 'Article:b'],
        depth: 1,
        grouped: true,
      },
      {
        key: 'expand:Actor:a|Actor:b:2:QUOTES',
        ids: ['Actor:a', 'Actor:b'],
        depth: 2,
        relationTypes: ['QUOTES'],
      },
    ]);
  });

  it('asks once for expansions that request the same thing', () => {
    const plan = fetchPlan({
      ...EMPTY_VIEW_STATE,
      seeds: ['Narrative:n'],
      expansions: [
        { id: 'Article:a', depth: 1 },
        { ids: ['Narrative:n', 'Article:a'], depth: 1 },
        { ids: ['Narrative:n', 'Actor:x'], depth: 1, relationTypes: ['MENTIONS'] },
      ],
    });
    expect(plan.map((p) => p.key)).toEqual([
      'seeds:Narrative:n',
      'expand:Article:a:1:*',
      'expand:Actor:x|Narrative:n:1:MENTIONS',
    ]);
  });
});
