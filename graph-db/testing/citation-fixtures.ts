import { sourceKey } from '@/ingest/keys';
import type {
  CitationHow,
  CitationStance,
  ExtractedActor,
  ExtractedArticle,
  ExtractedCitation,
} from '@/ingest/types';

/**
 * Extracted articles with citations, built by hand: integration tests write them through the
 * ingest repository without depending on what the citation extractor finds.
 */

/** An outlet actor as the actor extractor would list it. */
function outlet(key: string, name: string, sentence: string): ExtractedActor {
  return {
    key,
    name,
    kind: 'outlet',
    aliases: [name],
    mentionCount: 1,
    firstOffset: 0,
    evidence: { sentence, start: 0, end: sentence.length, extractor: 'test', confidence: 1 },
  };
}

export interface CitationSpec {
  readonly outletKey: string;
  readonly outletName: string;
  readonly how: CitationHow;
  readonly stance: CitationStance;
  readonly sentence: string;
}

/** An article of `sourceName` whose text is its citing sentences, one per citation. */
export function article(
  key: string,
  sourceName: string,
  date: string,
  citations: readonly CitationSpec[],
  sections: readonly string[] = [],
): ExtractedArticle {
  let text = '';
  const cited: ExtractedCitation[] = [];
  const actors = new Map<string, ExtractedActor>();
  for (const c of citations) {
    const start = text.length;
    text += `${c.sentence} `;
    cited.push({
      outletKey: c.outletKey,
      how: c.how,
      stance: c.stance,
      evidence: {
        sentence: c.sentence,
        start,
        end: start + c.sentence.length,
        extractor: 'citations/test',
        confidence: 0.9,
      },
    });
    if (!actors.has(c.outletKey))
      actors.set(c.outletKey, outlet(c.outletKey, c.outletName, c.sentence));
  }
  return {
    key: `https://citations.test/${key}`,
    title: `Article ${key}`,
    date,
    url: `https://citations.test/${key}`,
    language: 'en',
    text,
    contentHash: `${key}:${JSON.stringify(citations)}:${sections.join('|')}`,
    source: {
      key: sourceKey(sourceName),
      name: sourceName,
      evidence: { sentence: `(${sourceName})`, start: 0, end: 0, extractor: 'test', confidence: 1 },
    },
    actors: [...actors.values()],
    quotes: [],
    citations: cited,
    events: [],
    narratives: [],
    sections,
    related: [],
    origin: { location: 'citation-fixtures' },
  };
}

export const TASS = { outletKey: 'outlet:tass', outletName: 'TASS' };
export const KCNA = { outletKey: 'outlet:kcna', outletName: 'KCNA' };
export const RODONG = { outletKey: 'outlet:rodong-sinmun', outletName: 'Rodong Sinmun' };
export const CHOSUN = { outletKey: 'outlet:chosun-ilbo', outletName: 'Chosun Ilbo' };
