import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction } from '@/graph-db/driver';
import { feedRepository } from '@/graph-db/repositories/feed-repository';
import {
  closeDriver,
  connectTestDatabase,
  resetDatabase,
  testDatabaseEnv,
} from '@/graph-db/testing/test-database';
import { wireStory } from '@/ingest/testing/wire-story';

/**
 * `npm run collect` killed with SIGKILL while it fetches a link page, then started again: the
 * killed poll stored nothing and wrote no state, the dead process's lease is ended by the next
 * collector at once, and the next poll stores every entry exactly once.
 */

connectTestDatabase();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

let server: Server;
let base = '';
let dir = '';
let version = 1;
/** While set, the link page is never answered: the collector waits on it until killed. */
let stall = true;
const held: ServerResponse[] = [];
let pageAsked: () => void = () => undefined;

function item(title: string, link: string, text: string): string {
  return `<item><title>${title}</title><link>${base}${link}</link><pubDate>Mon, 01 Dec 2026 08:00:00 GMT</pubDate><description><![CDATA[${text}]]></description></item>`;
}

function feed(): string {
  const items = [
    item('Story A', '/articles/a', wireStory('Story A')),
    item('Story B', '/articles/b', wireStory('Story B')),
  ];
  if (version >= 2) {
    items.unshift(
      item('Story C', '/articles/c', wireStory('Story C')),
      item('Story D', '/pages/d.html', 'Summary of story D.'),
    );
  }
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Kill Test News</title>${items.join('')}</channel></rss>`;
}

beforeAll(async () => {
  await resetDatabase();
  server = createServer((req, res) => {
    if (req.url === '/news.rss') {
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(feed());
    } else if (req.url === '/pages/d.html') {
      if (stall) {
        held.push(res);
        pageAsked();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<html lang="en"><body><article><h1>Story D in full</h1><p>Pyongyang, December 2 (KCNA) -- Story D says the United States sent a carrier group to the region.</p></article></body></html>',
        );
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(path.join(tmpdir(), 'narragraph-collect-'));
  await writeFile(
    path.join(dir, 'narragraph.config.json'),
    JSON.stringify({
      collect: { feeds: [`${base}/news.rss`], allowPrivateAddresses: true, timeoutSeconds: 120 },
    }),
  );
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
  await closeDriver();
});

/** `tsx scripts/collect.ts --once --all` in its own process group (tsx runs Node as a child). */
function spawnCollect() {
  const child = spawn(tsx, ['scripts/collect.ts', '--once', '--all'], {
    cwd: root,
    env: { ...testDatabaseEnv(), NARRAGRAPH_CONFIG: path.join(dir, 'narragraph.config.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.once('close', (code) => resolve({ code, output }));
  });
  return { child, exited };
}

/** Each stored article with how many PUBLISHED_BY and MENTIONS edges it has. */
async function articles() {
  return readTransaction(async (tx) =>
    (
      await tx.run(
        `MATCH (a:Article {stub: false})
         RETURN a.key AS key, COUNT { (a)-[:PUBLISHED_BY]->() } AS publishedBy,
                COUNT { (a)-[:MENTIONS]->() } AS mentions
         ORDER BY key`,
      )
    ).records.map((r) => ({
      key: String(r.get('key')).slice(base.length),
      publishedBy: Number(r.get('publishedBy')),
      mentions: Number(r.get('mentions')),
    })),
  );
}

describe('killing npm run collect mid-fetch, then starting it again', () => {
  it('loses nothing and stores nothing twice', async () => {
    const first = await spawnCollect().exited;
    expect(first.code, first.output).toBe(0);
    const clean = await articles();
    expect(clean.map((a) => a.key)).toEqual(['/articles/a', '/articles/b']);
    const before = await feedRepository.get(`${base}/news.rss`);

    version = 2;
    const asked = new Promise<void>((resolve) => (pageAsked = resolve));
    const killed = spawnCollect();
    await asked;
    process.kill(-(killed.child.pid ?? 0), 'SIGKILL');
    await killed.exited;
    // The killed poll stored nothing and wrote no state.
    expect(await articles()).toEqual(clean);
    expect(await feedRepository.get(`${base}/news.rss`)).toEqual(before);

    stall = false;
    const restarted = await spawnCollect().exited;
    expect(restarted.code, restarted.output).toBe(0);
    expect(restarted.output).toContain(
      `${base}/news.rss: 200, 4 entries: 2 new, 0 updated, 2 unchanged, 0 rejected`,
    );
    const after = await articles();
    expect(after.map((a) => a.key)).toEqual([
      '/articles/a',
      '/articles/b',
      '/articles/c',
      '/pages/d.html',
    ]);
    // A and B exactly as the clean run left them; every article published once.
    expect(after.slice(0, 2)).toEqual(clean);
    expect(after.map((a) => a.publishedBy)).toEqual([1, 1, 1, 1]);
    expect(await feedRepository.get(`${base}/news.rss`)).toMatchObject({
      status: 'ok',
      itemsStored: 4,
      lastNew: 2,
      lastUnchanged: 2,
    });
  });
});
