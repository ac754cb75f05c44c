/**
 * A synthetic narrative graph with a realistic shape: a few hub actors named by most articles
 * (the United States by ~80%), Zipf-distributed popularity for the long tail of actors and
 * narratives, dates over 15 years, and events cited some days to months after they happened.
 * Deterministic (seeded PRNG), written with batched UNWIND statements, no extraction.
 */

import { mulberry32 } from '../model/seeded-random';

export { mulberry32 as prng };

/** Samples indexes 0..n-1 with probability ∝ 1/(i+1)^s. */
export function zipfSampler(n: number, s: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    total += 1 / (i + 1) ** s;
    cumulative.push(total);
  }
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const HUBS = [
  { key: 'country:united-states', name: 'United States', kind: 'country', p: 0.8 },
  { key: 'country:south-korea', name: 'South Korea', kind: 'country', p: 0.45 },
  { key: 'country:japan', name: 'Japan', kind: 'country', p: 0.3 },
  { key: 'country:china', name: 'China', kind: 'country', p: 0.2 },
] as const;
const KINDS = ['country', 'organization', 'person', 'outlet', 'group'] as const;
const WORDS =
  'sanctions drills missile peace nuclear hostile policy aggression sovereignty imperialist puppet provocation alliance war exercises summit treaty deterrence threat economy harvest congress leader delegation solidarity friendship'.split(
    ' ',
  );
const SOURCES = [
  'KCNA',
  'Rodong Sinmun',
  'Minju Joson',
  'Voice of Korea',
  'Uriminzokkiri',
  'Ministry of Foreign Affairs (EN)',
  'Pyongyang Times',
  'Naenara',
  'Tongil Sinbo',
  'Chongnyon Jonwi',
  'Arirang Meari',
  'Meari',
];
const START_DAY = Date.UTC(2010, 0, 1) / 86_400_000;
const SPAN_DAYS = 15 * 365;

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

export interface SyntheticSizes {
  readonly articles: number;
  readonly actors: number;
  readonly events: number;
  readonly narratives: number;
}

/** Sizes scaled from the article count. */
export function sizesFor(articles: number): SyntheticSizes {
  return {
    articles,
    actors: Math.max(200, Math.round(articles / 50)),
    events: Math.max(200, Math.round(articles / 5)),
    narratives: Math.max(50, Math.round(articles / 300)),
  };
}

/** The actor of popularity rank `i` (0-3 are the hubs). */
export function actorOf(i: number): { key: string; name: string; kind: string } {
  const hub = HUBS[i];
  if (hub) return { key: hub.key, name: hub.name, kind: hub.kind };
  const kind = KINDS[i % KINDS.length] ?? 'organization';
  return { key: `${kind}:bench-actor-${i}`, name: `Bench Actor ${i}`, kind };
}

