import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../gazetteer';
import { findActorMentions } from './actors';

const gazetteer = buildGazetteer();
const shortNames = (text: string): string[] =>
  findActorMentions(text, gazetteer)
    .filter((m) => m.extractor === 'actors/home-short-name')
    .map((m) => `${m.surface}=${m.entry.key}`);

describe("KCNA's short names of the WPK and the KPA", () => {
  it('reads them in a text that names the DPRK', () => {
    expect(
      shortNames(
        "The DPRK said. The Workers' Party and people of Korea won. Soldiers of the People's Army came.",
      ),
    ).toEqual([
      "Workers' Party=organization:workers-party-of-korea",
      "People's Army=organization:korean-peoples-army",
    ]);
  });

  it('leaves them alone beside a longer name, another party, or without the DPRK', () => {
    expect(
      shortNames(
        "The DPRK said. Brazil's Workers' Party and the Vietnam People's Army met. The People's Army " +
          "of Vietnam came. The chairman of the C.C., Workers' Party, and the Communist Party came.",
      ),
    ).toEqual([]);
    expect(shortNames("The Workers' Party and the People's Army met.")).toEqual([]);
  });
});
