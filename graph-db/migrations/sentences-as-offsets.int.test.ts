import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTransaction, runAutoCommit } from '../driver';
import { evidenceSentence } from '../queries/evidence-sentence';
import { closeDriver, connectTestDatabase, resetDatabase } from '../testing/test-database';
import { applyMigrations, MIGRATIONS } from './migrations';

connectTestDatabase();

const TEXT = 'Pyongyang, May 1 (KCNA) -- The DPRK said so. The U.S. denied it.';
const ASTRAL = '🚀 The DPRK said so. The U.S. denied it.';

interface EvidenceRow {
  readonly id: string;
  readonly stored: boolean;
  readonly sentence: string;
}

/** Every evidence edge: whether it still stores its sentence, and the sentence a read gets. */
async function evidence(): Promise<EvidenceRow[]> {
  return readTransaction(async (tx) =>
    (
      await tx.run(
        `MATCH ()-[r]->() WHERE r.extractor IS NOT NULL AND type(r) <> 'SAME_AS'
         RETURN r.extractor AS id, r.sentence IS NOT NULL AS stored, ${evidenceSentence('r')} AS sentence
         ORDER BY id`,
      )
    ).records.map((r) => r.toObject() as EvidenceRow),
  );
}

describe('the evidence-sentences-as-offsets migration', () => {
  beforeAll(resetDatabase);
  afterAll(closeDriver);

  it('drops only the sentences the article text gives back, once', async () => {
    // A store written before offsets: every edge with its sentence, the migration not yet recorded.
    await runAutoCommit(
      `CREATE (a:Article {key: 'a', text: $text, stub: false})
       CREATE (b:Article {key: 'b', text: $astral, stub: false})
       CREATE (s:Source {key: 'kcna', name: 'KCNA'})
       CREATE (x:Actor {key: 'country:us', name: 'United States'})
       CREATE (e:Event {key: 'e'})
       CREATE (a)-[:PUBLISHED_BY {sentence: 'Source: KCNA', start: 0, end: 0, extractor: '1-metadata', confidence: 1.0}]->(s)
       CREATE (a)-[:MENTIONS {sentence: 'The U.S. denied it.', start: 45, end: 64, extractor: '2-slice', confidence: 1.0}]->(x)
       CREATE (a)-[:CITES {sentence: 'The DPRK said so.', start: 45, end: 64, extractor: '3-elsewhere', confidence: 1.0}]->(e)
       CREATE (b)-[:MENTIONS {sentence: 'The U.S. denied it.', start: 21, end: 40, extractor: '4-astral', confidence: 1.0}]->(x)
       CREATE (e)-[:INVOLVES {sentence: 'The U.S. denied it.', start: 45, end: 64, extractor: '5-involves', confidence: 1.0, articleKey: 'a'}]->(x)`,
      { text: TEXT, astral: ASTRAL },
    );
    const before = await evidence();
    const id = '028-evidence-sentences-as-offsets';
    await runAutoCommit('MATCH (m:NarragraphSchema) SET m.migrations = $ids', {
      ids: MIGRATIONS.map((m) => m.id).filter((m) => m !== id),
    });
    await applyMigrations();
    await applyMigrations();
    const after = await evidence();
    expect(after.map((row) => row.sentence)).toEqual(before.map((row) => row.sentence));
    expect(after.map((row) => [row.id, row.stored])).toEqual([
      ['1-metadata', true],
      ['2-slice', false],
      ['3-elsewhere', true],
      // Cypher counts the rocket as one character, JavaScript as two: the offsets do not fit.
      ['4-astral', true],
      ['5-involves', true],
    ]);
    // Recorded: a later start does not scan the relationships again.
    await runAutoCommit(
      `MATCH (a:Article {key: 'a'}), (x:Actor {key: 'country:us'})
       CREATE (a)-[:ADVANCES {sentence: 'The U.S. denied it.', start: 45, end: 64, extractor: '6-later', confidence: 1.0}]->(x)`,
    );
    await applyMigrations();
    expect((await evidence()).find((row) => row.id === '6-later')?.stored).toBe(true);
  });
});
