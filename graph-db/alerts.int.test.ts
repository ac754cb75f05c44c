import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prose } from '@/ingest/testing/prose';
import type { ExtractedArticle } from '@/ingest/types';
import { watchFeed } from '@/delivery/atom';
import { watchWords } from '../model/alert-rules';
import type { WatchFields } from '../model/watches';
import { alertRepository } from './repositories/alert-repository';
import { ingestRepository } from './repositories/ingest-repository';
import { forgetReuseIndex } from './repositories/reuse-repository';
import { watchRepository } from './repositories/watch-repository';
import { article, RODONG, TASS } from './testing/citation-fixtures';
import { closeDriver, connectTestDatabase, resetDatabase } from './testing/test-database';

connectTestDatabase();

const citesTass = (sentence: string) => ({
  ...TASS,
  how: 'reported' as const,
  stance: 'neutral' as const,
  sentence,
});

/** A hand-built article: its citations of TASS, then each narrative phrase quoted, then `tail`. */
function build(
  key: string,
  source: string,
  date: string,
  options: { cites?: boolean; narratives?: string[]; tail?: string } = {},
): ExtractedArticle {
  const base = article(
    key,
    source,
    date,
    options.cites ? [citesTass(`${source} said TASS reported it.`)] : [],
  );
  let text = base.text;
  const narratives = (options.narratives ?? []).map((label) => {
    const sentence = `They called it the “${label}”.`;
    const start = text.length;
    text += `${sentence} `;
    const key = label.replace(/\s+/g, '-');
    return {
      key,
      label,
      kind: 'slogan' as const,
      evidence: { sentence, start, end: start + sentence.length, extractor: 'test', confidence: 1 },
    };
  });
  if (options.tail) text += `\n${options.tail}`;
  return { ...base, text, narratives, contentHash: `${key}:${text}` };
}

const HACKING = 'hacking empire';
const reused = prose(11, 60);

// History, written before any watch: KCNA has cited TASS; "hacking empire" ran once a week for
// the 8 weeks before the week of Monday 2024-03-04.
const history: ExtractedArticle[] = [
  build('h-kcna', 'KCNA', '2023-12-20', { cites: true }),
  build('h-orig', 'KCNA', '2024-01-03', { tail: reused }),
  ...['01-09', '01-16', '01-23', '01-30', '02-06', '02-13', '02-20', '02-27'].map((day) =>
    build(`h-${day}`, 'KCNA', `2024-${day}`, { narratives: [HACKING] }),
  ),
];
const batch1: ExtractedArticle[] = [
  // Rodong Sinmun cites TASS for the first time; its week holds 1 of "hacking empire".
  build('b1a', RODONG.outletName, '2024-03-05', { cites: true, narratives: [HACKING] }),
  // KCNA has cited TASS before; a new narrative matching the search.
  build('b1b', 'KCNA', '2024-03-06', {
    cites: true,
    narratives: [HACKING, 'cyber empire of evil'],
  }),
  // Reuses the watched article's paragraph.
  build('b1c', 'Chosun Ilbo', '2024-03-07', { tail: `${reused}\n${prose(12, 30)}` }),
];
const batch2: ExtractedArticle[] = [
  // The third "hacking empire" of the week: 3 against a baseline of 1 a week, z = 2.
  build('b2a', 'KCNA', '2024-03-08', { narratives: [HACKING, 'other phrase'] }),
  build('b2b', RODONG.outletName, '2024-03-08', { cites: true }),
];

const keyOf = (a: ExtractedArticle) => a.key;
const [b1a, b1b, b1c] = batch1.map(keyOf);
const [b2a, b2b] = batch2.map(keyOf);
const orig = history[1]!.key;

const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

async function watch(name: string, fields: Omit<WatchFields, 'name' | 'webhookUrl'>) {
  const created = await watchRepository.create({ ...fields, name, webhookUrl: null }, 100);
  if (created === undefined) throw new Error('no room for the watch');
  ids[name] = created.watch.id;
  tokens[name] = created.editToken;
}

const none = { query: null, words: [] };

/** Every alert of the watch `name`, as `kind|subject` sorted. */
async function alertsOf(name: string): Promise<string[]> {
  const rows = await alertRepository.list(ids[name]!, null, 100);
  return rows.map((row) => `${row.kind}|${row.subjectKey}`).sort();
}

