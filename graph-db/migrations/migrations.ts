import type { ManagedTransaction } from 'neo4j-driver';
import { runAutoCommit, writeTransaction } from '../driver';
import { linkStoredSources } from '../queries/citations.cypher';
import { sentenceFromText } from '../queries/evidence-sentence';

/**
 * A statement, a write that needs code (a list only TypeScript has), a schema change that needs
 * code (a check first; schema changes run outside a transaction of data reads), or a data change
 * too large for one transaction (`steps`: many, each short; the transaction timeout bounds even
 * the outer transaction of `CALL … IN TRANSACTIONS`); all idempotent.
 */
export type Migration =
  | { readonly id: string; readonly cypher: string }
  | { readonly id: string; readonly apply: (tx: ManagedTransaction) => Promise<unknown> }
  | { readonly id: string; readonly schema: () => Promise<unknown> }
  | { readonly id: string; readonly steps: () => Promise<unknown> };

/** What `search_entities` covers: one index over every kind ranks them together. */
const SEARCH_ENTITIES_ON =
  'FOR (n:Article|Source|Actor|Event|Narrative) ON EACH [n.title, n.name, n.label, n.description, n.aliasText, n.text]';

/**
 * Recreates `search_entities` as eventually consistent unless it already is: Lucene's updates then
 * leave the commit path (docs/ingest.md#search-right-after-an-ingest). A store stopped between the
 * drop and the create has no index, which the next run creates.
 */
async function makeSearchEventuallyConsistent(): Promise<void> {
  const found = await runAutoCommit(
    "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search_entities' RETURN options.indexConfig['fulltext.eventually_consistent'] AS eventual",
  );
  if (found.records[0]?.get('eventual') === true) return;
  await runAutoCommit('DROP INDEX search_entities IF EXISTS');
  await runAutoCommit(
    `CREATE FULLTEXT INDEX search_entities IF NOT EXISTS ${SEARCH_ENTITIES_ON} OPTIONS {indexConfig: {\`fulltext.eventually_consistent\`: true}}`,
  );
}

const SENTENCES_AS_OFFSETS = '028-evidence-sentences-as-offsets';

/** One step of {@link dropSentencesTheTextHolds}: the edges of the next 1,000 articles by key. */
const DROP_SENTENCES_STEP = `
MATCH (a:Article) WHERE a.key > $after
WITH a ORDER BY a.key LIMIT 1000
CALL (a) {
  MATCH (a)-[r:PUBLISHED_BY|MENTIONS|QUOTES|ATTRIBUTES|CITES|ADVANCES|CITES_SOURCE]->()
  WHERE r.sentence IS NOT NULL AND 0 <= r.start <= r.end AND r.sentence = ${sentenceFromText('r')}
  REMOVE r.sentence
}
RETURN max(a.key) AS last`;

/**
 * Drops each stored evidence sentence of an article's edge that the read's own expression gives
 * back from the text (so no read changes), a transaction per 1,000 articles. Once recorded as
 * applied it does not walk the edges again at every start.
 */
async function dropSentencesTheTextHolds(): Promise<void> {
  const applied = await runAutoCommit(
    'MATCH (m:NarragraphSchema {id: 1}) RETURN $id IN coalesce(m.migrations, []) AS done',
    { id: SENTENCES_AS_OFFSETS },
  );
  if (applied.records[0]?.get('done') === true) return;
  for (let after: unknown = ''; typeof after === 'string';) {
    const step = await runAutoCommit(DROP_SENTENCES_STEP, { after });
    after = step.records[0]?.get('last');
  }
}

