import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { GraphQLHttpHandler, GraphQLHttpRequest } from './endpoint';
import { ERROR_CODES } from '../errors';
import { graphqlErrorResponse, readBoundedText, type ChunkRead } from './http-limits';
import { CACHE_HEADER, RequestTrace, SERVER_TIMING_HEADER } from '../execution/request-trace';
import { LIMITS } from '../limits/limits';
import { GzipMemo } from './gzip-memo';

/**
 * The endpoint straight on Node's HTTP server, for the production server (scripts/serve.ts). Next's
 * router, its Fetch `Request` and the body's web stream cost about 2 ms of CPU per request; a
 * search costs Neo4j only a few, so on two cores that overhead was most of the API's latency over
 * the driver's. Answers are the endpoint's, so they match the Next route's byte for byte; this
 * module adds what Next did around them: fixed headers, OPTIONS and 405, gzip.
 */

export interface NodeTransportOptions {
  /** Headers every answer carries (the API's security headers). */
  readonly headers: readonly { readonly key: string; readonly value: string }[];
  readonly maxBodyBytes?: number;
  /** Send the whole-response cache outcome as a header (request-trace.ts; benchmarks only). */
  readonly cacheHeader?: boolean;
  /** Send each answer's phases as `Server-Timing` (request-trace.ts; benchmarks only). */
  readonly serverTiming?: boolean;
  /** Bytes of gzipped answers kept for answers sent again (gzip-memo.ts); 0 keeps none. */
  readonly gzipMemoBytes?: number;
}

export type NodeRequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'POST']);
const ALLOW = [...METHODS].join(', ');
/**
 * Gzip by answer size, from bench/gzip-cost.ts (docs/benchmarks.md). An answer that fits TCP's
 * initial window (10 segments, about 14 kB with the headers) arrives in one round trip either way,
 * so it is sent as it is.
 */
export const GZIP_MIN_BYTES = 12 * 1024;
/**
 * Up to this size, gzip runs on the event loop (under 0.5 ms of CPU at 64 KiB, level 1): the hop to
 * libuv's thread pool and back cost more, up to milliseconds on a loaded machine. Larger answers go
 * to the pool so that one of them cannot hold every other request back.
 */
export const GZIP_SYNC_MAX_BYTES = 64 * 1024;
/** Level 1 saves 69-72% of a JSON answer, against 72-76% for the default 6, at a third of the CPU. */
const GZIP_OPTIONS = { level: 1 } as const;
const gzipAsync = promisify(gzip);
/**
 * A quarter of the whole-response cache's default 64 MiB: room for the most requested large
 * answers, about 60 neighbourhoods of 500 nodes.
 */
export const GZIP_MEMO_BYTES = 16 * 1024 * 1024;

/** `payload` gzipped, on the event loop or the thread pool by its size. */
async function gzipped(payload: string): Promise<Buffer> {
  return payload.length <= GZIP_SYNC_MAX_BYTES
    ? gzipSync(payload, GZIP_OPTIONS)
    : gzipAsync(payload, GZIP_OPTIONS);
}

/** `payload` gzipped, from `memo` when it was sent before. */
async function gzippedOnce(payload: string, memo: GzipMemo | undefined): Promise<Buffer> {
  const known = memo?.get(payload);
  if (known !== undefined) return known;
  const compressed = await gzipped(payload);
  memo?.set(payload, compressed);
  return compressed;
}

function headerMapOf(headers: IncomingHttpHeaders): HeaderMap {
  const map = new HeaderMap();
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) map.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return map;
}

/** True when Accept-Encoding allows gzip (by name or `*`, with a non-zero q). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

function methodOf(request: IncomingMessage): string {
  return (request.method ?? 'GET').toUpperCase();
}

async function readRequest(
  request: IncomingMessage,
  method: string,
  maxBodyBytes: number,
  trace: RequestTrace | undefined,
): Promise<GraphQLHttpRequest> {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const base = {
    method,
    search: query < 0 ? '' : url.slice(query),
    headers: headerMapOf(request.headers),
    ...(trace === undefined ? {} : { trace }),
  };
  if (method !== 'POST') return base;
  const chunks = request[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const read: ChunkRead = () => chunks.next();
  const body = await readBoundedText(request.headers['content-length'], read, maxBodyBytes);
  return body === undefined ? { ...base, bodyTooLarge: true } : { ...base, body };
}

async function send(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  answer: HTTPGraphQLResponse,
  memo?: GzipMemo,
): Promise<void> {
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.statusCode = answer.status ?? 200;
  const head = method === 'HEAD';
  if (answer.body.kind === 'complete') {
    let payload: string | Buffer = answer.body.string;
    const vary = response.getHeader('vary');
    response.setHeader(
      'vary',
      vary === undefined ? 'Accept-Encoding' : `${String(vary)}, Accept-Encoding`,
    );
    if (
      !head &&
      payload.length >= GZIP_MIN_BYTES &&
      acceptsGzip(request.headers['accept-encoding'])
    ) {
      payload = await gzippedOnce(payload, memo);
      response.setHeader('content-encoding', 'gzip');
    }
    response.setHeader('content-length', Buffer.byteLength(payload));
    response.end(head ? undefined : payload);
    return;
  }
  // Incremental delivery (@defer): each part as Apollo produces it, uncompressed (a compressor
  // would hold parts back).
  response.flushHeaders();
  for await (const part of answer.body.asyncIterator) {
    if (!head) response.write(part);
  }
  response.end();
}

export function createNodeGraphQLHandler(
  endpoint: GraphQLHttpHandler,
  options: NodeTransportOptions,
): NodeRequestHandler {
  const maxBodyBytes = options.maxBodyBytes ?? LIMITS.maxBodyBytes;
  const traced = options.cacheHeader === true || options.serverTiming === true;
  const memoBytes = options.gzipMemoBytes ?? GZIP_MEMO_BYTES;
  const memo = memoBytes > 0 ? new GzipMemo(memoBytes) : undefined;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for (const { key, value } of options.headers) response.setHeader(key, value);
    const method = methodOf(request);
    if (method === 'OPTIONS' || !METHODS.has(method)) {
      response.writeHead(method === 'OPTIONS' ? 204 : 405, { allow: ALLOW });
      response.end();
      return;
    }
    const trace = traced ? new RequestTrace(options.serverTiming === true) : undefined;
    const graphqlRequest = await readRequest(request, method, maxBodyBytes, trace);
    trace?.mark('body');
    // The rest of an oversized body is never read: close the connection after answering.
    if (graphqlRequest.bodyTooLarge === true) response.setHeader('connection', 'close');
    const answer = await endpoint(graphqlRequest);
    if (trace) {
      trace.mark('answer');
      if (options.cacheHeader === true) response.setHeader(CACHE_HEADER, trace.cache);
      if (options.serverTiming === true)
        response.setHeader(SERVER_TIMING_HEADER, trace.serverTiming());
    }
    await send(request, response, method, answer, memo);
  };
  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A client that went away mid-request: nobody to answer, nothing to report.
      if (request.destroyed || response.destroyed) return;
      // Apollo answers its own failures; this is a bug in this module.
      console.error('[graphql] request failed outside Apollo', error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      const answer = graphqlErrorResponse(headerMapOf(request.headers), 500, {
        message: 'Internal server error.',
        extensions: { code: ERROR_CODES.INTERNAL_SERVER_ERROR },
      });
      void send(request, response, methodOf(request), answer).catch(() => response.destroy());
    });
  };
}
