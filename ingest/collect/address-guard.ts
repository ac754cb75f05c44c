/**
 * Feeds are URLs that callers with a write key choose, fetched by the server: without a guard a
 * feed could read the cloud metadata service or an internal admin page. Every hop (redirects
 * included) is refused when its host is or resolves to a private, loopback, link-local or
 * otherwise non-public address, unless the operator allows it (tests serve feeds on 127.0.0.1).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** True for addresses a public feed never lives on. */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped !== undefined) return blocked.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

export type AddressLookup = (hostname: string) => Promise<readonly string[]>;

const systemLookup: AddressLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true })).map((entry) => entry.address);

/**
 * Wraps fetch so each request's host is checked first. (The check and the connection resolve the
 * name separately, so a name that changes its answer in between is not caught: this guards
 * against configured URLs, not against a hostile DNS server.)
 */
export function guardedFetch(
  options: {
    readonly allowPrivate: boolean;
    readonly lookup?: AddressLookup;
    readonly fetch?: typeof fetch;
  } = { allowPrivate: false },
): typeof fetch {
  const inner = options.fetch ?? fetch;
  if (options.allowPrivate) return inner;
  const lookup = options.lookup ?? systemLookup;
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await lookup(host);
    const refused = addresses.find(isNonPublicAddress);
    if (addresses.length === 0 || refused !== undefined) {
      throw new Error(
        `${url.hostname} is a non-public address (${refused ?? 'none'}); set collect.allowPrivateAddresses to fetch it`,
      );
    }
    return inner(input, init);
  };
}