/**
 * Schema and data migrations, applied in order at start and by `npm run db:migrate`. Every one is
 * idempotent (IF NOT EXISTS, MERGE, or a change that finds nothing left to change), so re-running
 * them is safe; never edit one that has shipped: add a new one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '001-article-key',
    cypher: 'CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '002-source-key',
    cypher: 'CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '003-actor-key',
    cypher: 'CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (n:Actor) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '004-event-key',
    cypher: 'CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '005-narrative-key',
    cypher:
      'CREATE CONSTRAINT narrative_key IF NOT EXISTS FOR (n:Narrative) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '006-saved-view-slug',
    cypher:
      'CREATE CONSTRAINT saved_view_slug IF NOT EXISTS FOR (n:SavedView) REQUIRE n.slug IS UNIQUE',
  },
  {
    id: '007-article-date',
    cypher: 'CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)',
  },
  {
    id: '008-event-date',
    cypher: 'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
  },
  {
    id: '009-search-entities',
    cypher: `CREATE FULLTEXT INDEX search_entities IF NOT EXISTS ${SEARCH_ENTITIES_ON}`,
  },
  {
    id: '010-search-saved-views',
    cypher:
      'CREATE FULLTEXT INDEX search_saved_views IF NOT EXISTS FOR (n:SavedView) ON EACH [n.name, n.description]',
  },
  {
    id: '011-article-ingested-at',
    // The API's stats.dataVersion reads the latest write time; the index makes that one seek.
    cypher: 'CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt)',
  },
  {
    id: '012-saved-view-created-at',
    cypher: 'CREATE INDEX saved_view_created_at IF NOT EXISTS FOR (n:SavedView) ON (n.createdAt)',
  },
  {
    id: '013-api-key-id',
    cypher: 'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE',
  },
  {
    id: '014-api-key-hash',
    // Keys are looked up by the hash of what the caller presents: one index seek per request.
    cypher: 'CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE',
  },
  {
    id: '015-source-outlet-identity',
    // Sources stored before SAME_AS existed; the writer links new ones.
    apply: linkStoredSources,
  },
  {
    id: '016-sections-from-topic-narratives',
    // Website sections were once stored as theme Narratives: move each onto its article.
    cypher: `MATCH (a:Article)-[r:ADVANCES {extractor: 'narratives/topic-label'}]->(n:Narrative)
CALL (a, r, n) {
  SET a.sections = CASE WHEN n.label IN coalesce(a.sections, []) THEN a.sections
                        ELSE coalesce(a.sections, []) + n.label END
  DELETE r
} IN TRANSACTIONS OF 5000 ROWS`,
  },
  {
    id: '017-slogan-kept-as-theme',
    // A slogan whose phrase was also a section name kept the kind of whichever came first.
    cypher: `MATCH (n:Narrative {kind: 'theme'})
WHERE EXISTS { (n)<-[:ADVANCES {extractor: 'narratives/quoted-phrase'}]-(:Article) }
SET n.kind = 'slogan'`,
  },
  {
    id: '018-drop-section-narratives',
    cypher: `MATCH (n:Narrative {kind: 'theme'}) WHERE NOT EXISTS { (n)<-[:ADVANCES]-() }
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
  },
  {
    id: '019-reuse-sketch-key',
    cypher:
      'CREATE CONSTRAINT reuse_sketch_key IF NOT EXISTS FOR (n:ReuseSketch) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '020-reuse-sketch-seq',
    // Text reuse: a process catches up on the sketches written since it last read (docs/text-reuse.md).
    cypher: 'CREATE INDEX reuse_sketch_seq IF NOT EXISTS FOR (n:ReuseSketch) ON (n.seq)',
  },
  {
    id: '021-reuse-sequence-id',
    cypher:
      'CREATE CONSTRAINT reuse_sequence_id IF NOT EXISTS FOR (n:ReuseSequence) REQUIRE n.id IS UNIQUE',
  },
  {
    id: '022-feed-key',
    // A collected feed is keyed by its normalized URL (docs/collect.md).
    cypher: 'CREATE CONSTRAINT feed_key IF NOT EXISTS FOR (n:Feed) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '023-watch-id',
    cypher: 'CREATE CONSTRAINT watch_id IF NOT EXISTS FOR (n:Watch) REQUIRE n.id IS UNIQUE',
  },
  {
    id: '024-alert-key',
    // Alerts are MERGEd on their key: a watch never alerts twice for the same thing.
    cypher: 'CREATE CONSTRAINT alert_key IF NOT EXISTS FOR (n:Alert) REQUIRE n.key IS UNIQUE',
  },
  {
    id: '025-watch-target',
    // Each alert rule goes from a batch's nodes to the watches naming them.
    cypher: 'CREATE INDEX watch_target IF NOT EXISTS FOR (n:Watch) ON (n.target)',
  },
  {
    id: '026-collected-file-key',
    // A folder source's file state is MERGEd on `<folder key>|<relative path>`.
    cypher:
      'CREATE CONSTRAINT collected_file_key IF NOT EXISTS FOR (n:CollectedFile) REQUIRE n.key IS UNIQUE',
  },
  { id: '027-search-entities-eventually-consistent', schema: makeSearchEventuallyConsistent },
  // An article's edge keeps only the offsets of a sentence its text gives back (docs/ingest.md).
  { id: SENTENCES_AS_OFFSETS, steps: dropSentencesTheTextHolds },
];

const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

/** Applies every migration and waits for indexes to come online. Returns the ids applied. */
export async function applyMigrations(): Promise<string[]> {
  for (const migration of MIGRATIONS) {
    if ('cypher' in migration) await runAutoCommit(migration.cypher);
    else if ('schema' in migration) await migration.schema();
    else if ('steps' in migration) await migration.steps();
    else await writeTransaction(migration.apply);
  }
  await runAutoCommit(AWAIT_INDEXES);
  await runAutoCommit(
    'MERGE (m:NarragraphSchema {id: 1}) SET m.migrations = $ids, m.appliedAt = datetime()',
    { ids: MIGRATIONS.map((m) => m.id) },
  );
  return MIGRATIONS.map((m) => m.id);
}

/**
 * Only the constraints and indexes, waiting until they are online: for a store loaded by
 * `neo4j-admin database import` (bench:ingest), whose data the data migrations must not rewrite.
 */
export async function applySchemaMigrations(): Promise<void> {
  for (const migration of MIGRATIONS)
    if ('schema' in migration) await migration.schema();
    else if (
      'cypher' in migration &&
      /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) /.test(migration.cypher)
    )
      await runAutoCommit(migration.cypher);
  await runAutoCommit(AWAIT_INDEXES);
}
