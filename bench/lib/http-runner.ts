/**
 * The benchmarks' HTTP client: keep-alive connections POSTing GraphQL operations the way the
 * explorer does (JSON, gzip accepted, an API key when the client has one, Retry-After honoured
 * on 429), each answer classified and timed from the first byte sent to the last byte received.
 */
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { BenchOperation } from './operation-mix';

export type Outcome = 'ok' | 'rateLimited' | 'busy' | 'error';

export interface Answer {
  readonly outcome: Outcome;
  readonly status: number;
  readonly ms: number;
  /** `x-narragraph-cache` (hit, miss, none), when the server sends it. */
  readonly cache: string | undefined;
  /** `Server-Timing`, when the server sends it (NARRAGRAPH_SERVER_TIMING). */
  readonly serverTiming?: string;
  readonly retryAfterSeconds: number;
  /** The start of the body of an error, for the report. */
  readonly detail?: string;
}

export interface ClientOptions {
  readonly port: number;
  readonly connections: number;
  /** API keys, one per simulated client; none: every request is anonymous (one address). */
  readonly keys: readonly string[];
  readonly gzip: boolean;
  /** Longest wait for an answer before it counts as an error (ms). */
  readonly timeoutMs: number;
}

/** How an answer counts: rate limit and server-busy 429s apart from real errors. */
export function classify(status: number, body: string): Outcome {
  if (status === 200) return body.includes('"errors"') ? 'error' : 'ok';
  if (status === 429) return body.includes('"server-busy"') ? 'busy' : 'rateLimited';
  return 'error';
}

export class BenchClient {
  private readonly agent: http.Agent;

  constructor(private readonly options: ClientOptions) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  }

  /** Sends `op` as client number `client` (its key), or anonymously for null. */
  send(op: BenchOperation, client: number | null): Promise<Answer> {
    const { keys, port, gzip, timeoutMs } = this.options;
    const body = JSON.stringify({ query: op.query, variables: op.variables });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    };
    if (gzip) headers['accept-encoding'] = 'gzip';
    const key = client === null ? undefined : keys[client % Math.max(1, keys.length)];
    if (key !== undefined) headers.authorization = `Bearer ${key}`;
    const started = performance.now();
    return new Promise((resolve) => {
      const fail = (detail: string) =>
        resolve({
          outcome: 'error',
          status: 0,
          ms: performance.now() - started,
          cache: undefined,
          retryAfterSeconds: 0,
          detail,
        });
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/graphql',
          method: 'POST',
          headers,
          agent: this.agent,
          timeout: timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => fail(String(error)));
          response.on('end', () => {
            const ms = performance.now() - started;
            const raw = Buffer.concat(chunks);
            let text: string;
            try {
              text = (
                response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw
              ).toString('utf8');
            } catch (error) {
              fail(String(error));
              return;
            }
            const status = response.statusCode ?? 0;
            const outcome = classify(status, text);
            const cache = response.headers['x-narragraph-cache'];
            const serverTiming = response.headers['server-timing'];
            resolve({
              outcome,
              status,
              ms,
              cache: typeof cache === 'string' ? cache : undefined,
              ...(typeof serverTiming === 'string' ? { serverTiming } : {}),
              retryAfterSeconds: Number(response.headers['retry-after'] ?? 0) || 0,
              ...(outcome === 'error' ? { detail: `${status} ${text.slice(0, 200)}` } : {}),
            });
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer in ${timeoutMs} ms`)));
      request.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed while idle (its keep-alive timeout, e.g. during
        // the driver run) fails the request sent on it at once: sent again, as browsers do.
        if (request.reusedSocket && error.code === 'ECONNRESET') resolve(this.send(op, client));
        else fail(String(error));
      });
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Attempts per operation before its last 429 stands as its answer. */
const MAX_ATTEMPTS = 20;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Latency of the answered attempt, and the 429s met on the way. */
export interface SequenceAnswer {
  readonly answer: Answer;
  readonly rateLimited: number;
  readonly busy: number;
}

/**
 * Runs `sequence` over the client's connections, each taking the next operation when its last
 * one was answered. A 429 is waited out (its Retry-After, as the explorer does) and the same
 * operation sent again, so every operation of the sequence is answered or fails.
 */
export async function runSequence(
  client: BenchClient,
  sequence: readonly BenchOperation[],
  connections: number,
): Promise<SequenceAnswer[]> {
  const answers: SequenceAnswer[] = new Array<SequenceAnswer>(sequence.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let index = next++; index < sequence.length; index = next++) {
        const op = sequence[index] as BenchOperation;
        let rateLimited = 0;
        let busy = 0;
        for (let attempt = 1; ; attempt += 1) {
          const answer = await client.send(op, index);
          const refused = answer.outcome === 'rateLimited' || answer.outcome === 'busy';
          if (refused && attempt < MAX_ATTEMPTS) {
            if (answer.outcome === 'busy') busy += 1;
            else rateLimited += 1;
            await sleep(Math.max(1, answer.retryAfterSeconds) * 1000);
            continue;
          }
          answers[index] = { answer, rateLimited, busy };
          break;
        }
      }
    }),
  );
  return answers;
}
