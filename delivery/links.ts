import { readDeliverySettings } from '@/config/server';
import { globalId } from '@/model/graph-slice';

/**
 * Absolute links of what alerts point to. The site's address comes from `NARRAGRAPH_PUBLIC_URL`,
 * else `origin` (the Atom route passes its request's), else http://localhost:3000.
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
