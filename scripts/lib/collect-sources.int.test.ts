import { mkdtemp, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction } from '@/graph-db/driver';
import { toNumber, toStringValue } from '@/graph-db/neo4j-values';
import { feedRepository } from '@/graph-db/repositories/feed-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { DEFAULT_COLLECT_SETTINGS, folderIdentity } from '@/ingest/collect/collect-config';
import { createCollector, type CollectStore, type PollReport } from '@/ingest/collect/collector';
import { wireStory } from '@/ingest/testing/wire-story';
import { collectStore } from './collect-store';

/**
 * Page and folder sources (docs/collect.md) against the real Neo4j: pages on a server on 127.0.0.1
 * (one that changes and answers 304 to its ETag, one without validators, one failing with 500)
 * and a temporary folder (a new file, the same file again, a changed file, a malformed file).
 */

connectTestDatabase();

let server: Server;
let base = '';
let folder = '';
let folderKey = '';
/** The statement page's version. */
let version = 1;
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];

const page = (title: string, topic: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>${wireStory(
    topic,
  )
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

const record = (id: string, topic: string) =>
  JSON.stringify({
    title: `Folder story ${id}`,
    url: `https://folder.example/${id}`,
    date: '2026-12-01',
    source: 'Folder Agency',
    text: wireStory(topic),
  });

beforeAll(async () => {
  await resetDatabase();
  server = createServer((req, res) => {
    const where = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push({ path: where, headers: req.headers });
    if (where === '/robots.txt') {
      res.writeHead(404).end();
    } else if (where === '/statement.html') {
      const etag = `"s${version}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag })
        .end(page('Ministry statement', `Statement version ${version}`));
    } else if (where === '/plain.html') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(page('Plain page', 'The plain page'));
    } else if (where === '/broken.html') {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  folder = await mkdtemp(path.join(tmpdir(), 'narragraph-collect-'));
  const identity = folderIdentity(folder);
  if (typeof identity === 'string') throw new Error(identity);
  folderKey = identity.key;
  await writeFile(
    path.join(folder, 'one.jsonl'),
    `${record('a', 'Story A')}\n${record('b', 'Story B')}\n`,
  );
  await writeFile(path.join(folder, 'bad.json'), '[{"title": "cut off", "text": ');
  await writeFile(path.join(folder, 'notes.md'), 'not a format ingest reads');
  await feedRepository.upsert([
    ...['statement', 'plain', 'broken'].map((name) => ({
      key: `${base}/${name}.html`,
      url: `${base}/${name}.html`,
      intervalMinutes: 15,
      origin: 'config' as const,
      kind: 'page' as const,
    })),
    { ...identity, intervalMinutes: 15, origin: 'config' as const, kind: 'folder' as const },
  ]);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
  await closeDriver();
});

const settings = { ...DEFAULT_COLLECT_SETTINGS, timeoutMs: 3_000, allowPrivateAddresses: true };
let now = Date.now();
/** Batches handed to the writer: a poll that finds nothing new hands none. */
let writes = 0;
const counting: CollectStore = {
  ...collectStore,
  write: (batch) => {
    writes += 1;
    return collectStore.write(batch);
  },
};

const collector = (store: CollectStore = counting) =>
  createCollector({
    settings,
    store,
    clock: () => now,
    random: () => 0.5,
    hostIntervalMs: 0,
    log: () => undefined,
  });
const daemon = collector();

async function poll(): Promise<Record<string, PollReport>> {
  now += 16 * 60_000;
  writes = 0;
  requests.length = 0;
  const reports = await daemon.pollDue({ all: true });
  return Object.fromEntries(
    reports.map((r) => [r.key === folderKey ? 'folder' : r.key.slice(base.length + 1), r]),
  );
}

/** Every stored article's key and its number of relationships (a duplicate write would add some). */
async function stored(): Promise<Record<string, number>> {
  return readTransaction(async (tx) => {
    const result = await tx.run(
      `MATCH (a:Article {stub: false})
       RETURN a.key AS key, COUNT { (a)-[]-() } AS relationships ORDER BY key`,
    );
    return Object.fromEntries(
      result.records.map((r) => [
        toStringValue(r.get('key')).replace(base, '').replace('https://folder.example', 'folder:'),
        toNumber(r.get('relationships')),
      ]),
    );
  });
}

async function articleText(key: string): Promise<string> {
  return readTransaction(async (tx) =>
    toStringValue(
      (
        await tx.run('MATCH (a:Article {key: $key}) RETURN a.text AS text', { key })
      ).records[0]?.get('text'),
    ),
  );
}

describe('collecting pages and folders', () => {
  it('first poll: stores each page and the folder files, rejecting the bad file by name', async () => {
    const reports = await poll();
    expect(reports['statement.html']).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      created: 1,
      etag: '"s1"',
    });
    expect(reports['plain.html']).toMatchObject({ status: 'ok', created: 1 });
    expect(reports['broken.html']).toMatchObject({
      status: 'error',
      httpStatus: 500,
      failures: 1,
      error: `${base}/broken.html: HTTP 500 Internal Server Error`,
    });
    expect(reports.folder).toMatchObject({
      status: 'ok',
      seen: 3,
      created: 2,
      rejected: 1,
      fileCounts: { changed: 2, unchanged: 0 },
    });
    expect(reports.folder?.rejections[0]).toMatch(/^bad\.json: /);
    expect(Object.keys(await stored())).toEqual([
      '/plain.html',
      '/statement.html',
      'folder:/a',
      'folder:/b',
    ]);
    const row = await feedRepository.get(folderKey);
    expect(row).toMatchObject({ kind: 'folder', status: 'ok', lastNew: 2, lastRejected: 1 });
    expect(row?.lastError).toMatch(/^bad\.json: /);
  });

  it('second poll: a 304, a page with the same bytes and unchanged files store nothing', async () => {
    // Same bytes, new mtime: read and hashed again, not ingested.
    const later = new Date(now + 60_000);
    await utimes(path.join(folder, 'one.jsonl'), later, later);
    const reports = await poll();
    expect(requests.find((r) => r.path === '/statement.html')?.headers['if-none-match']).toBe(
      '"s1"',
    );
    expect(reports['statement.html']).toMatchObject({ status: 'not-modified', httpStatus: 304 });
    expect(reports['plain.html']).toMatchObject({
      status: 'not-modified',
      httpStatus: 200,
      seen: 0,
    });
    expect(reports.folder).toMatchObject({
      status: 'not-modified',
      seen: 0,
      fileCounts: { changed: 0, unchanged: 2 },
    });
    expect(writes).toBe(0);
  });

  it('third poll: a changed page and a changed file are rewritten, a new file stored, once each', async () => {
    version = 2;
    await writeFile(
      path.join(folder, 'one.jsonl'),
      `${record('a', 'Story A revised')}\n${record('b', 'Story B')}\n${record('c', 'Story C')}\n`,
    );
    await writeFile(
      path.join(folder, 'sub-page.html'),
      page('A page in the folder', 'Folder page'),
    );
    const reports = await poll();
    expect(reports['statement.html']).toMatchObject({ status: 'ok', updated: 1, etag: '"s2"' });
    expect(reports.folder).toMatchObject({
      status: 'ok',
      created: 2,
      updated: 1,
      unchanged: 1,
      rejected: 0,
      fileCounts: { changed: 2, unchanged: 1 },
    });
    expect(await articleText('https://folder.example/a')).toContain('Story A revised');
    expect(Object.keys(await stored())).toHaveLength(6);
  });

  it('a poll that stored its articles but died before its state is redone without duplicates', async () => {
    version = 3;
    await writeFile(path.join(folder, 'one.jsonl'), `${record('d', 'Story D')}\n`);
    const dying = collector({
      ...counting,
      recordPoll: () => Promise.reject(new Error('killed before the state was written')),
    });
    now += 16 * 60_000;
    expect(await dying.pollDue({ all: true })).toEqual([]);
    const afterKill = await stored();
    expect(Object.keys(afterKill)).toContain('folder:/d');
    // The next collector reads the same page and file again: all unchanged, nothing twice.
    const reports = await poll();
    expect(reports['statement.html']).toMatchObject({
      status: 'ok',
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(reports.folder).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await stored()).toEqual(afterKill);
  });

  it('forgets a removed file and re-reads nothing else', async () => {
    await unlink(path.join(folder, 'bad.json'));
    const reports = await poll();
    expect(reports.folder).toMatchObject({
      status: 'not-modified',
      files: { read: [], removed: ['bad.json'] },
    });
    const files = await feedRepository.folderFiles(folderKey);
    expect([...files.keys()].sort()).toEqual(['one.jsonl', 'sub-page.html']);
  });
});
