import type { Repositories } from '@/graph-db/repositories';
import type { AdmissionTicket } from './limits/admission';
import type { RequestTrace } from './execution/request-trace';

/** The API key a request presented and that verified, without its secret. */
export interface CallerKey {
  readonly id: string;
  readonly name: string;
  readonly scope: 'read' | 'write';
}

/** Who is asking: what they may do, and whose budget the rate limiter charges. */
export interface Caller {
  /** The verified key, or null for anonymous callers. */
  readonly key: CallerKey | null;
  /** The rate limiter's bucket: `key:<id>` for keys, `ip:<address>` otherwise. */
  readonly clientId: string;
}

/** Per-request context: the data-access layer and the caller; resolvers never see the driver. */
export interface GraphQLContext {
  readonly db: Repositories;
  readonly caller: Caller;
  /** The request's place in the endpoint's admission control; absent outside the endpoint. */
  readonly admission?: AdmissionTicket;
  /** What the request tells a benchmark about itself (cache outcome, phases); usually absent. */
  readonly trace?: RequestTrace;
}
