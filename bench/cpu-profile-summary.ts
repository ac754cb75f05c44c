/**
 * Where a V8 CPU profile's time went (e.g. the server's, from bench:api with
 * BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=var/prof'): self time by owner (a package
 * under node_modules, Node's internals, a project directory, the garbage collector, idle) and the
 * functions with the most self time. Several files are added up.
 *
 *   npx tsx bench/cpu-profile-summary.ts var/prof/*.cpuprofile
 *
 * Env: BENCH_PROFILE_TOP functions listed (30).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  readonly id: number;
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

function add(totals: Map<string, number>, key: string, ms: number): void {
  totals.set(key, (totals.get(key) ?? 0) + ms);
}

function main(): void {
  const files = process.argv.slice(2);
  if (files.length === 0) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile>...');
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[index] ?? 0) / 1000;
      if (node === undefined) return;
      const { functionName, url, lineNumber } = node.callFrame;
      total += ms;
      add(byOwner, ownerOf(url, functionName), ms);
      const where = url === '' ? '' : ` ${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
      add(byFunction, `${functionName || '(anonymous)'}${where}`, ms);
    });
  }
  const busy = total - (byOwner.get('(idle)') ?? 0);
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
}

main();
