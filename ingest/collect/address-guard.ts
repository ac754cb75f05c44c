/**
 * Feeds are URLs that callers with a write key choose, fetched by the server: without a guard a
 * feed could read the cloud metadata service or an internal admin page. Every hop (redirects
 * included) is refused when its host is or resolves to a private, loopback, link-local or
 * otherwise non-public address, unless the operator allows it (tests serve feeds on 127.0.0.1).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressClass } from '../sources/address-class';

/** True for addresses a public feed never lives on (and for anything that is not an address). */
export function isNonPublicAddress(address: string): boolean {
  return (addressClass(address) ?? 'private') !== 'public';
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