/** Writes actors, sources, narratives and events (the nodes articles link to). */
export async function writeVocabulary(
  run: (cypher: string, params: Record<string, unknown>) => Promise<void>,
  sizes: SyntheticSizes,
): Promise<void> {
  await run(`UNWIND $rows AS row MERGE (s:Source {key: row.key}) ON CREATE SET s.name = row.name`, {
    rows: SOURCES.map((name) => ({
      key: `bench-${name.toLowerCase().replace(/\W+/g, '-')}`,
      name,
    })),
  });
  const actors = Array.from({ length: sizes.actors }, (_, i) => actorOf(i));
  for (let i = 0; i < actors.length; i += 5_000) {
    await run(
      `UNWIND $rows AS row MERGE (x:Actor {key: row.key})
       ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = [row.name], x.aliasText = ' ' + row.name, x.placeholder = false`,
      { rows: actors.slice(i, i + 5_000) },
    );
  }
  const random = mulberry32(7);
  const narratives = Array.from({ length: sizes.narratives }, (_, i) => ({
    key: `bench-narrative-${i}`,
    label: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${i}`,
    kind: random() < 0.8 ? 'slogan' : 'theme',
  }));
  await run(
    `UNWIND $rows AS row MERGE (n:Narrative {key: row.key}) ON CREATE SET n.label = row.label, n.kind = row.kind`,
    { rows: narratives },
  );
  const pickActor = zipfSampler(sizes.actors, 1.1, random);
  const events = Array.from({ length: sizes.events }, (_, i) => {
    const day = START_DAY + Math.floor(random() * SPAN_DAYS);
    const actorKeys = [...new Set([pickActor(), pickActor(), pickActor()])].map(
      (a) => actorOf(a).key,
    );
    return {
      key: `bench-event-${i}`,
      date: iso(day),
      precision: 'day',
      description: `${WORDS[i % WORDS.length]} involving ${actorKeys.length} actors on ${iso(day)}`,
      actorKeys,
    };
  });
  for (let i = 0; i < events.length; i += 5_000) {
    await run(
      `UNWIND $rows AS row MERGE (e:Event {key: row.key})
       ON CREATE SET e.date = row.date, e.precision = row.precision, e.description = row.description, e.actorKeys = row.actorKeys
       WITH e, row UNWIND row.actorKeys AS actorKey MATCH (x:Actor {key: actorKey})
       MERGE (e)-[i:INVOLVES]->(x)
       ON CREATE SET i.sentence = row.description, i.start = 0, i.end = size(row.description), i.extractor = 'bench', i.confidence = 1.0`,
      { rows: events.slice(i, i + 5_000) },
    );
  }
}

/** Builds the rows of articles `from..to-1` (deterministic per index). */
export function articleRows(from: number, to: number, sizes: SyntheticSizes) {
  const rows = [];
  for (let i = from; i < to; i += 1) {
    const random = mulberry32(1_000_003 + i);
    const pickActor = zipfSampler(Math.min(sizes.actors, 4_000), 1.1, random);
    const day = START_DAY + Math.floor(random() * SPAN_DAYS);
    const actors = new Set<number>();
    HUBS.forEach((hub, index) => {
      if (random() < hub.p) actors.add(index);
    });
    const extra = 2 + Math.floor(random() * 5);
    for (let k = 0; k < extra; k += 1) actors.add(HUBS.length + pickActor());
    const mentioned = [...actors].filter((a) => a < sizes.actors).map(actorOf);
    const narrativeCount = random() < 0.4 ? 1 + Math.floor(random() * 2) : 0;
    const narratives = Array.from({ length: narrativeCount }, () =>
      Math.min(sizes.narratives - 1, Math.floor(sizes.narratives * random() ** 3)),
    );
    const cites = Array.from(
      { length: random() < 0.5 ? 1 + Math.floor(random() * 2) : 0 },
      (_, c) => ({
        localKey: `e${c}`,
        key: `bench-event-${Math.floor(random() * sizes.events)}`,
      }),
    );
    const word = (n: number) => WORDS[(i * 31 + n * 17) % WORDS.length] ?? 'report';
    const names = mentioned.map((a) => a.name);
    const text = `Pyongyang (KCNA) -- ${names.slice(0, 3).join(', ')} ${word(1)} ${word(2)} and ${word(3)}. The ${word(4)} of ${names[names.length - 1] ?? 'the enemy'} was denounced as ${word(5)} ${word(6)}. Report ${i}.`;
    rows.push({
      key: `bench:${i}`,
      title: `${names[0] ?? 'Report'} ${word(7)} ${word(8)} ${i}`,
      date: iso(day),
      text,
      source: `bench-${(SOURCES[Math.floor(SOURCES.length * random() ** 2)] ?? 'KCNA').toLowerCase().replace(/\W+/g, '-')}`,
      mentions: mentioned.map((a, m) => ({
        key: a.key,
        count: 1 + Math.floor(random() * (m < 2 ? 5 : 2)),
        sentence: text.slice(0, 120),
      })),
      narratives: narratives.map((n) => `bench-narrative-${n}`),
      cites,
      related: random() < 0.1 && i > 0 ? `bench:${Math.floor(random() * i)}` : null,
    });
  }
  return rows;
}

export const WRITE_ARTICLES_CYPHER = `
UNWIND $rows AS row
CREATE (a:Article {key: row.key, title: row.title, date: row.date, text: row.text, language: 'en',
                   stub: false, contentHash: row.key, ingestedAt: datetime()})
WITH a, row
MATCH (s:Source {key: row.source})
CREATE (a)-[:PUBLISHED_BY {sentence: 'Source: ' + s.name, start: 0, end: 0, extractor: 'bench', confidence: 1.0}]->(s)
WITH a, row
CALL (a, row) {
  UNWIND row.mentions AS m
  MATCH (x:Actor {key: m.key})
  CREATE (a)-[:MENTIONS {count: m.count, firstOffset: 0, sentence: m.sentence, start: 0, end: size(m.sentence), extractor: 'bench', confidence: 0.9}]->(x)
}
CALL (a, row) {
  UNWIND row.narratives AS nk
  MATCH (n:Narrative {key: nk})
  MERGE (a)-[r:ADVANCES]->(n)
  ON CREATE SET r.sentence = a.title, r.start = 0, r.end = size(a.title), r.extractor = 'bench', r.confidence = 0.8
}
CALL (a, row) {
  UNWIND row.cites AS c
  MATCH (e:Event {key: c.key})
  CREATE (a)-[:CITES {localKey: c.localKey, dateText: 'on ' + e.date, sentence: e.description, start: 0, end: size(e.description), extractor: 'bench', confidence: 0.7}]->(e)
}
CALL (a, row) {
  WITH a, row WHERE row.related IS NOT NULL
  MATCH (b:Article {key: row.related})
  CREATE (a)-[:RELATED_TO {via: 'bench', sentence: b.title, start: 0, end: 0, extractor: 'bench', confidence: 1.0}]->(b)
}
`;

/** What the writer needs of a transaction (graph-db's ManagedTransaction satisfies it). */
export interface StatementRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<unknown>;
}

/** Writes articles in batches; `onBatch` reports progress. */
export async function writeArticles(
  write: (work: (tx: StatementRunner) => Promise<void>) => Promise<void>,
  sizes: SyntheticSizes,
  onBatch: (done: number) => void,
  batchSize = 2_000,
): Promise<void> {
  for (let from = 0; from < sizes.articles; from += batchSize) {
    const rows = articleRows(from, Math.min(sizes.articles, from + batchSize), sizes);
    await write(async (tx) => {
      await tx.run(WRITE_ARTICLES_CYPHER, { rows });
    });
    onBatch(Math.min(sizes.articles, from + batchSize));
  }
}
