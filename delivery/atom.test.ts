import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { AlertRow } from '@/model/watches';
import type { WatchRow } from '@/model/watches';
import { watchFeed } from './atom';

const hostile = 'A <script>alert("x")</script> & \u0001 ]]> title';

const watch: WatchRow = {
  id: 'w1',
  name: hostile,
  kind: 'search',
  target: null,
  query: 'x',
  hasWebhook: false,
  createdAt: '2024-03-01T00:00:00Z',
  updatedAt: '2024-03-01T00:00:00Z',
  lastReadAt: null,
  lastDelivery: null,
  hasFeedToken: false,
  unreadCount: 1,
};

const alert: AlertRow = {
  key: 'w1|search-match|a&b',
  watchId: 'w1',
  kind: 'search-match',
  title: hostile,
  subjectKey: 'a&b',
  articleKey: 'a&b',
  articleTitle: 'T',
  sentence: 'He said "<b>".',
  start: 3,
  end: 17,
  createdAt: '2024-03-02T10:00:00.123456789Z',
  unread: true,
};

describe('watchFeed', () => {
  it('escapes every text so the feed parses back to what was stored', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      watchFeed(watch, [alert], 'https://n.test'),
    ) as { feed: { updated: string; entry: Record<string, unknown> } };
    const entry = parsed.feed.entry;
    expect([
      parsed.feed.updated,
      (entry.title as Record<string, string>)['#text'],
      (entry.summary as Record<string, string>)['#text'],
      entry.id,
    ]).toEqual([
      '2024-03-02T10:00:00.123Z',
      'A <script>alert("x")</script> &  ]]> title',
      'He said "<b>". (T, characters 3–17)',
      'urn:narragraph:alert:w1%7Csearch-match%7Ca%26b',
    ]);
  });

  it('keeps the token the feed was read with in its self link, escaped', () => {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      watchFeed(watch, [alert], 'https://n.test', 't&k/1'),
    ) as { feed: { link: { '@rel': string; '@href': string }[] } };
    expect(parsed.feed.link.find((link) => link['@rel'] === 'self')?.['@href']).toBe(
      'https://n.test/feeds/watches/w1.atom?token=t%26k%2F1',
    );
  });
});