async function allAlerts(): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    Object.keys(ids).map(async (name) => [name, await alertsOf(name)] as const),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  await resetDatabase();
  forgetReuseIndex();
  await ingestRepository.writeBatch(history);
  await watch('search', {
    kind: 'search',
    target: null,
    query: 'Cyber empire',
    words: watchWords('Cyber empire'),
  });
  await watch('narrative', { kind: 'narrative', target: 'hacking-empire', ...none });
  await watch('outlet', { kind: 'outlet', target: TASS.outletKey, ...none });
  await watch('citation', { kind: 'citation', target: TASS.outletKey, ...none });
  await watch('article', { kind: 'article', target: orig, ...none });
});

afterAll(async () => {
  await closeDriver();
});

describe('alerts raised at ingest', () => {
  it('raises exactly the findings of each batch, with their evidence', async () => {
    const first = await ingestRepository.writeBatch(batch1);
    expect(await allAlerts()).toEqual({
      search: [`new-narrative|cyber-empire-of-evil`, `search-match|${b1b}`],
      narrative: [],
      outlet: ['new-citing-outlet|rodong-sinmun'],
      citation: [`citation|${b1a}`, `citation|${b1b}`],
      article: [`text-reuse|${b1c}`],
    });
    expect(first.alerts?.length).toBe(6);

    await watchRepository.markRead(ids.citation!, tokens.citation!, null);
    const second = await ingestRepository.writeBatch(batch2);
    expect({
      created: second.alerts?.map((a) => `${a.kind}|${a.subjectKey}`).sort(),
      narrative: await alertsOf('narrative'),
      citationUnread: (await watchRepository.get(ids.citation!))?.unreadCount,
    }).toEqual({
      created: [`citation|${b2b}`, 'narrative-surge|hacking-empire'],
      narrative: ['narrative-surge|hacking-empire'],
      citationUnread: 1,
    });
  });

  it('keeps the evidence sentence and the surge statistic', async () => {
    const [surge] = await alertRepository.list(ids.narrative!, null, 10);
    const [outlet] = await alertRepository.list(ids.outlet!, null, 10);
    expect([
      { ...outlet, createdAt: undefined, key: undefined, watchId: undefined },
      [surge?.week, surge?.count, surge?.baseline, surge?.zScore, surge?.articleKey],
    ]).toEqual([
      {
        kind: 'new-citing-outlet',
        subjectKey: 'rodong-sinmun',
        title: 'Rodong Sinmun cites TASS for the first time',
        articleKey: b1a,
        articleTitle: 'Article b1a',
        sentence: 'Rodong Sinmun said TASS reported it.',
        start: 0,
        end: 36,
        unread: true,
        createdAt: undefined,
        key: undefined,
        watchId: undefined,
      },
      ['2024-03-04', 3, 1, 2, b2a],
    ]);
  });

  it('never raises an alert twice: not on re-ingest, not on a rewrite of the same articles', async () => {
    const before = await allAlerts();
    const unchanged = await ingestRepository.writeBatch([...batch1, ...batch2]);
    const rewritten = await ingestRepository.writeBatch(
      [...batch1, ...batch2].map((a) => ({ ...a, contentHash: `${a.contentHash}:v2` })),
    );
    expect([unchanged.alerts ?? [], rewritten.alerts, await allAlerts()]).toEqual([[], [], before]);
  });

  it('serves a watch as an Atom feed that parses, one entry per alert', async () => {
    const watch = (await watchRepository.get(ids.search!))!;
    const alerts = await alertRepository.list(watch.id, null, 50);
    const xml = watchFeed(watch, alerts, 'http://narragraph.test');
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      xml,
    ) as { feed: Record<string, unknown> };
    const feed = parsed.feed;
    const entries = feed.entry as Record<string, unknown>[];
    expect({
      id: feed.id,
      title: feed.title,
      entries: entries
        .map((e) => [
          (e.title as Record<string, string>)['#text'],
          ((e.link as Record<string, string>[])[0] ?? {})['@href'],
          (e.summary as Record<string, string>)['#text'],
        ])
        .sort(),
    }).toEqual({
      id: `http://narragraph.test/watches/${watch.id}`,
      title: { '#text': 'Narragraph watch: search', '@type': 'text' },
      entries: [
        [
          'New narrative “cyber empire of evil”',
          `http://narragraph.test/article/${encodeURIComponent(`Article:${b1b}`)}`,
          'They called it the “cyber empire of evil”. (Article b1b, characters 65–107)',
        ],
        [
          '“Article b1b” matches “Cyber empire”',
          `http://narragraph.test/article/${encodeURIComponent(`Article:${b1b}`)}`,
          'They called it the “cyber empire of evil”. (Article b1b, characters 65–107)',
        ],
      ],
    });
  });
});
