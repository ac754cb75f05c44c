import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLLECT_SETTINGS,
  loadCollectSettings,
  parseCollectSettings,
} from './collect-config';

describe('parseCollectSettings', () => {
  it('reads feeds given as URLs or objects, keyed by normalized URL, later duplicates winning', () => {
    const settings = parseCollectSettings(
      {
        collect: {
          feeds: [
            'https://Example.com/rss/?utm_source=x',
            { url: 'https://example.com/atom', intervalMinutes: 60 },
            { url: 'https://example.com/rss', intervalMinutes: 30 },
          ],
          timeoutSeconds: 10,
          allowPrivateAddresses: true,
        },
      },
      'test.json',
    );
    expect(settings).toEqual({
      ...DEFAULT_COLLECT_SETTINGS,
      feeds: [
        { url: 'https://example.com/rss', key: 'https://example.com/rss', intervalMinutes: 30 },
        { url: 'https://example.com/atom', key: 'https://example.com/atom', intervalMinutes: 60 },
      ],
      timeoutMs: 10_000,
      allowPrivateAddresses: true,
    });
  });

  it.each([
    [{ collect: { feeds: ['javascript:alert(1)'] } }, 'collect.feeds[0].url must be an absolute'],
    [{ collect: { feeds: [{ url: 'https://a.example/', intervalMinutes: 1 }] } }, 'from 5 to'],
    [{ collect: { feed: [] } }, 'collect.feed is not a setting'],
    [{ collect: { timeoutSeconds: 0 } }, 'collect.timeoutSeconds must be a whole number'],
    [{ collect: { linkedPages: 'always' } }, 'collect.linkedPages must be'],
    [{ collect: [] }, 'collect must be an object'],
  ])('refuses %j naming the setting', (config, message) => {
    expect(() => parseCollectSettings(config, 'test.json')).toThrow(message);
  });

  it('has no feeds without a collect section', () => {
    expect(parseCollectSettings({}, 'test.json')).toBe(DEFAULT_COLLECT_SETTINGS);
  });
});

describe('loadCollectSettings', () => {
  it('reads NARRAGRAPH_CONFIG, else narragraph.config.json when present, else nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'narragraph-config-'));
    try {
      expect(await loadCollectSettings({}, dir)).toBe(DEFAULT_COLLECT_SETTINGS);
      await writeFile(
        path.join(dir, 'narragraph.config.json'),
        JSON.stringify({ collect: { feeds: ['https://a.example/feed'] } }),
      );
      await writeFile(path.join(dir, 'other.json'), '{"collect": ');
      expect((await loadCollectSettings({}, dir)).feeds.map((f) => f.key)).toEqual([
        'https://a.example/feed',
      ]);
      await expect(loadCollectSettings({ NARRAGRAPH_CONFIG: 'other.json' }, dir)).rejects.toThrow(
        'other.json is not JSON',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
