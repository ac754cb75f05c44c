import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ingestRepository } from '@/graph-db/repositories/ingest-repository';
import { closeDriver, resetDatabase } from '@/graph-db/testing/test-database';
import { runIngest } from '@/ingest/run-ingest';

/** The seed page of the project (../shared beside the repository). */
export const SEED_PAGE = path.resolve(
  __dirname,
  '../../../shared/seeds/kcna-watch-page-2021-08-01.txt',
);

/**
 * Small generic JSONL articles around the seed: three sources taking up "hacking empire" one
 * after another, citing the July 2021 accusation, so spread, timelines and lags have data.
 */
export const FIXTURE_ARTICLES = [
  {
    title: 'Rodong Sinmun on the hacking empire',
    date: '2021-08-03',
    source: 'Rodong Sinmun',
    url: 'https://example.org/rodong/hacking-empire',
    language: 'en',
    text: 'Pyongyang, August 3 (KCNA) -- Rodong Sinmun said the United States is a "hacking empire". On July 19 the United States and the European Union accused China of the cyber-attack on Microsoft, the paper noted. China rejected the claim.',
  },
  {
    title: 'Voice of Korea commentary on cyber hypocrisy',
    date: '2021-08-20',
    source: 'Voice of Korea',
    url: 'https://example.org/vok/cyber-hypocrisy',
    language: 'en',
    text: 'Pyongyang, August 20 (KCNA) -- The Voice of Korea called the United States a "hacking empire" again. On July 19 the United States blamed China for the attack on Microsoft. Japan and NATO joined the United States.',
  },
  {
    title: 'Minju Joson on sanctions',
    date: '2022-01-15',
    source: 'Minju Joson',
    url: 'https://example.org/minju/sanctions',
    language: 'en',
    text: 'Pyongyang, January 15 (KCNA) -- Minju Joson said the "hacking empire" is the United States. The European Union imposed sanctions on Russia on December 10, 2021, the paper recalled.',
  },
] as const;

/** Ingests the seed page and the fixture articles into the (test) database. */
export async function ingestFixtures(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'narragraph-api-'));
  const file = path.join(dir, 'fixtures.jsonl');
  await writeFile(file, `${FIXTURE_ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const summary = await runIngest([SEED_PAGE, file], { sink: ingestRepository });
  if (summary.rejected.length > 0) {
    throw new Error(`fixtures rejected: ${JSON.stringify(summary.rejected)}`);
  }
  return dir;
}

/**
 * For a test file: an emptied test database holding the fixtures before its tests, and the
 * temporary files and the driver gone after them.
 */
export function withFixtureGraph(): void {
  let dir = '';
  beforeAll(async () => {
    await resetDatabase();
    dir = await ingestFixtures();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await closeDriver();
  });
}
