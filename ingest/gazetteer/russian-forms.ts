/**
 * Case forms of Russian names, generated from the nominative so the gazetteer can list `Япония/N`
 * once and still match `Японии`, `Японию`, `Японией`. Only the patterns our names need: first
 * declension nouns, masculine nouns, `-ин`/`-ов` surnames, adjectives, demonym adjectives. Irregular
 * forms (`Египет` -> `Египта`) are listed by hand instead.
 *
 * A name is space-separated words; a word tagged `/N` (noun), `/S` (surname), `/A` (adjective
 * agreeing with its noun) is declined, other words stay as written (`Трудовая/A партия/N Кореи`).
 * A single word tagged `/D` is a demonym adjective: every gender, number and case, capitalized or
 * not (`американский/D` -> `американские`, `Американских`, ...); one tagged `/P` is a `-ец` noun for
 * the people (`американец/P` -> `американцы`, `американцев`, ...).
 */

/** Nominative, genitive, dative, accusative, instrumental, prepositional. */
type Cases = readonly [string, string, string, string, string, string];

const VELAR_OR_HUSHING = /[гкхжчшщ]$/;
const HUSHING = /[жчшщц]$/;

function noun(word: string): Cases {
  const stem = word.slice(0, -1);
  const last = word.slice(-1);
  if (word.endsWith('ия'))
    return [word, `${stem}и`, `${stem}и`, `${stem}ю`, `${stem}ей`, `${stem}и`];
  if (word.endsWith('ие')) return [word, `${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}и`];
  switch (last) {
    case 'я':
      return [word, `${stem}и`, `${stem}е`, `${stem}ю`, `${stem}ей`, `${stem}е`];
    case 'а': {
      const gen = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
      const inst = HUSHING.test(stem) ? 'ей' : 'ой';
      return [word, `${stem}${gen}`, `${stem}е`, `${stem}у`, `${stem}${inst}`, `${stem}е`];
    }
    case 'й':
    case 'ь':
      return [word, `${stem}я`, `${stem}ю`, word, `${stem}ем`, `${stem}е`];
    case 'о':
      return [word, `${stem}а`, `${stem}у`, word, `${stem}ом`, `${stem}е`];
    case 'ы':
      return [word, `${stem}ов`, `${stem}ам`, word, `${stem}ами`, `${stem}ах`];
    default:
      if (/[бвгджзклмнпрстфхцчшщ]$/.test(word)) {
        const inst = HUSHING.test(word) ? 'ем' : 'ом';
        return [word, `${word}а`, `${word}у`, word, `${word}${inst}`, `${word}е`];
      }
      // Words ending in other vowels (`Шойгу`, `Никарагуа`) do not decline.
      return [word, word, word, word, word, word];
  }
}

/** `Путин`, `Лавров`: like a masculine noun but instrumental `-ым`, accusative = genitive. */
function surname(word: string): Cases {
  return [word, `${word}а`, `${word}у`, `${word}а`, `${word}ым`, `${word}е`];
}

function adjective(word: string): Cases {
  const stem = word.slice(0, -2);
  const ending = word.slice(-2);
  const soft = VELAR_OR_HUSHING.test(stem) ? 'и' : 'ы';
  switch (ending) {
    case 'ая':
      return [word, `${stem}ой`, `${stem}ой`, `${stem}ую`, `${stem}ой`, `${stem}ой`];
    case 'ое':
      return [word, `${stem}ого`, `${stem}ому`, word, `${stem}${soft}м`, `${stem}ом`];
    case 'ые':
    case 'ие':
      return [
        word,
        `${stem}${soft}х`,
        `${stem}${soft}м`,
        word,
        `${stem}${soft}ми`,
        `${stem}${soft}х`,
      ];
    default: // -ый, -ий, -ой
      return [word, `${stem}ого`, `${stem}ому`, word, `${stem}${soft}м`, `${stem}ом`];
  }
}

const DEMONYM_ENDINGS = [
  'ий',
  'ая',
  'ое',
  'ие',
  'ого',
  'ой',
  'ому',
  'ую',
  'им',
  'ом',
  'ими',
  'их',
] as const;

/** `-ец` nouns for a country's people, singular and plural (`американцы`, `японцев`). */
const PEOPLE_ENDINGS = ['ец', 'ца', 'цу', 'цем', 'це', 'цы', 'цев', 'цам', 'цами', 'цах'] as const;

function withCapitals(stem: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const ending of endings) {
    const form = `${stem}${ending}`;
    out.push(form, form.charAt(0).toUpperCase() + form.slice(1));
  }
  return out;
}

function casesOf(word: string): Cases {
  const slash = word.lastIndexOf('/');
  if (slash < 0) return [word, word, word, word, word, word];
  const bare = word.slice(0, slash);
  switch (word.slice(slash + 1)) {
    case 'N':
      return noun(bare);
    case 'S':
      return surname(bare);
    case 'A':
      return adjective(bare);
    default:
      throw new Error(`unknown Russian declension tag in ${JSON.stringify(word)}`);
  }
}

/** `ё` is often printed as `е`; both spellings are matched. */
function withYoVariants(forms: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    if (f.includes('ё')) out.add(f.replace(/ё/g, 'е'));
    if (f.includes('Ё')) out.add(f.replace(/Ё/g, 'Е'));
  }
  return [...out];
}

/** Every surface form of one tagged Russian name. */
export function russianForms(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const only = words.length === 1 ? (words[0] ?? '') : '';
  if (only.endsWith('/D'))
    return withYoVariants(
      withCapitals(only.slice(0, -2).replace(/(?:ий|ый|ой)$/, ''), DEMONYM_ENDINGS),
    );
  if (only.endsWith('ец/P')) return withYoVariants(withCapitals(only.slice(0, -4), PEOPLE_ENDINGS));
  const perWord = words.map(casesOf);
  const forms: string[] = [];
  for (let c = 0; c < 6; c++) forms.push(perWord.map((cases) => cases[c]).join(' '));
  return withYoVariants(forms);
}
