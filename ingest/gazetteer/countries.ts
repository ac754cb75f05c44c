import { slugify } from '../keys';
import type { GazetteerEntry } from './types';

/**
 * Compact country table: `Canonical|aliases;...|demonyms;...`. Aliases and demonyms are
 * case-sensitive. Demonyms name the country as an actor (`the Chinese government` -> China);
 * plural forms are generated. Kept as text so the list stays readable and cheap to extend.
 */
const COUNTRY_TABLE = `
Afghanistan||Afghan
Albania||Albanian
Algeria||Algerian
Andorra||Andorran
Angola||Angolan
Antigua and Barbuda||
Argentina||Argentine;Argentinian
Armenia||Armenian
Australia||Australian
Austria||Austrian
Azerbaijan||Azerbaijani
Bahamas|the Bahamas|Bahamian
Bahrain||Bahraini
Bangladesh||Bangladeshi
Barbados||Barbadian
Belarus||Belarusian
Belgium||Belgian
Belize||Belizean
Benin||Beninese
Bhutan||Bhutanese
Bolivia||Bolivian
Bosnia and Herzegovina|Bosnia|Bosnian
Botswana||
Brazil||Brazilian
Brunei|Brunei Darussalam|Bruneian
Bulgaria||Bulgarian
Burkina Faso||Burkinabe
Burundi||Burundian
Cambodia||Cambodian
Cameroon||Cameroonian
Canada||Canadian
Cape Verde|Cabo Verde|Cape Verdean
Central African Republic||
Chad||Chadian
Chile||Chilean
China|PRC;People's Republic of China;People’s Republic of China|Chinese
Colombia||Colombian
Comoros||Comorian
Congo|Republic of the Congo;Congo-Brazzaville|Congolese
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Democratic Congo;Democratic Republic of Congo|
Costa Rica||Costa Rican
Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian
Croatia||Croatian
Cuba||Cuban
Cyprus||Cypriot
Czech Republic|Czechia|Czech
Denmark||Danish;Dane
Djibouti||Djiboutian
Dominica||
Dominican Republic||Dominican
Ecuador||Ecuadorian
Egypt||Egyptian
El Salvador||Salvadoran
Equatorial Guinea|Republic of Equatorial Guinea|Equatoguinean;Equatorial Guinean
Eritrea||Eritrean
Estonia||Estonian
Eswatini|Swaziland|
Ethiopia||Ethiopian
Fiji||Fijian
Finland||Finnish;Finn
France|French Republic|French
Gabon||Gabonese
Gambia|the Gambia|Gambian
Georgia||Georgian
Germany|FRG|German
Ghana||Ghanaian
Greece||Greek
Grenada||Grenadian
Guatemala||Guatemalan
Guinea||Guinean
Guinea-Bissau||
Guyana||Guyanese
Haiti||Haitian
Honduras||Honduran
Hungary||Hungarian
Iceland||Icelandic;Icelander
India||Indian
Indonesia||Indonesian
Iran|Islamic Republic of Iran|Iranian
Iraq||Iraqi
Ireland||Irish
Israel||Israeli
Italy||Italian
Jamaica||Jamaican
Japan||Japanese
Jordan||Jordanian
Kazakhstan||Kazakh
Kenya||Kenyan
Kiribati||
Kuwait||Kuwaiti
Kyrgyzstan|Kyrgyz Republic|Kyrgyz
Laos|Lao People's Democratic Republic;Lao People’s Democratic Republic;Lao PDR;Laos|Lao;Laotian
Latvia||Latvian
Lebanon||Lebanese
Lesotho||
Liberia||Liberian
Libya||Libyan
Liechtenstein||
Lithuania||Lithuanian
Luxembourg||
Madagascar||Malagasy
Malawi||Malawian
Malaysia||Malaysian
Maldives|the Maldives|Maldivian
Mali||Malian
Malta||Maltese
Marshall Islands||
Mauritania||Mauritanian
Mauritius||Mauritian
Mexico||Mexican
Micronesia||
Moldova||Moldovan
Monaco||
Mongolia||Mongolian
Montenegro||Montenegrin
Morocco||Moroccan
Mozambique||Mozambican
Myanmar|Burma;Union of Myanmar|Burmese
Namibia||Namibian
Nauru||
Nepal||Nepali;Nepalese
Netherlands|the Netherlands;Holland|Dutch
New Zealand||
Nicaragua||Nicaraguan
Niger||
Nigeria||Nigerian
North Korea|DPRK;D.P.R.K.;DPR Korea;DPR of Korea;Democratic People's Republic of Korea;Democratic People’s Republic of Korea;north Korea;N. Korea;Juche Korea;Songun Korea;socialist Korea;Socialist Korea|
North Macedonia|Macedonia|Macedonian
Norway||Norwegian
Oman||Omani
Pakistan||Pakistani
Palau||
Palestine|State of Palestine|Palestinian
Panama||Panamanian
Papua New Guinea||
Paraguay||Paraguayan
Peru||Peruvian
Philippines|the Philippines|Philippine;Filipino
Poland||Polish;Pole
Portugal||Portuguese
Qatar||Qatari
Romania||Romanian
Russia|Russian Federation|Russian
Rwanda||Rwandan
Saint Lucia||
Samoa||Samoan
San Marino||
Sao Tome and Principe||
Saudi Arabia||Saudi
Senegal||Senegalese
Serbia||Serbian
Seychelles||
Sierra Leone||
Singapore||Singaporean
Slovakia||Slovak
Slovenia||Slovenian
Solomon Islands||
Somalia||Somali
South Africa||South African
South Korea|ROK;R.O.K.;Republic of Korea;south Korea;S. Korea;South Korea;puppet south Korea;puppet ROK;puppet Republic of Korea|south Korean;South Korean;S. Korean;puppet south Korean
South Sudan||South Sudanese
Spain||Spanish;Spaniard
Soviet Union|USSR;U.S.S.R.;former Soviet Union;Union of Soviet Socialist Republics|Soviet
Sri Lanka||Sri Lankan
Sudan||Sudanese
Suriname||
Sweden||Swedish;Swede
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian
Taiwan||Taiwanese
Tajikistan||Tajik
Tanzania|United Republic of Tanzania|Tanzanian
Thailand||Thai
Timor-Leste|East Timor|
Togo||Togolese
Tonga||
Trinidad and Tobago||
Tunisia||Tunisian
Turkey|Türkiye|Turkish
Turkmenistan||Turkmen
Uganda||Ugandan
Ukraine||Ukrainian
United Arab Emirates|UAE|Emirati
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton
United States|U.S.;US;USA;U.S.A.;United States of America;America;the States|American
Uruguay||Uruguayan
Uzbekistan||Uzbek
Vanuatu||
Venezuela||Venezuelan
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni
Zambia||Zambian
Zimbabwe||Zimbabwean
`;

