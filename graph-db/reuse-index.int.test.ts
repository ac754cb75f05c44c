import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/ingest/extract/extract-article';
import { prose } from '@/ingest/testing/prose';
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

/** This process's index of sketches takes its own committed sketches without reading them back. */

const article = (title: string, date: string, text: string) =>
  extractArticle({
    title,
    date,
    sourceName: 'KCNA',
    language: 'en',
    text,
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

describe('the reuse index of one process', () => {
  beforeAll(async () => {
    await resetDatabase();
    forgetReuseIndex();
  });
  afterAll(async () => {
    forgetReuseIndex();
    await closeDriver();
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
