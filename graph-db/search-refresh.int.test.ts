import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/ingest/extract/extract-article';
import { readTransaction, runAutoCommit } from './driver';
import { applyMigrations, MIGRATIONS } from './migrations/migrations';
import { readDataVersion } from './queries/analytics.cypher';
import { ingestRepository } from './repositories/ingest-repository';
import {
  closeDriver,
  connectTestDatabase,
  ingestRecordsElsewhere,
  resetDatabase,
} from './testing/test-database';

connectTestDatabase();

/** `search_entities` is eventually consistent: what makes a write searchable, and when. */

async function searchIndex(): Promise<{ id: number; state: string; eventual: unknown }> {
  const result = await runAutoCommit(
    "SHOW FULLTEXT INDEXES YIELD name, id, state, options WHERE name = 'search_entities' RETURN id, state, options.indexConfig['fulltext.eventually_consistent'] AS eventual",
  );
  const record = result.records[0];
  return {
    id: Number(record?.get('id')),
    state: String(record?.get('state')),
    eventual: record?.get('eventual'),
  };
}

/** Titles of the articles the index finds for a word. */
async function found(word: string): Promise<string[]> {
  return readTransaction(async (tx) => {
    const result = await tx.run(
      "CALL db.index.fulltext.queryNodes('search_entities', $word) YIELD node WHERE node:Article RETURN node.title AS title ORDER BY title",
      { word },
    );
    return result.records.map((r) => r.get('title') as string);
  });
}

/** Articles whose bodies each hold one made-up word, long enough to keep Lucene busy a while. */
const articles = Array.from({ length: 400 }, (_, i) => ({
  title: `Report ${String(i).padStart(3, '0')}`,
  date: '2011-03-01',
  source: 'KCNA',
  language: 'en',
  text: `Pyongyang, March 1 (KCNA) -- The zyrvex${i} plan was discussed. ${Array.from({ length: 300 }, (_, j) => `Workers of unit ${i}-${j} gathered. `).join('')}`,
}));

async function missing(): Promise<string[]> {
  const lost: string[] = [];
  for (const [i, article] of articles.entries())
    if ((await found(`zyrvex${i}`)).length !== 1) lost.push(article.title);
  return lost;
}

describe('the eventually consistent search index', () => {
  beforeAll(resetDatabase);
  afterAll(closeDriver);

  it('migration 027 rebuilds an index made by 009 once, finding what was stored before', async () => {
    await ingestRecordsElsewhere([
      {
        title: 'Quillwort harvest',
        date: '2011-03-02',
        source: 'KCNA',
        text: 'The quillwort crop grew.',
      },
    ]);
    const made = MIGRATIONS.find((migration) => migration.id === '009-search-entities');
    if (made === undefined || !('cypher' in made)) throw new Error('migration 009 has changed');
    await runAutoCommit('DROP INDEX search_entities');
    await runAutoCommit(made.cypher);
    await runAutoCommit('CALL db.awaitIndexes(300)');
    const before = await searchIndex();
    await applyMigrations();
    const migrated = await searchIndex();
    await applyMigrations();
    const again = await searchIndex();
    expect({
      before: before.eventual,
      migrated: { eventual: migrated.eventual, state: migrated.state },
      rebuiltAgain: again.id !== migrated.id,
      found: await found('quillwort'),
    }).toEqual({
      before: false,
      migrated: { eventual: true, state: 'ONLINE' },
      rebuiltAgain: false,
      found: ['Quillwort harvest'],
    });
  });

  it('finds every article of an ingest as soon as the ingest returns', async () => {
    await resetDatabase();
    await ingestRecordsElsewhere(articles);
    expect(await missing()).toEqual([]);
  });

  it('reads a data version only once the index holds every write it counts', async () => {
    await resetDatabase();
    await readTransaction(readDataVersion); // planned before the write: the read after it is fast
    await ingestRepository.writeBatch(
      articles.map((record, i) =>
        extractArticle({
          title: record.title,
          date: record.date,
          sourceName: record.source,
          language: 'en',
          text: record.text,
          origin: { location: 'search-refresh.int.test', record: i + 1 },
        }),
      ),
    );
    await readTransaction(readDataVersion);
    expect(await missing()).toEqual([]);
  });
});