/** Demonyms whose plural is not `<word>s`. */
const PLURAL_OVERRIDES: Readonly<Record<string, string>> = {
  Chinese: 'Chinese',
  Japanese: 'Japanese',
  Vietnamese: 'Vietnamese',
  Swiss: 'Swiss',
  Portuguese: 'Portuguese',
  Lebanese: 'Lebanese',
  Senegalese: 'Senegalese',
  Sudanese: 'Sudanese',
  Burmese: 'Burmese',
  Nepalese: 'Nepalese',
  Maltese: 'Maltese',
  Lao: 'Lao',
  Thai: 'Thai',
  Dutch: 'Dutch',
  French: 'Frenchmen',
  British: 'British',
  Irish: 'Irish',
  Danish: 'Danes',
  Finnish: 'Finns',
  Swedish: 'Swedes',
  Polish: 'Poles',
  Spanish: 'Spaniards',
  Turkish: 'Turks',
  Icelandic: 'Icelanders',
  Malagasy: 'Malagasy',
  Swazi: 'Swazis',
};

export interface CountryRecord {
  readonly key: string;
  readonly name: string;
  /** Names of the state, e.g. `U.S.`, `the United States`. */
  readonly names: readonly string[];
  /** Adjective/people forms, e.g. `Chinese`, `Americans`. */
  readonly demonyms: readonly string[];
}

function parseTable(table: string): CountryRecord[] {
  const out: CountryRecord[] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const [name = '', aliasText = '', demonymText = ''] = line.split('|');
    const names = [name, ...aliasText.split(';').filter((a) => a !== '')];
    const demonyms: string[] = [];
    for (const d of demonymText.split(';')) {
      if (d === '') continue;
      demonyms.push(d);
      const plural = PLURAL_OVERRIDES[d] ?? (d.endsWith("'s") ? undefined : `${d}s`);
      if (plural !== undefined && plural !== d) demonyms.push(plural);
    }
    out.push({ key: `country:${slugify(name)}`, name, names, demonyms });
  }
  return out;
}

/** Every country we recognise, with its names and demonyms. */
export const COUNTRIES: readonly CountryRecord[] = parseTable(COUNTRY_TABLE);

/** Country lookup by key, for building per-country organizations (foreign ministries, ...). */
export const COUNTRY_BY_KEY: ReadonlyMap<string, CountryRecord> = new Map(
  COUNTRIES.map((c) => [c.key, c]),
);

/**
 * Country gazetteer entries. Bare `Korea`/`Korean` are deliberately absent: in this corpus they
 * name the DPRK, the whole nation or the peninsula depending on context, so guessing would cost
 * precision.
 */
export function countryEntries(): GazetteerEntry[] {
  return COUNTRIES.map((c) => ({
    key: c.key,
    name: c.name,
    kind: 'country' as const,
    aliases: [...c.names, ...c.demonyms],
    // `the United States` is matched via `United States`; upper-case variants appear in headlines.
    aliasesCi: c.names.filter((n) => n.length > 6 && n.includes(' ')),
  }));
}
