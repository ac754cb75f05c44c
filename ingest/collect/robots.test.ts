import { describe, expect, it } from 'vitest';
import { FetchError } from '../sources/fetch-url';
import { createRobotsCache, parseRobots, robotsAllow, ruleMatches } from './robots';

describe('ruleMatches', () => {
  it.each([
    ['/private', '/private/page', true],
    ['/private', '/public', false],
    ['/*.pdf$', '/docs/a.pdf', true],
    ['/*.pdf$', '/docs/a.pdf?x=1', false],
    ['/a*b*c', '/axxbyyczz', true],
    ['/a*b*c', '/axxcyyb', false],
    ['/exact$', '/exact', true],
    ['/exact$', '/exactly', false],
    ['*', '/anything', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(ruleMatches(pattern, path)).toBe(expected);
  });

  it('stays fast on a pattern made to backtrack', () => {
    const pattern = `/${'a*'.repeat(500)}b`;
    const path = `/${'a'.repeat(2000)}`;
    const started = performance.now();
    expect(ruleMatches(pattern, path)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('parseRobots and robotsAllow', () => {
  const text = `# comment
User-agent: *
Disallow: /private
Allow: /private/open

User-agent: OtherBot
Disallow: /

User-agent: Narragraph
User-agent: another
Disallow: /feeds/secret
Allow: /feeds/secret/ok$
`;

  it('takes the group naming Narragraph over the * group', () => {
    const rules = parseRobots(text);
    expect(robotsAllow(rules, '/private/page')).toBe(true);
    expect(robotsAllow(rules, '/feeds/secret/x')).toBe(false);
    expect(robotsAllow(rules, '/feeds/secret/ok')).toBe(true);
  });

  it('falls back to the * group, longest match winning and Allow winning ties', () => {
    const rules = parseRobots(text, 'somebot');
    expect(robotsAllow(rules, '/private/page')).toBe(false);
    expect(robotsAllow(rules, '/private/open/page')).toBe(true);
    expect(robotsAllow(rules, '/elsewhere')).toBe(true);
    const tie = parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n');
    expect(robotsAllow(tie, '/a/b')).toBe(true);
  });

  it('treats an empty Disallow as allowing everything', () => {
    expect(robotsAllow(parseRobots('User-agent: *\nDisallow:\n'), '/x')).toBe(true);
  });
});

describe('createRobotsCache', () => {
  it('reads robots.txt once per origin and answers from the cache after', async () => {
    const asked: string[] = [];
    const cache = createRobotsCache((url) => {
      asked.push(url);
      return Promise.resolve('User-agent: *\nDisallow: /no\n');
    });
    expect(await cache.check('https://a.example/yes')).toBeUndefined();
    expect(await cache.check('https://a.example/no/1')).toBe(
      'disallowed by https://a.example/robots.txt',
    );
    expect(await cache.check('https://b.example/no')).toBe(
      'disallowed by https://b.example/robots.txt',
    );
    expect(asked).toEqual(['https://a.example/robots.txt', 'https://b.example/robots.txt']);
  });

  it('allows everything when robots.txt is missing (4xx) and nothing when it fails (5xx)', async () => {
    const cache = createRobotsCache((url) => {
      const status = url.includes('missing') ? 404 : 503;
      return Promise.reject(new FetchError(url, 'http-status', `HTTP ${status}`, status));
    });
    expect(await cache.check('https://missing.example/feed')).toBeUndefined();
    expect(await cache.check('https://down.example/feed')).toBe(
      'robots.txt unreachable (https://down.example/robots.txt: HTTP 503)',
    );
  });

  it('asks again once the answer is older than its time to live', async () => {
    let now = 0;
    let asked = 0;
    const cache = createRobotsCache(
      () => {
        asked += 1;
        return Promise.resolve('');
      },
      { clock: () => now },
    );
    await cache.check('https://a.example/');
    now = 23 * 60 * 60 * 1000;
    await cache.check('https://a.example/');
    now = 25 * 60 * 60 * 1000;
    await cache.check('https://a.example/');
    expect(asked).toBe(2);
  });
});
