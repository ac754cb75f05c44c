import { describe, expect, it } from 'vitest';
import { sendWebhook, signBody } from './webhook';

/** A fetch answering `statuses` in turn, recording the signature header of each call. */
function fakeFetch(statuses: number[]) {
  const signatures: (string | null)[] = [];
  const fetch = (_url: string | URL | Request, init?: RequestInit) => {
    signatures.push(new Headers(init?.headers).get('x-narragraph-signature'));
    return Promise.resolve(new Response(null, { status: statuses.shift() ?? 200 }));
  };
  return { fetch: fetch, signatures };
}

describe('sendWebhook', () => {
  const url = 'http://127.0.0.1:9/hook';

  it('retries 5xx with exponential backoff, then gives up', async () => {
    const waits: number[] = [];
    const { fetch, signatures } = fakeFetch([500, 502, 503, 500, 500, 500]);
    const outcome = await sendWebhook(url, 'secret', '{"a":1}', {
      allowLoopback: true,
      fetch,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect([outcome, waits, new Set(signatures)]).toEqual([
      { ok: false, attempts: 6, error: 'HTTP 500', final: false },
      [1000, 2000, 4000, 8000, 16000],
      new Set([signBody('secret', '{"a":1}')]),
    ]);
  });

  it('stops at a 2xx or a final refusal, and never sends to a refused address', async () => {
    const options = { allowLoopback: true, sleep: () => Promise.resolve() };
    const delivered = await sendWebhook(url, 's', '{}', { ...options, ...fakeFetch([429, 204]) });
    const refused = await sendWebhook(url, 's', '{}', { ...options, ...fakeFetch([404]) });
    const redirected = await sendWebhook(url, 's', '{}', { ...options, ...fakeFetch([302]) });
    const blocked = await sendWebhook(url, 's', '{}', { ...fakeFetch([]), allowLoopback: false });
    expect([delivered, refused, redirected, blocked]).toEqual([
      { ok: true, attempts: 2, error: null, final: true },
      { ok: false, attempts: 1, error: 'HTTP 404', final: true },
      { ok: false, attempts: 1, error: 'HTTP 302', final: true },
      { ok: false, attempts: 0, error: 'refused URL', final: true },
    ]);
  });
});
