/** Watches and their alerts as stored and read (docs/watches.md): plain rows every layer shares. */

export const WATCH_KINDS = [
  'search',
  'narrative',
  'actor',
  'outlet',
  'citation',
  'article',
] as const;

export type WatchKind = (typeof WATCH_KINDS)[number];

/** A watch as read (no token hash, no secret). */
export interface WatchRow {
  readonly id: string;
  readonly name: string;
  readonly kind: WatchKind;
  /** Key of the watched node; null for a search. */
  readonly target: string | null;
  /** The search's words as typed; null for other kinds. */
  readonly query: string | null;
  readonly hasWebhook: boolean;
  /** True when its Atom feed has a read token (for feed readers when reads need a key). */
  readonly hasFeedToken: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastReadAt: string | null;
  /** Alerts raised after `lastReadAt` (all of them before the first reading). */
  readonly unreadCount: number;
  /** The last webhook delivery round's outcome; null before the first. */
  readonly lastDelivery: LastDelivery | null;
}

/** What a watch shows of its webhook's last delivery round (never the URL). */
export interface LastDelivery {
  readonly state: 'delivered' | 'pending' | 'failed';
  readonly at: string;
  /** Attempts of that alert over every round. */
  readonly attempts: number;
  readonly error: string | null;
  /** When a pending alert is tried again. */
  readonly nextAttemptAt: string | null;
}

/** What is written for a watch on create. */
export interface WatchFields {
  readonly name: string;
  readonly kind: WatchKind;
  readonly target: string | null;
  readonly query: string | null;
  /** Lower-cased words of `query`, each required in a match. */
  readonly words: readonly string[];
  readonly webhookUrl: string | null;
}

/** What `updateWatch` may change. */
export type WatchUpdate = Partial<Pick<WatchFields, 'name' | 'query' | 'words' | 'webhookUrl'>>;

/** The badge counts up to this many unread alerts and then shows `1000+`. */
export const UNREAD_BADGE_CAP = 1000;

export const ALERT_KINDS = [
  'new-narrative',
  'new-citing-outlet',
  'citation',
  'narrative-surge',
  'text-reuse',
  'search-match',
] as const;

export type AlertKind = (typeof ALERT_KINDS)[number];

/** Where an alert's evidence sits: an article and a span of its text. */
export interface AlertEvidence {
  readonly articleKey: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
}

/** An alert to MERGE. `key` is stable, so the same finding never alerts twice. */
export interface AlertDraft extends AlertEvidence {
  readonly key: string;
  readonly watchId: string;
  readonly kind: AlertKind;
  readonly title: string;
  /** Key of what the alert is about: the narrative, the citing source, the reusing article. */
  readonly subjectKey: string;
  /** Surge alerts: the week (Monday, ISO date), its count, the baseline mean and the z-score. */
  readonly week?: string;
  readonly count?: number;
  readonly baseline?: number;
  readonly zScore?: number;
}

/** An alert as read. */
export interface AlertRow extends AlertDraft {
  readonly createdAt: string;
  readonly articleTitle: string;
  readonly unread: boolean;
}

/** An alert waiting for its watch's webhook. */
export interface PendingDelivery {
  readonly alert: AlertRow;
  readonly watchName: string;
  readonly webhookUrl: string;
  readonly webhookSecret: string;
  readonly attempts: number;
  /** Delivery rounds before this one (each of up to 6 attempts). */
  readonly rounds: number;
}

/** A delivery round's outcome, stored on the alert and, as its last delivery, on the watch. */
export interface DeliveryRecord {
  /** `pending`: retried at `nextAttemptAt`; `delivered` and `failed` leave the queue. */
  readonly state: 'delivered' | 'pending' | 'failed';
  /** Attempts over every round. */
  readonly attempts: number;
  readonly rounds: number;
  readonly error: string | null;
  readonly at: string;
  readonly nextAttemptAt: string | null;
}
