/**
 * Where a V8 CPU profile's time went (e.g. the server's, from bench:api with
 * BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=var/prof'): self time by owner (a package
 * under node_modules, Node's internals, a project directory, the garbage collector, idle), and the
 * functions with the most self time and with the most time including their callees. Several files are added up. A window of each profile can be
 * picked by the functions on the stack: from the first sample under a function matching
 * BENCH_PROFILE_FROM up to the first under one matching BENCH_PROFILE_UNTIL (regular expressions).
 *
 *   npx tsx bench/cpu-profile-summary.ts var/prof/*.cpuprofile
 *   BENCH_PROFILE_FROM=matchTerms BENCH_PROFILE_UNTIL='neighborhood|SliceEdge' npx tsx bench/cpu-profile-summary.ts var/prof/*.0.001.cpuprofile   # bench:api's search scenario
 *
 * Env: BENCH_PROFILE_TOP functions listed (30), BENCH_PROFILE_FROM, BENCH_PROFILE_UNTIL.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 30);
const FROM = process.env.BENCH_PROFILE_FROM;
const UNTIL = process.env.BENCH_PROFILE_UNTIL;

/** The first sample whose stack holds a function matching `pattern`; `fallback` without one. */
function firstSampleUnder(
  profile: CpuProfile,
  pattern: string | undefined,
  fallback: number,
): number {
  if (pattern === undefined) return fallback;
  const matcher = new RegExp(pattern);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  // Whether a node is under a match, found once per node: the walk is linear in the tree's size.
  const under = new Map<number, boolean>();
  const isUnder = (id: number): boolean => {
    const known = under.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parent = parents.get(id);
    const result =
      (node !== undefined && matcher.test(node.callFrame.functionName)) ||
      (parent !== undefined && isUnder(parent));
    under.set(id, result);
    return result;
  };
  const index = profile.samples.findIndex((id) => isUnder(id));
  return index < 0 ? fallback : index;
}

/** Who a frame's code belongs to: a package, Node, a project directory or V8's own entries. */
function ownerOf(url: string, functionName: string): string {
  if (url === '') return `(${functionName || 'anonymous'})`;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node';
  const project = /\/(app|bench|components|config|graph-db|graphql|ingest|model|scripts)\//.exec(
    url,
  );
  return project ? `project ${project[1]}` : url;
}

function frameName({ callFrame: { functionName, url, lineNumber } }: ProfileNode): string {
  const where = url === '' ? '' : ` ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'}${where}`;
}

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile>...');
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parents.set(child, node.id);
    const from = firstSampleUnder(profile, FROM, 0);
    const until = firstSampleUnder(profile, UNTIL, profile.samples.length);
    profile.samples.forEach((id, index) => {
      if (index < from || index >= until) return;
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      if (node === undefined) return;
      const { functionName, url } = node.callFrame;
      total += ms;
      if (functionName === '(idle)') {
        idle += ms;
        return;
      }
      add(byOwner, ownerOf(url, functionName), ms);
      add(byFunction, frameName(node), ms);
      // Each function once per sample, however often it recurs on the stack.
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const frame = nodes.get(at);
        if (frame === undefined || frame.callFrame.url === '') continue;
        const name = frameName(frame);
        if (!seen.has(name)) add(inclusive, name, ms);
        seen.add(name);
      }
    });
  }
  const busy = total - idle;
  const print = (title: string, totals: Map<string, number>, top: number) => {
    console.log(`\n${title} | self ms | % of busy`);
    for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`${key} | ${ms.toFixed(0)} | ${((100 * ms) / busy).toFixed(1)}`);
  };
  console.log(
    `${files.length} profile(s): ${total.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy`,
  );
  print('owner', byOwner, 40);
  print('function', byFunction, TOP);
  print('function and its callees', inclusive, TOP);
}

main();
