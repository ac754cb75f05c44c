/**
 * The address a request really came from. Without trusted proxies it is the socket's peer and any
 * client-sent X-Forwarded-For is ignored; behind trusted proxies it is the nearest hop, walking the
 * X-Forwarded-For chain from the right, that is not itself a trusted proxy.
 */

/** The trusted proxies (`NARRAGRAPH_TRUSTED_PROXIES`, read by config/server.ts) as one set. */
export function trustedProxySet(addresses: readonly string[]): ReadonlySet<string> {
  return new Set(addresses.map(normalize));
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
function normalize(address: string): string {
  return address.startsWith('::ffff:') ? address.slice(7) : address;
}

/** The value X-Forwarded-For is rewritten to: one address, the client as far as can be trusted. */
export function forwardedFor(
  socketAddress: string | undefined,
  header: string | string[] | undefined,
  trusted: ReadonlySet<string>,
): string {
  let client = normalize(socketAddress ?? 'unknown');
  if (!trusted.has(client)) return client;
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => normalize(hop.trim()))
    .filter((hop) => hop !== '');
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    client = chain[index] ?? client;
    if (!trusted.has(client)) return client;
  }
  return client;
}
