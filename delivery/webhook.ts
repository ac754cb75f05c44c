import { createHmac } from 'node:crypto';
import type { AlertRow, PendingDelivery } from '@/model/watches';
import type { AlertRepository } from '@/graph-db/repositories/alert-repository';
import { alertLinks } from './links';
import { loopbackAllowed, resolvesPublicly, webhookUrl } from './webhook-target';

/**
 * Webhook delivery: each new alert of a watch with a webhook is POSTed as JSON, signed with
 * HMAC-SHA256 under the watch's secret, and retried with exponential backoff (docs/watches.md):
 * within a round (seconds apart), then, while the receiver keeps failing, in later rounds (minutes
 * to hours apart) run by the collector, until the round cap marks the alert failed.
 */

export const SIGNATURE_HEADER = 'x-narragraph-signature';

/** The signature header's value: `sha256=` and the hex HMAC of the exact body bytes. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface WebhookOptions {
  /** Attempts in all, the first included. */
  readonly attempts?: number;
  /** Wait before the first retry; each later one waits twice the one before. */
  readonly baseDelayMs?: number;
  /** Timeout of one attempt. */
  readonly timeoutMs?: number;
  readonly allowLoopback?: boolean;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Rounds before an alert whose receiver keeps failing is marked failed. */
  readonly maxRounds?: number;
  /** Wait after the first failed round; each later one waits twice the one before. */
  readonly roundBaseMs?: number;
  readonly clock?: () => number;
}

/** 6 attempts, 1 s, 2 s, 4 s, 8 s, 16 s apart: about half a minute before giving up. */
export const DEFAULT_WEBHOOK_ATTEMPTS = 6;
export const DEFAULT_WEBHOOK_BASE_DELAY_MS = 1_000;
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
/** 8 rounds, 5, 10, 20, … 320 min apart: about 10.6 hours before an alert is marked failed. */
export const DEFAULT_WEBHOOK_ROUNDS = 8;
export const DEFAULT_WEBHOOK_ROUND_BASE_MS = 5 * 60_000;

export interface WebhookOutcome {
  readonly ok: boolean;
  readonly attempts: number;
  readonly error: string | null;
  /** A refusal a later round would meet again (a 4xx, a redirect, a refused address). */
  readonly final: boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A 5xx, 408 or 429 may pass later; other answers will not change. */
const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

/** POSTs `body` to `url` until a 2xx, a final refusal or the last attempt. */
export async function sendWebhook(
  url: string,
  secret: string,
  body: string,
  options: WebhookOptions = {},
): Promise<WebhookOutcome> {
  const attempts = options.attempts ?? DEFAULT_WEBHOOK_ATTEMPTS;
  const baseDelay = options.baseDelayMs ?? DEFAULT_WEBHOOK_BASE_DELAY_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS;
  const allowLoopback = options.allowLoopback ?? loopbackAllowed();
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? wait;
  const target = webhookUrl(url, allowLoopback);
  if (target === undefined) return { ok: false, attempts: 0, error: 'refused URL', final: true };
  const signature = signBody(secret, body);
  let error = 'not sent';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (attempt > 1) await sleep(baseDelay * 2 ** (attempt - 2));
    // Checked on every attempt: a name may resolve elsewhere by then.
    if (!(await resolvesPublicly(target, allowLoopback))) {
      return {
        ok: false,
        attempts: attempt,
        error: 'host resolves to a refused address',
        final: true,
      };
    }
    try {
      const response = await doFetch(target, {
        method: 'POST',
        // A redirect could point anywhere, past the address check: it counts as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Narragraph-Webhook/0.1',
          [SIGNATURE_HEADER]: signature,
        },
        body,
      });
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return { ok: true, attempts: attempt, error: null, final: true };
      error = `HTTP ${response.status}`;
      if (!retryable(response.status)) return { ok: false, attempts: attempt, error, final: true };
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
  }
  return { ok: false, attempts, error, final: false };
}

/** What a webhook receives for one alert. */
export function webhookPayload(watch: { id: string; name: string }, alert: AlertRow): string {
  const links = alertLinks(alert);
  return JSON.stringify({
    watch: { id: watch.id, name: watch.name, feed: links.feed },
    alert: {
      id: alert.key,
      kind: alert.kind,
      title: alert.title,
      createdAt: alert.createdAt,
      article: { id: links.articleId, title: alert.articleTitle, link: links.article },
      evidence: { sentence: alert.sentence, start: alert.start, end: alert.end },
      ...(alert.week === undefined
        ? {}
        : {
            surge: {
              week: alert.week,
              count: alert.count,
              baseline: alert.baseline,
              zScore: alert.zScore,
            },
          }),
    },
  });
}

/** Deliveries read per round. */
const ROUND = 50;

/** Rounds run one after another in a process, so no alert is sent twice by two of them. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Sends every alert waiting for a webhook and records each outcome; returns how many were
 * delivered. Calls queue behind the running one: alerts written meanwhile are read by the next.
 */
export function deliverPendingAlerts(
  alerts: AlertRepository,
  options: WebhookOptions = {},
): Promise<number> {
  const run = queue.then(() => deliverRound(alerts, options));
  queue = run.catch(() => undefined);
  return run;
}

async function deliverRound(alerts: AlertRepository, options: WebhookOptions): Promise<number> {
  let delivered = 0;
  const tried = new Set<string>();
  for (;;) {
    const now = new Date((options.clock ?? Date.now)()).toISOString();
    const pending = (await alerts.pending(ROUND, now)).filter((p) => !tried.has(p.alert.key));
    if (pending.length === 0) return delivered;
    for (const delivery of pending) {
      tried.add(delivery.alert.key);
      if (await deliverOne(alerts, delivery, options)) delivered += 1;
    }
  }
}

async function deliverOne(
  alerts: AlertRepository,
  delivery: PendingDelivery,
  options: WebhookOptions,
): Promise<boolean> {
  const body = webhookPayload(
    { id: delivery.alert.watchId, name: delivery.watchName },
    delivery.alert,
  );
  const outcome = await sendWebhook(delivery.webhookUrl, delivery.webhookSecret, body, options);
  const at = (options.clock ?? Date.now)();
  const rounds = delivery.rounds + 1;
  const again =
    !outcome.ok && !outcome.final && rounds < (options.maxRounds ?? DEFAULT_WEBHOOK_ROUNDS);
  const wait = (options.roundBaseMs ?? DEFAULT_WEBHOOK_ROUND_BASE_MS) * 2 ** (rounds - 1);
  await alerts.recordDelivery(delivery.alert.key, {
    state: outcome.ok ? 'delivered' : again ? 'pending' : 'failed',
    attempts: delivery.attempts + outcome.attempts,
    rounds,
    error: outcome.error,
    at: new Date(at).toISOString(),
    nextAttemptAt: again ? new Date(at + wait).toISOString() : null,
  });
  return outcome.ok;
}
