import { describe, expect, it } from 'vitest';
import { NEIGHBOR_GROUP_LIMITS, neighborGroupId } from './neighbor-groups';
import {
  EMPTY_VIEW_STATE,
  VIEW_STATE_LIMITS,
  ViewStateError,
  decodeViewState,
  encodeViewState,
  fetchPlan,
  parseViewState,
  type ViewState,
} from './view-state';

const HUB = 'Actor:country:united-states';
const ARTICLES = neighborGroupId(HUB, 'MENTIONS', 'in', 'Article');
const EVENTS = neighborGroupId(HUB, 'INVOLVES', 'in', 'Event');

const opened: ViewState = {
  ...EMPTY_VIEW_STATE,
  seeds: [HUB],
  groups: [
    { id: ARTICLES, pages: 2, skip: 19 },
    { id: EVENTS, pages: 1, skip: 0 },
  ],
};

/** The wire form of a state, base64url-encoded as a link carries it. */
function link(wire: unknown): string {
  return Buffer.from(JSON.stringify(wire)).toString('base64url');
}

function reason(encoded: string): string {
  try {
    decodeViewState(encoded);
    return 'decoded';
  } catch (error) {
    return error instanceof ViewStateError ? `${error.code} ${error.path ?? ''}` : 'other';
  }
}

describe('opened neighbour groups in the view-state codec', () => {
  it('round-trip in the wire and long-key forms, a skip of 0 left out', () => {
    const encoded = encodeViewState(opened);
    const wire = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { g: unknown };
    expect({
      wire: wire.g,
      decoded: decodeViewState(encoded),
      parsed: parseViewState(JSON.parse(JSON.stringify(opened))),
    }).toEqual({
      wire: [
        [ARTICLES, 2, 19],
        [EVENTS, 1],
      ],
      decoded: opened,
      parsed: opened,
    });
  });

  it('leave links without groups as they were', () => {
    const old = link({ v: 2, s: [HUB], e: [[HUB, 2]] });
    expect(decodeViewState(old)).toEqual({
      ...EMPTY_VIEW_STATE,
      seeds: [HUB],
      expansions: [{ id: HUB, depth: 2 }],
    });
  });

  it('reject hostile groups with the path of the offending field', () => {
    const tooMany = Array.from({ length: VIEW_STATE_LIMITS.openGroups + 1 }, (_, i) => [
      neighborGroupId(`Actor:a${i}`, 'MENTIONS', 'in', 'Article'),
      1,
    ]);
    expect(
      [
        { g: [[HUB, 1]] },
        { g: [[ARTICLES, 0]] },
        { g: [[ARTICLES, NEIGHBOR_GROUP_LIMITS.maxPages + 1]] },
        { g: [[ARTICLES, 1.5]] },
        { g: [[ARTICLES, 1, 0]] },
        { g: [[ARTICLES, 1, NEIGHBOR_GROUP_LIMITS.maxTop + 1]] },
        { g: [[ARTICLES, 1, -1]] },
        { g: [[ARTICLES, 1, 2, 3]] },
        { g: [ARTICLES] },
        { g: { 0: ARTICLES } },
        {
          g: [
            [ARTICLES, 1],
            [ARTICLES, 2],
          ],
        },
        { g: [[`${ARTICLES}${'x'.repeat(VIEW_STATE_LIMITS.groupIdLength)}`, 1]] },
        { g: tooMany },
        // Version 1 never had groups.
        { v: 1, g: [[ARTICLES, 1]] },
      ].map((wire) => reason(link({ v: 2, ...wire }))),
    ).toEqual([
      'invalid g.0.0',
      'invalid g.0.1',
      'invalid g.0.1',
      'invalid g.0.1',
      'invalid g.0.2',
      'invalid g.0.2',
      'invalid g.0.2',
      'invalid g.0',
      'invalid g.0',
      'invalid g',
      'invalid g.1.0',
      'invalid g.0.0',
      'invalid g',
      'invalid g',
    ]);
  });
});

describe('fetchPlan of opened groups', () => {
  it('asks for each page after the members the hub drew, keyed by offset', () => {
    expect(
      fetchPlan(opened)
        .filter((p) => p.groupPage !== undefined)
        .map((p) => [p.key, p.groupPage?.offset, p.groupPage?.first]),
    ).toEqual([
      [`group:${ARTICLES}|19||`, 19, NEIGHBOR_GROUP_LIMITS.pageSize],
      [`group:${ARTICLES}|44||`, 44, NEIGHBOR_GROUP_LIMITS.pageSize],
      [`group:${EVENTS}|0||`, 0, NEIGHBOR_GROUP_LIMITS.pageSize],
    ]);
  });

  it('pages through the date range from its first member when the timeline sets one', () => {
    const plan = fetchPlan({ ...opened, filters: { from: '2024-01-01', to: '2024-03-31' } });
    expect(plan.filter((p) => p.groupPage !== undefined).map((p) => [p.key, p.groupPage])).toEqual([
      [
        `group:${ARTICLES}|0|2024-01-01|2024-03-31`,
        { id: ARTICLES, offset: 0, first: 25, from: '2024-01-01', to: '2024-03-31' },
      ],
      [
        `group:${ARTICLES}|25|2024-01-01|2024-03-31`,
        { id: ARTICLES, offset: 25, first: 25, from: '2024-01-01', to: '2024-03-31' },
      ],
      [
        `group:${EVENTS}|0|2024-01-01|2024-03-31`,
        { id: EVENTS, offset: 0, first: 25, from: '2024-01-01', to: '2024-03-31' },
      ],
    ]);
  });

  it('reads seeds and expansions grouped, a box selection’s and more than 10 seeds too', () => {
    const plan = fetchPlan({
      ...EMPTY_VIEW_STATE,
      seeds: [HUB],
      expansions: [
        { id: 'Actor:country:china', depth: 1 },
        { id: 'Actor:country:japan', depth: 2 },
        { ids: ['Actor:a', 'Actor:b'], depth: 1 },
        { ids: Array.from({ length: 100 }, (_, i) => `Actor:box${i}`), depth: 1 },
        // The grouped read follows every relation: a filtered expansion is read as before.
        { id: 'Actor:country:korea', depth: 1, relationTypes: ['MENTIONS'] },
      ],
    });
    const seeds = (n: number) =>
      fetchPlan({
        ...EMPTY_VIEW_STATE,
        seeds: Array.from({ length: n }, (_, i) => `Actor:a${i}`),
      }).map((p) => p.grouped === true);
    expect({
      grouped: plan.map((p) => p.grouped === true),
      elevenSeeds: seeds(11),
      tooMany: seeds(NEIGHBOR_GROUP_LIMITS.maxIds + 1),
    }).toEqual({
      grouped: [true, true, true, true, true, false],
      elevenSeeds: [true],
      tooMany: [false],
    });
  });
});
