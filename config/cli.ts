import { envString, type Env } from './env';

/**
 * Settings of the ingest and collect command lines that the server does not read (both also read
 * config/neo4j.ts). docs/configuration.md lists every variable.
 */
export interface CliSettings {
  /** Config file with the `collect` section; undefined: narragraph.config.json when present. */
  readonly configFile: string | undefined;
  /** The EUvsDisinfo outlet list; undefined: ../shared/corpus/euvsdisinfo-outlets.txt. */
  readonly outletList: string | undefined;
}

export function readCliSettings(env: Env = process.env): CliSettings {
  return {
    configFile: envString(env, 'NARRAGRAPH_CONFIG'),
    outletList: envString(env, 'NARRAGRAPH_OUTLET_LIST'),
  };
}
