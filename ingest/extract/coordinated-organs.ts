import type { Gazetteer } from '../gazetteer';
import { matchGazetteer, type ActorMention } from './actor-matcher';

const ORGANS =
  'Central Committee|Central Military Commission|Political Bureau|Presidium|Secretariat|Executive Committee';
/**
 * `The Central Committee and the Central Military Commission of the Workers' Party of Korea`: two
 * organs share one `of <parent>`, so the first is that parent's organ as well.
 */
const SHARED_PARENT = new RegExp(
  `\\b(${ORGANS}) and (?:the )?(?:${ORGANS}) of (?:the )?(?=[A-Z])`,
  'g',
);

/**
 * The first of two organs written with one parent (docs/annotation-rules.md: a sub-organ that acts
 * is an actor), when the organ and that parent make a listed name (`Central Committee of the
 * Workers' Party of Korea` is the WPK Central Committee). Returns the mentions to add.
 */
export function findCoordinatedOrgans(text: string, gazetteer: Gazetteer): ActorMention[] {
  if (!text.includes(' and ')) return [];
  const out: ActorMention[] = [];
  SHARED_PARENT.lastIndex = 0;
  for (let m = SHARED_PARENT.exec(text); m !== null; m = SHARED_PARENT.exec(text)) {
    const organ = m[1] ?? '';
    const parent = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const written = `${organ} of the ${parent}`;
    const listed = matchGazetteer(written, gazetteer).mentions.find(
      (c) => c.start === 0 && c.entry.kind === 'organization' && c.end > organ.length + 8,
    );
    if (listed === undefined) continue;
    out.push({
      start: m.index,
      end: m.index + organ.length,
      surface: organ,
      entry: listed.entry,
      extractor: 'actors/coordinated-organ',
      confidence: 0.75,
    });
  }
  return out;
}
