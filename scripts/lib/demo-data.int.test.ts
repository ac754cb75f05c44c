import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoLoadStatus } from '@/app/_lib/demo-load-status';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from '@/graph-db/testing/test-database';
import { demoInputs, demoInputsToLoad, loadDemoData } from './demo-data';

connectTestDatabase();

let dir: string;
beforeAll(async () => {
  await resetDatabase();
  dir = await mkdtemp(path.join(tmpdir(), 'narragraph-demo-status-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await closeDriver();
});

describe('the demo load behind npm start', () => {
  it('reports itself loading from the first moment, stores the demo data and then clears the report', async () => {
    const statusFile = path.join(dir, 'demo-load.json');
    const seedPage = demoInputs().filter((file) => file.endsWith('.txt'));
    const toLoad = await demoInputsToLoad();
    const loading = loadDemoData(seedPage, { statusFile });
    const first = readDemoLoadStatus(statusFile);
    await loading;
    expect({
      toLoad: toLoad.map((file) => path.basename(file)),
      first: first && { stored: first.stored, pid: first.pid },
      after: readDemoLoadStatus(statusFile),
      articles: (await ingestRepository.counts()).articles,
      again: await demoInputsToLoad(),
    }).toEqual({
      toLoad: ['kcna-watch-page-2021-08-01.txt', 'kcna-2024.json.gz'],
      first: { stored: 0, pid: process.pid },
      after: null,
      articles: 1,
      again: [],
    });
  });
});
