import path from 'node:path';
import { closeDriver } from '../graph-db/driver';
import { ingestRepository } from '../graph-db/repositories/ingest-repository';
import { createDefaultExtractor } from '../ingest/default-extractor';
import { formatProblem, runIngest } from '../ingest/run-ingest';
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
      write: (batch) => ingestRepository.writeBatch(batch),
      settle: () => ingestRepository.awaitSearchable(),
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

test('the United States opens readable, and its articles group opens strongest first', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const explorer = new ExplorerPage(page);
  await explorer.goto('/');
  await explorer.search('United States');
  await explorer.pick(/^United States \(Actor\)/);
  await explorer.waitForGraph(20);
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
  const list = page.locator('details.list-panel');
  await list.locator('summary').click();
  await list.locator(`button[data-node-id="${ARTICLES}"]`).click();
  await page.getByTestId('group-open').click();
  await page.waitForFunction((ids) => {
    const hook = window.__narragraph;
    const drawn = new Set(hook?.nodes().map((n) => n.id));
    return hook?.settled === true && ids.every((id) => drawn.has(id));
  }, members);
  const opened = await page.evaluate(() => window.__narragraph?.nodes().map((n) => n.id) ?? []);

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
