import path from 'node:path';
import { closeDriver } from '../graph-db/driver';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { formatProblem, runIngest } from '../ingest/run-ingest';
import { NEIGHBOR_GROUP_LIMITS, groupedTop } from '../model/neighbor-groups';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

/** The demo's biggest actor hub: a new user's first pick. */
const HUB = 'Actor:country:united-states';
const ARTICLES = `group:MENTIONS:in:Article:${HUB}`;

/** The demo's kcna-2024 articles, where the United States is a hub. */
const DEMO_ARTICLES = path.resolve('demo', 'kcna-2024.json.gz');

test.beforeAll(async () => {
  test.setTimeout(180_000);
  try {
    // Idempotent: a second run rewrites nothing. Rows without a story text are rejected by design.
    const summary = await runIngest([DEMO_ARTICLES], {
      sink: ingestRepository,
      extract: createDefaultExtractor(),
    });
    const rejected = summary.rejected.filter((problem) => problem.reason !== 'no text');
    if (summary.created + summary.updated + summary.unchanged < 1000 || rejected.length > 0)
      throw new Error(`the demo data did not load: ${rejected.map(formatProblem).join('\n')}`);
  } finally {
    await closeDriver();
  }
});

interface LabelBox {
  readonly text: string;
  readonly culled: boolean;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Drawn labels whose boxes overlap, as e2e/labels.spec.ts measures them. */
function clashes(labels: readonly LabelBox[]): string[] {
  const drawn = labels.filter((l) => !l.culled && l.text !== '');
  return drawn.flatMap((a, i) =>
    drawn
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
      .map((b) => `${a.text} × ${b.text}`),
  );
}

/**
 * Picks `id` in the list panel (as a keyboard user does), presses the action `testId`, waits once
 * until the canvas has settled with every one of `expected` drawn, and returns the drawn node ids.
 */
async function actFromList(
  page: Page,
  id: string,
  testId: string,
  expected: readonly string[],
): Promise<string[]> {
  const list = page.locator('details.list-panel');
  await list.locator('summary').click();
  await list.locator(`button[data-node-id="${id}"]`).click();
  await page.getByTestId(testId).click();
  await page.waitForFunction((ids) => {
    const hook = window.__narragraph;
    const drawn = new Set(hook?.nodes().map((n) => n.id));
    return hook?.settled === true && ids.every((x) => drawn.has(x));
  }, expected);
  return page.evaluate(() => window.__narragraph?.nodes().map((n) => n.id) ?? []);
}

/** Opens the explorer on the hub as a new user does: search, pick, wait for the first view. */
async function openHub(page: Page): Promise<void> {
  const explorer = new ExplorerPage(page);
  await explorer.goto('/');
  await explorer.search('United States');
  await explorer.pick(/^United States \(Actor\)/);
  await explorer.waitForGraph(20);
}

/**
 * The hub's first view and an article in it: hops from an article about the hub reach the hub
 * and its source again.
 */
async function openHubArticle(page: Page): Promise<{ first: string[]; article: string }> {
  await openHub(page);
  const first = await page.evaluate(() => window.__narragraph?.nodes().map((n) => n.id) ?? []);
  return { first, article: first.find((id) => id.startsWith('Article:')) ?? '' };
}

interface GroupedAnswer {
  readonly nodes: readonly { readonly id: string }[];
  readonly groups: readonly {
    readonly id: string;
    readonly hub: string;
    readonly count: number;
    readonly shown: number;
    readonly folded: string | null;
  }[];
}

/** What the API answers for the grouped expansion of `id` the explorer is about to ask for. */
async function groupedAnswer(page: Page, id: string, depth: number): Promise<GroupedAnswer> {
  const response = await page.request.post('/api/graphql', {
    data: {
      query: `query($ids: [ID!]!, $limit: Int, $depth: Int) {
        groupedNeighborhood(ids: $ids, limit: $limit, depth: $depth) {
          nodes { id } groups { id hub count shown folded }
        }
      }`,
      variables: { ids: [id], limit: groupedTop(depth), depth },
    },
  });
  return ((await response.json()) as { data: { groupedNeighborhood: GroupedAnswer } }).data
    .groupedNeighborhood;
}

test('the United States opens readable, and its articles group opens strongest first', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openHub(page);
  const first = await page.evaluate(() => ({
    ids: window.__narragraph?.nodes().map((n) => n.id) ?? [],
    labels: window.__narragraph?.labels() ?? [],
  }));
  const groups = first.ids.filter((id) => id.startsWith('group:'));

  // What the API says the group's next members are: the strongest after those already drawn.
  const response = await page.request.post('/api/graphql', {
    data: {
      query: `query($ids: [ID!]!) { groupedNeighborhood(ids: $ids) { groups { id shown } } }`,
      variables: { ids: [HUB] },
    },
  });
  const { data } = (await response.json()) as {
    data: { groupedNeighborhood: { groups: { id: string; shown: number }[] } };
  };
  const skip = data.groupedNeighborhood.groups.find((g) => g.id === ARTICLES)?.shown ?? -1;
  const next = await page.request.post('/api/graphql', {
    data: {
      query: `query($id: ID!, $offset: Int) { neighborGroup(id: $id, offset: $offset) { nodes { id } } }`,
      variables: { id: ARTICLES, offset: skip },
    },
  });
  const members = (
    (await next.json()) as { data: { neighborGroup: { nodes: { id: string }[] } } }
  ).data.neighborGroup.nodes
    .map((n) => n.id)
    .filter((id) => id !== HUB);

  // Open the group the way a keyboard user does: pick it in the list, then Open.
  const opened = await actFromList(page, ARTICLES, 'group-open', members);

  expect({
    hub: first.ids.includes(HUB),
    readable: first.ids.length <= 60,
    articlesGrouped: groups.includes(ARTICLES),
    clashes: clashes(first.labels),
    members: members.length,
    // Every member joins the graph; a few may have been drawn already, through another group.
    drawn: members.every((id) => opened.includes(id)),
    added: opened.length - first.ids.length,
    // Members beyond the page remain one node.
    rest: opened.includes(ARTICLES),
    title: await page.getByTestId('group-title').textContent(),
  }).toEqual({
    hub: true,
    readable: true,
    articlesGrouped: true,
    clashes: [],
    members: 25,
    drawn: true,
    added: members.filter((id) => !first.ids.includes(id)).length,
    rest: true,
    title: expect.stringMatching(/^\d+ more articles mention$/),
  });
});

