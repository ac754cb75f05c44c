import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  estimateInputs,
  expandInputs,
  formatForPath,
  readInputs,
  type InputProgress,
} from './read-inputs';
import type { ParseResult } from './types';

const PAGE_TEXT = [
  'KCNA Rodong Sinmun',
  'A Page Title',
  'Date: 05/03/2024 | Source: Rodong Sinmun | Read original version at source',
  'The body of the page is one paragraph.',
  'More From Rodong Sinmun',
  'Related One',
  'Related One',
  'Teaser one',
  'March 04, 2024',
  'Teaser one',
  'More Articles',
].join('\n');

const HTML =
  '<html><body><h1>Html Title</h1><article><p>The body of the HTML page here.</p></article></body></html>';
const RSS = `<rss><channel><title>F</title><item><title>Feed Title</title><description>Feed body text here.</description></item></channel></rss>`;

let dir = '';
let server: Server;
let base = '';

function label(result: ParseResult): string {
  if (result.ok) return `ok:${result.article.title}`;
  const { origin, reason } = result.rejected;
  return `rejected:${origin.location.replace(dir, '<dir>')}${origin.record ? `#${origin.record}` : ''}:${reason}`;
}

async function collect(
  inputs: string[],
  onProgress?: (p: InputProgress) => void,
): Promise<string[]> {
  const labels: string[] = [];
  for await (const result of readInputs(inputs, {
    minIntervalMs: 0,
    ...(onProgress ? { onProgress } : {}),
  })) {
    labels.push(label(result));
  }
  return labels;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'narragraph-inputs-'));
  await mkdir(join(dir, 'corpus', 'nested'), { recursive: true });
  await mkdir(join(dir, 'corpus', '.hidden'), { recursive: true });
  await writeFile(join(dir, 'corpus', 'a-page.txt'), PAGE_TEXT);
  await writeFile(join(dir, 'corpus', 'b-page.html'), HTML);
  await writeFile(join(dir, 'corpus', 'c-feed.rss'), RSS);
  await writeFile(join(dir, 'corpus', 'notes.md'), '# not an input');
  await writeFile(join(dir, 'corpus', '.hidden', 'x.txt'), PAGE_TEXT);
  await writeFile(
    join(dir, 'corpus', 'nested', 'd-lines.jsonl'),
    [
      JSON.stringify({ title: 'Line One', text: 'First line article text.' }),
      '{oops',
      JSON.stringify({ title: 'Line Three', text: 'Third line article text.' }),
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'corpus', 'nested', 'e-array.json'),
    JSON.stringify([{ title: 'Array One', text: 'Array text.' }]),
  );
  await writeFile(join(dir, 'no-date.txt'), 'Just a title\nAnd a body.');
  await writeFile(join(dir, 'unknown.pdf'), '%PDF');
  // A folder symlinked into itself must not loop.
  await symlink(join(dir, 'corpus'), join(dir, 'corpus', 'nested', 'loop'));

  server = createServer((req, res) => {
    if (req.url === '/page')
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(HTML.replace('Html Title', 'Url Title'));
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
});

describe('formatForPath', () => {
  it('maps extensions to formats', () => {
    expect(formatForPath('a/b.TXT')).toBe('page-text');
    expect(formatForPath('x.htm')).toBe('html');
    expect(formatForPath('x.ndjson')).toBe('jsonl');
    expect(formatForPath('x.atom')).toBe('feed');
    expect(formatForPath('x.pdf')).toBeUndefined();
  });
});

