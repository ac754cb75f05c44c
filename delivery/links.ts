import { readDeliverySettings } from '@/config/server';
import { globalId } from '@/model/graph-slice';

/**
 * Absolute links of what alerts point to. The site's address comes from `NARRAGRAPH_PUBLIC_URL`,
 * else `origin` (the Atom route passes its request's, `requestOrigin`), else http://localhost:3000.
 */
export function publicBaseUrl(
  origin?: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return (readDeliverySettings(env).publicUrl ?? (origin || 'http://localhost:3000')).replace(
    /\/+$/,
    '',
  );
}

/** A Host header that is a bare host and optional port: a name, IPv4 or bracketed IPv6. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the client asked for: its Host, with the scheme of `request.url`. Next builds
 * `request.url` from the address the server listens on (`http://0.0.0.0:3000` under `npm start`),
 * so links made from it would point nowhere a feed reader can go.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get('host');
  if (host === null || !HOST.test(host)) return url.origin;
  try {
    return new URL(`${url.protocol}//${host}`).origin;
  } catch {
    // Shaped like a host but none (port 99999, address 1.2.3.256).
    return url.origin;
  }
}

export interface AlertLinks {
  readonly articleId: string;
  /** The evidence article's page. */
  readonly article: string;
  /** The watch's page, listing the alert with its evidence. */
  readonly watch: string;
  readonly feed: string;
}

export function alertLinks(
  alert: { readonly watchId: string; readonly articleKey: string },
  base = publicBaseUrl(),
): AlertLinks {
  const articleId = globalId('Article', alert.articleKey);
  const watch = encodeURIComponent(alert.watchId);
  return {
    articleId,
    article: `${base}/article/${encodeURIComponent(articleId)}`,
    watch: `${base}/watches/${watch}`,
    feed: `${base}/feeds/watches/${watch}.atom`,
  };
}