test('a node expanded two hops opens grouped around each hop, as a hub does', async ({ page }) => {
  test.setTimeout(90_000);
  const { first, article } = await openHubArticle(page);

  const answer = await groupedAnswer(page, article, 2);
  const nodes = answer.nodes.map((n) => n.id);
  // Groups drawn on their own (any beyond the strongest 20 are in one fold node).
  const groups = answer.groups
    .filter((g) => g.count > g.shown && g.folded === null)
    .map((g) => g.id);

  const after = await actFromList(page, article, 'expand-depth-2', nodes);

  expect({
    drawn: nodes.every((id) => after.includes(id)),
    // Each hop's hubs beyond the article have groups of their own, drawn as aggregate nodes.
    hubs: new Set(answer.groups.map((g) => g.hub).filter((hub) => hub !== article)).size > 1,
    groupsDrawn: groups.filter((id) => !after.includes(id)),
    // Strongest neighbours within the shared budget (the first hop may come whole), never the
    // 500 nodes of an ungrouped read.
    kept: nodes.length <= 1 + Math.max(groupedTop(2), NEIGHBOR_GROUP_LIMITS.threshold),
    added: after.length - first.length <= nodes.length + groups.length,
  }).toEqual({ drawn: true, hubs: true, groupsDrawn: [], kept: true, added: true });
});

test('three hops from an article draw at most the strongest groups, the rest in one node', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { first, article } = await openHubArticle(page);

  const answer = await groupedAnswer(page, article, 3);
  const nodes = answer.nodes.map((n) => n.id);
  const open = answer.groups.filter((g) => g.count > g.shown);
  const alone = open.filter((g) => g.folded === null).map((g) => g.id);
  const folds = [...new Set(open.flatMap((g) => (g.folded === null ? [] : [g.folded])))];

  const after = await actFromList(page, article, 'expand-depth-3', [...nodes, ...alone, ...folds]);
  const aggregates = after.filter((id) => id.startsWith('group:') && !first.includes(id));

  expect({
    // The demo article's three hops find more groups than are drawn.
    folded: folds.length,
    aloneAtMost: alone.length <= NEIGHBOR_GROUP_LIMITS.maxGroups,
    // The expansion added its groups and its one fold node, and no folded group on its own.
    aggregates: aggregates.sort(),
  }).toEqual({
    folded: 1,
    aloneAtMost: true,
    aggregates: [...alone, ...folds].filter((id) => !first.includes(id)).sort(),
  });
});
