import { lookup } from 'node:dns/promises';
import { readDeliverySettings } from '@/config/server';
import { addressClass, type AddressClass } from '@/ingest/sources/address-class';
import { safeHttpUrl } from '@/ingest/sources/safe-url';

/**
 * Where a webhook may go. The URL must pass the ingest gate (`safeHttpUrl`: plainly an absolute
 * http(s) URL) and name a public host: the server POSTs to it, so loopback, private, link-local
 * and other special-purpose addresses are refused, as literals and as what the name resolves to.
 * `NARRAGRAPH_WEBHOOK_ALLOW_LOOPBACK=true` admits loopback only (the tests' receiver).
 */

export function loopbackAllowed(
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return readDeliverySettings(env).webhookAllowLoopback;
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
