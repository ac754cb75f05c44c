import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { safeHttpUrl } from '@/ingest/sources/safe-url';

/**
 * Where a webhook may go. The URL must pass the ingest gate (`safeHttpUrl`: plainly an absolute
 * http(s) URL) and name a public host: the server POSTs to it, so loopback, private, link-local
 * and other special-purpose addresses are refused, as literals and as what the name resolves to.
 * `NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK=true` admits loopback only (the tests' receiver).
 */

export type AddressClass = 'public' | 'loopback' | 'private';

function ipv4Class(address: string): AddressClass {
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 127) return 'loopback';
  if (
    a === 0 ||
    a === 10 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  ) {
    return 'private';
  }
  return 'public';
}

/** The class of an IP literal; undefined when `address` is not one. */
export function addressClass(address: string): AddressClass | undefined {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(bare);
  if (version === 4) return ipv4Class(bare);
  if (version !== 6) return undefined;
  if (bare === '::1') return 'loopback';
  // IPv4-mapped and -translated forms carry the IPv4 address's class.
  const mapped = /^::(?:ffff:(?:0:)?)?(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return ipv4Class(mapped[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(bare);
  if (hex?.[1] && hex[2]) {
    const high = parseInt(hex[1], 16);
    const low = parseInt(hex[2], 16);
    return ipv4Class(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  const first = parseInt(bare.split(':')[0] || '0', 16);
  if (bare === '::' || (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80) {
    return 'private';
  }
  if ((first & 0xff00) === 0xff00) return 'private';
  return 'public';
}

export function loopbackAllowed(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return env.NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK === 'true';
}

const admitted = (cls: AddressClass, allowLoopback: boolean) =>
  cls === 'public' || (cls === 'loopback' && allowLoopback);

/**
 * The URL in canonical form when a webhook may be sent to it by its text alone, else undefined.
 * A host name is checked again on every delivery (`resolvesPublicly`).
 */
export function webhookUrl(value: string, allowLoopback = loopbackAllowed()): string | undefined {
  const safe = safeHttpUrl(value.trim());
  if (safe === undefined) return undefined;
  const url = new URL(safe);
  if (url.username !== '' || url.password !== '') return undefined;
  const host = url.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return allowLoopback ? safe : undefined;
  }
  const cls = addressClass(host);
  if (cls !== undefined && !admitted(cls, allowLoopback)) return undefined;
  return safe;
}

/** True when every address the URL's host resolves to may receive a webhook. */
export async function resolvesPublicly(
  url: string,
  allowLoopback = loopbackAllowed(),
  resolve: (host: string) => Promise<readonly { address: string }[]> = (host) =>
    lookup(host, { all: true }),
): Promise<boolean> {
  const host = new URL(url).hostname;
  const literal = addressClass(host);
  if (literal !== undefined) return admitted(literal, allowLoopback);
  let addresses: readonly { address: string }[];
  try {
    addresses = await resolve(host);
  } catch {
    return false;
  }
  return (
    addresses.length > 0 &&
    addresses.every(({ address }) => admitted(addressClass(address) ?? 'private', allowLoopback))
  );
}
