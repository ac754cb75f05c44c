import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COLLECT_SETTINGS,
  loadCollectSettings,
  insideFolder,
  parseCollectSettings,
  sourceIdentity,
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
        {
          url: 'https://example.com/rss',
          key: 'https://example.com/rss',
          intervalMinutes: 30,
          kind: 'feed',
        },
        {
          url: 'https://example.com/atom',
          key: 'https://example.com/atom',
          intervalMinutes: 60,
          kind: 'feed',
        },
      ],
      timeoutMs: 10_000,
      allowPrivateAddresses: true,
    });
  });

  it('reads pages by URL and folders by path, relative to the config file', () => {
    const settings = parseCollectSettings(
      {
        collect: {
          pages: ['https://example.com/statement'],
          folders: ['inbox/', { path: '/data/kcna', intervalMinutes: 60 }],
        },
      },
      '/etc/narragraph/config.json',
    );
    expect(settings.feeds).toEqual([
      {
        url: 'https://example.com/statement',
        key: 'https://example.com/statement',
        intervalMinutes: 15,
        kind: 'page',
      },
      {
        url: '/etc/narragraph/inbox',
        key: 'file:///etc/narragraph/inbox',
        intervalMinutes: 15,
        kind: 'folder',
      },
      { url: '/data/kcna', key: 'file:///data/kcna', intervalMinutes: 60, kind: 'folder' },
    ]);
  });

  it('tells folders from URLs and keeps API folders inside the root', () => {
    expect(sourceIdentity('file:///data/kcna/')).toEqual({
      url: '/data/kcna',
      key: 'file:///data/kcna',
      folder: true,
    });
    expect(sourceIdentity('https://example.com/a')).toMatchObject({ folder: false });
    expect(insideFolder('/data/kcna/in', '/data/kcna')).toBe(true);
    expect(insideFolder('/data/kcna-other', '/data/kcna')).toBe(false);
    expect(insideFolder('/data', '/data/kcna')).toBe(false);
  });

  it.each([
    [{ collect: { folders: [{ url: '/data' }] } }, 'collect.folders[0].url is not a setting'],
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
