/**
 * A news-agency story of five paragraphs naming actors: longer than a feed summary (the collector
 * stores such an entry as it is), with sentences the extractors find evidence in.
 */
export function wireStory(topic: string): string {
  return [
    `Pyongyang, December 1 (KCNA) -- ${topic} was reported by the Korean Central News Agency on Monday.`,
    'The United States and Japan held joint military drills near the peninsula last week, the report said, calling them a grave provocation.',
    'A spokesman for the Foreign Ministry said that China had also criticised the drills and warned that the region could not afford another escalation.',
    `The report on ${topic} added that the people would never tolerate such moves and would answer them with resolute counteraction.`,
    'It recalled that similar drills had been staged every spring and autumn for years, each time raising tension in the region.',
  ].join('\n\n');
}