describe('readInputs', () => {
  it('reads a folder recursively in name order, skipping hidden, unknown and looping entries', async () => {
    expect(await collect([join(dir, 'corpus')])).toEqual([
      'ok:A Page Title',
      'ok:Html Title',
      'ok:Feed Title',
      'ok:Line One',
      expect.stringMatching(
        /^rejected:<dir>\/corpus\/nested\/d-lines\.jsonl#2:invalid JSON line/,
      ) as string,
      'ok:Line Three',
      'ok:Array One',
    ]);
  });

  it('keeps related items from seed-layout pages', async () => {
    for await (const result of readInputs([join(dir, 'corpus', 'a-page.txt')])) {
      expect(result.ok && result.article.related).toEqual([
        {
          title: 'Related One',
          date: '2024-03-04',
          teaser: 'Teaser one',
          sourceName: 'Rodong Sinmun',
        },
      ]);
    }
  });

  it('never throws: missing paths, unknown types, bad pages and failing URLs become rejections, in input order', async () => {
    const labels = await collect([
      join(dir, 'missing.txt'),
      join(dir, 'unknown.pdf'),
      join(dir, 'no-date.txt'),
      `${base}/page`,
      `${base}/down`,
      join(dir, 'corpus', 'b-page.html'),
    ]);
    expect(labels).toEqual([
      expect.stringMatching(/^rejected:<dir>\/missing\.txt:cannot read: ENOENT/) as string,
      "rejected:<dir>/unknown.pdf:unsupported file type '.pdf'",
      expect.stringMatching(/^rejected:<dir>\/no-date\.txt:no 'Date: DD\/MM\/YYYY/) as string,
      'ok:Url Title',
      `rejected:${base}/down:${base}/down: HTTP 503 Service Unavailable`,
      'ok:Html Title',
    ]);
  });

  it('reports an unreadable file and carries on', async () => {
    // A dangling link cannot be read even by root (a chmod 000 file can), so the test holds everywhere.
    const gone = join(dir, 'gone.html');
    await symlink(join(dir, 'no-such-target.html'), gone);
    try {
      const labels = await collect([gone, join(dir, 'corpus', 'b-page.html')]);
      expect(labels[0]).toMatch(/^rejected:<dir>\/gone\.html:cannot read/);
      expect(labels[1]).toBe('ok:Html Title');
    } finally {
      await rm(gone, { force: true });
    }
  });

  it('rejects a whole-file input over the size cap', async () => {
    const results: ParseResult[] = [];
    for await (const result of readInputs([join(dir, 'corpus', 'b-page.html')], {
      maxFileBytes: 10,
    }))
      results.push(result);
    expect(results).toHaveLength(1);
    expect(results[0]?.ok).toBe(false);
    if (results[0] && !results[0].ok)
      expect(results[0].rejected.reason).toMatch(/^file too large to read whole/);
  });

  it('reports byte progress up to the total', async () => {
    const progress: InputProgress[] = [];
    await collect([join(dir, 'corpus')], (p) => progress.push(p));
    const estimate = await estimateInputs([join(dir, 'corpus')]);
    const last = progress.at(-1);
    expect(last?.bytesTotal).toBe(estimate.bytes);
    expect(last?.bytesRead).toBe(estimate.bytes);
    for (let i = 1; i < progress.length; i += 1) {
      expect(progress[i]?.bytesRead).toBeGreaterThanOrEqual(progress[i - 1]?.bytesRead ?? 0);
    }
  });
});

describe('expandInputs / estimateInputs', () => {
  it('lists files, URLs and errors cheaply', async () => {
    const items = [];
    for await (const item of expandInputs([
      join(dir, 'corpus'),
      'https://example.org/x',
      join(dir, 'missing'),
    ]))
      items.push(item);
    expect(items.map((i) => i.kind)).toEqual([
      'file',
      'file',
      'file',
      'file',
      'file',
      'url',
      'error',
    ]);
    expect(await estimateInputs([join(dir, 'corpus'), 'https://example.org/x'])).toMatchObject({
      files: 5,
      urls: 1,
      errors: 0,
    });
  });
});

describe('gzipped inputs', () => {
  const records = [
    { title: 'Gz One', date: '2024-03-05', source: 'KCNA', text: 'First text of the day.' },
    { title: 'Gz Two', date: '2024-03-06', source: 'KCNA', text: 'Second text of the day.' },
  ];
  let gzDir: string;
  const read = async (path: string, maxFileBytes?: number): Promise<string[]> => {
    const out: string[] = [];
    for await (const r of readInputs([path], maxFileBytes === undefined ? {} : { maxFileBytes }))
      out.push(r.ok ? `ok:${r.article.title}` : `rejected:${r.rejected.reason}`);
    return out;
  };

  beforeAll(async () => {
    gzDir = await mkdtemp(join(tmpdir(), 'narragraph-gz-'));
    await writeFile(join(gzDir, 'array.json.gz'), gzipSync(JSON.stringify(records)));
    await writeFile(
      join(gzDir, 'lines.jsonl.gz'),
      gzipSync(records.map((r) => JSON.stringify(r)).join('\n')),
    );
    await writeFile(join(gzDir, 'bomb.json.gz'), gzipSync(Buffer.alloc(1_000_000, 0x20)));
    await writeFile(join(gzDir, 'broken.json.gz'), Buffer.from('not gzip at all'));
  });
  afterAll(async () => {
    await rm(gzDir, { recursive: true, force: true });
  });

  it('reads a gzipped JSON array and gzipped JSONL as their inner format', async () => {
    expect([
      formatForPath('x/kcna-2024.json.gz'),
      await read(join(gzDir, 'array.json.gz')),
      await read(join(gzDir, 'lines.jsonl.gz')),
    ]).toEqual(['json', ['ok:Gz One', 'ok:Gz Two'], ['ok:Gz One', 'ok:Gz Two']]);
  });

  it('rejects a file that decompresses past the size cap, and a file that is not gzip', async () => {
    expect([
      await read(join(gzDir, 'bomb.json.gz'), 100_000),
      await read(join(gzDir, 'broken.json.gz')),
    ]).toEqual([
      [expect.stringMatching(/decompresses to more than 100000 bytes/) as string],
      [expect.stringMatching(/^rejected:cannot read file: not a valid gzip file/) as string],
    ]);
  });
});
