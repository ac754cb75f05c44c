import { serverNodeFlags } from '../../config/server';

/**
 * How the production server (scripts/serve.ts) is started, by `npm start` and by the benchmarks
 * alike: Node itself with the server's flags (its heap bound, config/server.ts) and tsx as a loader,
 * so the child's pid is the server's. `nodeArgs` come first (a benchmark's profiling flags).
 */
export function serveCommand(
  port: number | string,
  env: NodeJS.ProcessEnv = process.env,
  nodeArgs: readonly string[] = [],
): { readonly command: string; readonly args: string[] } {
  return {
    command: process.execPath,
    args: [
      ...nodeArgs,
      ...serverNodeFlags(env),
      '--import',
      'tsx',
      'scripts/serve.ts',
      '-p',
      String(port),
    ],
  };
}
