/**
 * robots.txt (RFC 9309): parsed once per host and cached, so each host is asked at most once a
 * day. Matching is linear-time glob matching, never a regular expression built from the file: a
 * hostile robots.txt cannot make a rule backtrack.
 */
import { FetchError } from '../sources/fetch-url';

/** Product token matched against `User-agent:` lines (case-insensitive). */
export const ROBOTS_USER_AGENT = 'narragraph';
/** RFC 9309 asks crawlers to read at least 500 KiB; the rest of a longer file is ignored. */
export const MAX_ROBOTS_BYTES = 500 * 1024;
/** Longest rule path kept; longer ones are not real paths. */
const MAX_RULE_CHARS = 2_000;
/** Rules kept per file: real files have tens; this bounds the work per URL checked. */
const MAX_RULES = 2_000;
/** How long a host's answer is kept. */
export const ROBOTS_TTL_MS = 24 * 60 * 60 * 1000;
/** An unreachable robots.txt disallows the host, for a shorter time than a real answer. */
export const ROBOTS_ERROR_TTL_MS = 60 * 60 * 1000;

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
}

/** Rules for one crawler, from the group naming it or else the `*` group. */
export interface RobotsRules {
  readonly rules: readonly Rule[];
  /** Set for unreachable files: every path is refused, with this reason. */
  readonly refuseAll?: string;
}

/** Parses robots.txt and keeps the rules of the group that applies to `userAgent`. */
export function parseRobots(text: string, userAgent: string = ROBOTS_USER_AGENT): RobotsRules {
  const agent = userAgent.toLowerCase();
  const specific: Rule[] = [];
  const wildcard: Rule[] = [];
  let groupAgents: string[] = [];
  let inRules = false;
  let foundSpecific = false;
  for (const rawLine of text.slice(0, MAX_ROBOTS_BYTES).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      // Consecutive user-agent lines share one group; one after rules starts a new group.
      if (inRules) groupAgents = [];
      inRules = false;
      groupAgents.push(value.toLowerCase());
      continue;
    }
    if (field !== 'allow' && field !== 'disallow') continue;
    inRules = true;
    // An empty Disallow allows everything: it adds no rule.
    if (value === '' || value.length > MAX_RULE_CHARS) continue;
    if (specific.length + wildcard.length >= MAX_RULES) continue;
    const rule = { allow: field === 'allow', pattern: value };
    if (groupAgents.some((name) => name.split('/')[0] === agent)) {
      foundSpecific = true;
      specific.push(rule);
    } else if (groupAgents.includes('*')) wildcard.push(rule);
  }
  return { rules: foundSpecific ? specific : wildcard };
}

/**
 * Whether `pattern` (`*` for any run, a final `$` for the end) matches `path` from its start. The
 * literal pieces between stars are found left to right with indexOf (leftmost is always safe for
 * `*`-only globs), so no backtracking: a pass over the path per rule.
 */
export function ruleMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const pieces = (anchored ? pattern.slice(0, -1) : pattern).split('*');
  const first = pieces[0] ?? '';
  if (!path.startsWith(first)) return false;
  if (pieces.length === 1) return !anchored || path.length === first.length;
  let position = first.length;
  const last = pieces.length - 1;
  for (let index = 1; index < last; index += 1) {
    const found = path.indexOf(pieces[index] ?? '', position);
    if (found < 0) return false;
    position = found + (pieces[index] ?? '').length;
  }
  const tail = pieces[last] ?? '';
  if (anchored) return path.length - tail.length >= position && path.endsWith(tail);
  return path.indexOf(tail, position) >= 0;
}

/**
 * Whether the path (with its query) may be fetched: the longest matching rule wins, Allow over
 * Disallow on a tie, and no match allows.
 */
export function robotsAllow(robots: RobotsRules, pathAndQuery: string): boolean {
  if (robots.refuseAll !== undefined) return false;
  let best: Rule | undefined;
  for (const rule of robots.rules) {
    if (!ruleMatches(rule.pattern, pathAndQuery)) continue;
    if (
      best === undefined ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow)
    ) {
      best = rule;
    }
  }
  return best?.allow ?? true;
}

/** Reads robots.txt: the body, or throws FetchError (status set for HTTP errors). */
export type RobotsFetcher = (robotsUrl: string) => Promise<string>;

/** Answers "may this URL be fetched?" with one robots.txt read per host and TTL. */
export interface RobotsCache {
  /** Undefined when allowed, else why not. */
  check(url: string): Promise<string | undefined>;
}

export function createRobotsCache(
  fetchRobots: RobotsFetcher,
  options: { readonly clock?: () => number; readonly userAgent?: string } = {},
): RobotsCache {
  const clock = options.clock ?? Date.now;
  const entries = new Map<string, { rules: Promise<RobotsRules>; expires: number }>();

  const load = async (origin: string): Promise<{ rules: RobotsRules; ttl: number }> => {
    try {
      const text = await fetchRobots(`${origin}/robots.txt`);
      return { rules: parseRobots(text, options.userAgent), ttl: ROBOTS_TTL_MS };
    } catch (error) {
      // RFC 9309: a missing file (4xx) allows everything; an unreachable one (5xx, network) refuses.
      if (
        error instanceof FetchError &&
        error.status !== undefined &&
        error.status >= 400 &&
        error.status < 500
      ) {
        return { rules: { rules: [] }, ttl: ROBOTS_TTL_MS };
      }
      const reason = error instanceof Error ? error.message : String(error);
      return {
        rules: { rules: [], refuseAll: `robots.txt unreachable (${reason})` },
        ttl: ROBOTS_ERROR_TTL_MS,
      };
    }
  };

  return {
    async check(url: string): Promise<string | undefined> {
      const parsed = new URL(url);
      const now = clock();
      let entry = entries.get(parsed.origin);
      if (entry === undefined || entry.expires <= now) {
        const loading = load(parsed.origin);
        entry = { rules: loading.then((l) => l.rules), expires: Number.POSITIVE_INFINITY };
        entries.set(parsed.origin, entry);
        const settled = entry;
        void loading.then((l) => (settled.expires = clock() + l.ttl));
      }
      const rules = await entry.rules;
      if (robotsAllow(rules, `${parsed.pathname}${parsed.search}`)) return undefined;
      return rules.refuseAll ?? `disallowed by ${parsed.origin}/robots.txt`;
    },
  };
}
