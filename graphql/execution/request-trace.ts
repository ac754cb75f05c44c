import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

/**
 * What one request tells a benchmark about itself, carried in the request and its context (never
 * in an AsyncLocalStorage: one in use makes Node run a hook for every promise of the process,
 * which the deployed server, without a trace, does not pay). Off by default; a client has no
 * business knowing what other clients asked for or how long the server's queues took:
 * - NARRAGRAPH_CACHE_HEADER=1: `x-narragraph-cache: hit | miss | none`, whether the
 *   whole-response cache answered (`none`: not cacheable, or refused before the cache was asked);
 * - NARRAGRAPH_SERVER_TIMING=1: `Server-Timing`, the request's phases (below) in ms.
 */

export type CacheOutcome = 'hit' | 'miss' | 'none';

export const CACHE_HEADER = 'x-narragraph-cache';
export const SERVER_TIMING_HEADER = 'server-timing';

/**
 * Marks in the order a request reaches them; a phase's time runs from the mark before it (a cache
 * hit skips some): `body` read, `json` parsed, `context` built (the API key's check), `operation`
 * parsed, validated and charged (the limits plugin), `cache` looked up (outage check, response
 * cache), `admission` slot taken, `db` read answered (the resolver's start included; search only),
 * `execute`d (the rest of the resolvers and field completion), `store`d (the response cache's
 * JSON), `answer` made (Apollo's serialization, the slot released).
 */
export const PHASES = [
  'body',
  'json',
  'context',
  'operation',
  'cache',
  'admission',
  'db',
  'execute',
  'store',
  'answer',
] as const;
export type Phase = (typeof PHASES)[number];

export class RequestTrace {
  cache: CacheOutcome = 'none';
  private readonly start = performance.now();
  private readonly marks: [Phase, number][] = [];

  /** `timed`: keep the phases' marks (NARRAGRAPH_SERVER_TIMING). */
  constructor(private readonly timed = false) {}

  mark(phase: Phase): void {
    if (this.timed) this.marks.push([phase, performance.now()]);
  }

  /** `Server-Timing` of the marks so far: each phase's ms since the mark before. */
  serverTiming(): string {
    let last = this.start;
    return this.marks
      .map(([phase, at]) => {
        const part = `${phase};dur=${(at - last).toFixed(3)}`;
        last = at;
        return part;
      })
      .join(', ');
  }
}

/**
 * The marks Apollo's hooks can make. Last in the plugin list, so each hook runs after the other
 * plugins' work for the same stage (the limits plugin's checks, the response cache, admission).
 */
export function requestTimingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ contextValue: { trace } }) {
      if (trace === undefined) return Promise.resolve();
      return Promise.resolve({
        didResolveOperation() {
          trace.mark('operation');
          return Promise.resolve();
        },
        responseForOperation() {
          trace.mark('admission');
          return Promise.resolve(null);
        },
        executionDidStart() {
          return Promise.resolve({
            executionDidEnd() {
              trace.mark('execute');
              return Promise.resolve();
            },
          });
        },
        willSendResponse() {
          trace.mark('store');
          return Promise.resolve();
        },
      });
    },
  };
}
