import type { GlobalId, GraphSlice } from '@/model/graph-slice';

/**
 * Where the inspector highlights mentions. Evidence offsets (`start`/`end`) locate the sentence
 * in the article text; inside it, the mention is found by the linked node's label (or the quote
 * text). Pure, so the tricky offset arithmetic is tested without a DOM.
 */

export interface Segment {
  readonly text: string;
  /** Node to select when the segment is clicked; absent for plain text. */
  readonly nodeId?: GlobalId;
  /** True for the evidence sentence span (background highlight), mention or not. */
  readonly evidence?: boolean;
}

export interface ArticleMention {
  readonly nodeId: GlobalId;
  readonly label: string;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  readonly relation: string;
}

/** Every evidence sentence of an article's edges, with the node at the other end. */
export function articleMentions(slice: GraphSlice, articleId: GlobalId): ArticleMention[] {
  const labels = new Map(slice.nodes.map((n) => [n.id, n.label]));
  const out: ArticleMention[] = [];
  const seen = new Set<string>();
  for (const e of slice.edges) {
    const other = e.source === articleId ? e.target : e.target === articleId ? e.source : undefined;
    for (const ev of e.evidence) {
      // Evidence of edges between other nodes can also come from this article (QUOTES, ATTRIBUTES).
      const nodeId = other ?? (ev.articleId === articleId ? e.target : undefined);
      if (nodeId === undefined || ev.articleId !== articleId) continue;
      const key = `${nodeId}@${ev.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        nodeId,
        label:
          e.type === 'QUOTES' || e.type === 'ATTRIBUTES'
            ? (e.quote ?? labels.get(nodeId) ?? nodeId)
            : (labels.get(nodeId) ?? nodeId),
        sentence: ev.sentence,
        start: ev.start,
        end: ev.end,
        relation: e.type,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.nodeId.localeCompare(b.nodeId));
}

/**
 * Splits `sentence` into plain and mention segments for the given labels (case-insensitive,
 * longest label first, non-overlapping).
 */
export function highlightSentence(
  sentence: string,
  mentions: ReadonlyArray<{ readonly nodeId: GlobalId; readonly label: string }>,
): Segment[] {
  const lower = sentence.toLowerCase();
  const spans: Array<{ start: number; end: number; nodeId: GlobalId }> = [];
  const ordered = [...mentions]
    .filter((m) => m.label.trim().length >= 2)
    .sort((a, b) => b.label.length - a.label.length);
  for (const m of ordered) {
    const needle = m.label.toLowerCase();
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      if (!spans.some((s) => at < s.end && end > s.start)) {
        spans.push({ start: at, end, nodeId: m.nodeId });
        break;
      }
      from = at + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start > pos) out.push({ text: sentence.slice(pos, s.start) });
    out.push({ text: sentence.slice(s.start, s.end), nodeId: s.nodeId });
    pos = s.end;
  }
  if (pos < sentence.length || out.length === 0) out.push({ text: sentence.slice(pos) });
  return out;
}

/**
 * Segments of a full article text: evidence sentences (by offsets) are marked, and mentions
 * inside them are clickable. Offsets outside the text or overlapping an earlier sentence are
 * skipped rather than trusted.
 */
export function highlightArticle(text: string, mentions: readonly ArticleMention[]): Segment[] {
  const bySentence = new Map<string, ArticleMention[]>();
  for (const m of mentions) {
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) continue;
    const key = `${m.start}:${m.end}`;
    const list = bySentence.get(key);
    if (list === undefined) bySentence.set(key, [m]);
    else list.push(m);
  }
  const sentences = [...bySentence.values()].sort(
    (a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0),
  );
  const out: Segment[] = [];
  let pos = 0;
  for (const group of sentences) {
    const first = group[0];
    if (first === undefined || first.start < pos) continue;
    if (first.start > pos) out.push({ text: text.slice(pos, first.start) });
    for (const seg of highlightSentence(text.slice(first.start, first.end), group)) {
      out.push({ ...seg, evidence: true });
    }
    pos = first.end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos) });
  return out;
}
