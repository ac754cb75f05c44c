import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '@/ingest/extract/extract-article';
import { prose } from '@/ingest/testing/prose';
import type { ExtractedArticle } from '@/ingest/types';
import { readTransaction, writeTransaction } from './driver';
import { writeArticles } from './queries/ingest-writer';
import { writeReuse } from './queries/reuse.cypher';
import { ingestRepository } from './repositories/ingest-repository';
import {
  applyReusePlan,
  forgetReuseIndex,
  planReuse,
  rememberSketches,
} from './repositories/reuse-repository';
import { closeDriver, connectTestDatabase, resetDatabase } from './testing/test-database';

connectTestDatabase();

/**
 * This process's index of sketches takes its own committed sketches without reading them back, and
 * its recent texts serve a candidate's text unless the store holds another one now.
 */

const article = (title: string, date: string, text: string, url?: string) =>
  extractArticle({
    title,
    date,
    sourceName: 'KCNA',
    language: 'en',
    text,
    ...(url === undefined ? {} : { url }),
    origin: { location: 'reuse-index.int.test' },
  });

const speech = prose(11, 80);
const report = prose(12, 80);

async function reuseEdges(): Promise<string[]> {
  return readTransaction(async (tx) => {
    const result = await tx.run(
      'MATCH (a:Article)-[:REUSES]->(b:Article) RETURN a.title + " -> " + b.title AS edge ORDER BY edge',
    );
    return result.records.map((r) => r.get('edge') as string);
  });
}

afterAll(async () => {
  forgetReuseIndex();
  await closeDriver();
});

describe('the reuse index of one process', () => {
  beforeAll(async () => {
    await resetDatabase();
    forgetReuseIndex();
  });

  it('finds reuse of its own last batch, and of a sketch another writer committed while it wrote', async () => {
    await ingestRepository.writeBatch([article('Speech', '2011-01-01', speech)]);
    // Another writer stores a sketched article after this process planned its batch and before
    // it commits: the batch's sketches are then not the next write after what the index holds.
    const other = article('Report', '2011-01-02', report);
    const laterBatch = [article('Speech again', '2011-01-03', `${speech}\n${prose(13, 30)}`)];
    const plan = await planReuse(laterBatch);
    await ingestRepository.writeBatch([other], { textReuse: false });
    const [otherSketch] = (await planReuse([other])).sketches;
    await writeTransaction((tx) => writeReuse(tx, [], [], otherSketch ? [otherSketch] : []));
    const stamp = await writeTransaction(async (tx) => {
      await writeArticles(tx, laterBatch);
      return applyReusePlan(tx, plan);
    });
    rememberSketches(plan, stamp);
    await ingestRepository.writeBatch([
      article('Report again', '2011-01-04', `${report}\n${prose(14, 30)}`),
    ]);
    expect(await reuseEdges()).toEqual(['Report again -> Report', 'Speech again -> Speech']);
  });
});

/** Another process's write of `a`: the article, and its sketch when its text is new. */
async function writeElsewhere(a: ExtractedArticle): Promise<void> {
  const sketches = (await planReuse([a])).sketches;
  await writeTransaction(async (tx) => {
    await writeArticles(tx, [a]);
    await writeReuse(tx, [], [], sketches);
  });
}

/** Writes `a` as this process does, and says how many candidate texts it read from the store. */
async function textsReadWriting(a: ExtractedArticle): Promise<number | undefined> {
  let read: number | undefined;
  await ingestRepository.writeBatch([a], {
    trace: (_, counts) => {
      read = counts?.read ?? read;
    },
  });
  return read;
}

describe('the recent texts of one process', () => {
  beforeEach(async () => {
    await resetDatabase();
    forgetReuseIndex();
  });

  it('serves a text it wrote without reading it, dated as the store dates it now', async () => {
    const url = 'https://kcna.example/speech';
    await ingestRepository.writeBatch([article('Speech', '2011-01-05', speech, url)]);
    // Another process moves the same text to an earlier date: its sketch stays as it was.
    await writeElsewhere(article('Speech', '2011-01-01', speech, url));
    const read = await textsReadWriting(
      article('Speech again', '2011-01-03', `${speech}\n${prose(23, 30)}`),
    );
    expect({ read, edges: await reuseEdges() }).toEqual({
      read: 0,
      edges: ['Speech again -> Speech'],
    });
  });

  it('reads a text again once another process has changed it', async () => {
    const url = 'https://kcna.example/statement';
    await ingestRepository.writeBatch([article('Statement', '2011-02-01', speech, url)]);
    await writeElsewhere(article('Statement', '2011-02-01', report, url));
    const read = await textsReadWriting(
      article('Report again', '2011-02-02', `${report}\n${prose(24, 30)}`),
    );
    expect({ read, edges: await reuseEdges() }).toEqual({
      read: 1,
      edges: ['Report again -> Statement'],
    });
  });
});
