import type { AlertRow } from '@/model/watches';
import type { WatchRow } from '@/model/watches';
import { escapeXml as xmlText } from '@/model/xml-text';
import { alertLinks } from './links';

/** Alerts a feed carries, newest first. */
export const FEED_ENTRIES = 50;

/** An RFC 3339 instant (Neo4j prints nanoseconds; readers expect at most milliseconds). */
function instant(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString();
}

function entry(alert: AlertRow, base: string): string {
  const links = alertLinks(alert, base);
  const summary = `${alert.sentence} (${alert.articleTitle}, characters ${alert.start}–${alert.end})`;
  const updated = instant(alert.createdAt);
  return `  <entry>
    <id>urn:narragraph:alert:${xmlText(encodeURIComponent(alert.key))}</id>
    <title type="text">${xmlText(alert.title)}</title>
    <updated>${updated}</updated>
    <published>${updated}</published>
    <link rel="alternate" type="text/html" href="${xmlText(links.article)}"/>
    <link rel="related" type="text/html" href="${xmlText(links.watch)}"/>
    <category term="${xmlText(alert.kind)}"/>
    <summary type="text">${xmlText(summary)}</summary>
  </entry>
`;
}

/**
 * A watch's alerts as an Atom 1.0 feed (RFC 4287): feed id, title, updated, author and a self
 * link; each entry an alert with its id (the stable alert key), title, updated, a link to the
 * evidence article and the evidence sentence as its summary. `base` is the site's origin. A feed
 * read with its watch's token keeps it in the self link, so a reader that re-subscribes to `self`
 * is not refused.
 */
export function watchFeed(
  watch: WatchRow,
  alerts: readonly AlertRow[],
  base: string,
  feedToken?: string,
): string {
  const links = alertLinks({ watchId: watch.id, articleKey: '' }, base);
  const self =
    feedToken === undefined ? links.feed : `${links.feed}?token=${encodeURIComponent(feedToken)}`;
  const updated = instant(alerts[0]?.createdAt ?? watch.updatedAt);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(links.watch)}</id>
  <title type="text">${xmlText(`Narragraph watch: ${watch.name}`)}</title>
  <updated>${updated}</updated>
  <author><name>Narragraph</name></author>
  <generator>Narragraph</generator>
  <link rel="self" type="application/atom+xml" href="${xmlText(self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(links.watch)}"/>
${alerts.map((alert) => entry(alert, base)).join('')}</feed>
`;
}
