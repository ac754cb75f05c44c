import { slugify } from '../keys';
import { COUNTRIES } from './countries';
import type { GazetteerEntry } from './types';

type Kind = GazetteerEntry['kind'];

/** `Name|alias;alias|partOf-key` rows; aliases are case-sensitive. */
function table(kind: Kind, rows: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of rows.split('\n')) {
    if (line.trim() === '') continue;
    const [name = '', aliasText = '', partOf = ''] = line.split('|');
    const aliases = [name, ...aliasText.split(';').filter((a) => a !== '')];
    const entry: GazetteerEntry = {
      key: `${kind}:${slugify(name)}`,
      name,
      kind,
      aliases,
      aliasesCi: aliases.filter((a) => a.length > 12 && a.includes(' ')),
      ...(partOf === '' ? {} : { partOf }),
    };
    out.push(entry);
  }
  return out;
}

/** International and regional bodies. */
const INTERNATIONAL = `
United Nations|UN;U.N.;the United Nations Organization
UN Security Council|United Nations Security Council;U.N. Security Council;UNSC;Security Council;UN security council;UNSC|organization:united-nations
UN General Assembly|United Nations General Assembly;U.N. General Assembly;UNGA|organization:united-nations
UN Human Rights Council|United Nations Human Rights Council;UNHRC;U.N. Human Rights Council|organization:united-nations
UN Command|United Nations Command;UNC|country:united-states
International Atomic Energy Agency|IAEA
European Union|EU;E.U.
European Commission|European Union Commission;EU Commission|organization:european-union
Eurostat||organization:european-union
European Parliament||organization:european-union
NATO|North Atlantic Treaty Organization;Nato
International Security Assistance Force|ISAF|
ASEAN|Association of Southeast Asian Nations;Association of South-East Asian Nations
ASEAN Regional Forum|ARF|organization:asean
African Union|AU
Arab League|League of Arab States
Non-Aligned Movement|NAM;Nonaligned Movement
G7|G-7;Group of Seven
G20|G-20;Group of 20
BRICS|
AUKUS|
Five Eyes|
Shanghai Cooperation Organization|SCO;Shanghai Cooperation Organisation
World Health Organization|WHO;World Health Organisation
World Meteorological Organization|WMO
UNESCO|United Nations Educational, Scientific and Cultural Organization|organization:united-nations
UNICEF|United Nations Children's Fund;United Nations Children’s Fund|organization:united-nations
World Food Programme|WFP;World Food Program
Food and Agriculture Organization|FAO
UN Development Programme|UNDP;United Nations Development Programme
United Nations Population Fund|UNFPA;UN Population Fund|organization:united-nations
United Nations Environment Programme|UNEP;United Nations Environmental Program;United Nations Environment Program|organization:united-nations
United Nations Office on Drugs and Crime|UNODC|organization:united-nations
United Nations Office for the Coordination of Humanitarian Affairs|OCHA|organization:united-nations
United Nations Economic and Social Commission for Asia and the Pacific|ESCAP;United Nations Economic and Social Commission for Asia and Pacific|organization:united-nations
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
International Committee of the Red Cross|ICRC
International Federation of Red Cross and Red Crescent Societies|IFRC;IFRCS
International Criminal Court|ICC
International Court of Justice|ICJ
International Olympic Committee|IOC
FIFA|
ITF|International Taekwon-Do Federation
AFC|Asian Football Confederation
EAFF|East Asian Football Federation
IBA|International Boxing Association
FIG|International Gymnastics Federation
OPEC|
OSCE|Organization for Security and Co-operation in Europe
Commonwealth of Independent States|CIS
Collective Security Treaty Organization|CSTO
APEC|Asia-Pacific Economic Cooperation
Interpol|INTERPOL
International Maritime Organization|IMO
International Civil Aviation Organization|ICAO
Inter-Parliamentary Union|IPU
World Federation of Trade Unions|WFTU
World Federation of Democratic Youth|WFDY
Women's International Democratic Federation|WIDF
International Institute of the Juche Idea|IIJI
Korean Friendship Association|KFA
Korean Friendship Association UK|KFA UK|organization:korean-friendship-association
`;

/** DPRK party, state and army bodies, plus a few South Korean and foreign ones that recur. */
const DPRK_BODIES = `
Kim Il Sung University
Kim Chaek University of Technology|Kim Chaek University
Kim Il Sung Military University
Kim Il Sung Broadcasting University
Kim Il Sung Higher Party School||organization:workers-party-of-korea
Kim Jong Il Military Academy
Kim Il Sung Socialist Youth League
Kim Il Sung-Kim Jong Il Foundation
Kim Jong Suk Textile Mill|Kim Jong Suk Pyongyang Textile Mill
Workers' Party of Korea|WPK;Workers’ Party of Korea;Workers Party of Korea;Party of Labour of Korea|country:north-korea
WPK Central Committee|Central Committee of the Workers' Party of Korea;Workers' Party of Korea Central Committee;Central Committee of the Workers’ Party of Korea;WPK Central Committee;Central Committee of the WPK;C.C. of the WPK;C.C. of the Workers' Party of Korea;C.C., WPK;C.C., Workers' Party of Korea;Party Central Committee;Eighth Central Committee of the Workers' Party of Korea;Eighth Central Committee of the WPK;8th Central Committee of the WPK|organization:workers-party-of-korea
Central Military Commission of the WPK|Central Military Commission of the Workers' Party of Korea;Central Military Commission of the Workers’ Party of Korea;WPK Central Military Commission;Central Military Commission of the Party|organization:workers-party-of-korea
Political Bureau of the WPK Central Committee|Political Bureau of the Central Committee of the Workers' Party of Korea;Political Bureau of the C.C.;Political Bureau of the WPK Central Committee;Presidium of the Political Bureau;Political Bureau of the Eighth Central Committee of the Workers' Party of Korea;Political Bureau of the Central Committee of the WPK;Political Bureau of the Party Central Committee;Political Bureau of the Eighth Central Committee of the WPK|organization:wpk-central-committee
Korean People's Army|KPA;Korean People’s Army;Korean People's Army (KPA)|country:north-korea
KPA Supreme Command|Supreme Command of the KPA;Supreme Command of the Korean People's Army|organization:korean-peoples-army
Korean People's Revolutionary Army|KPRA;Korean People’s Revolutionary Army|country:north-korea
Air Force of the Korean People's Army|KPA Air Force;Air Force of the KPA;Air Force of the Korean People’s Army|organization:korean-peoples-army
Panmunjom Mission of the Korean People's Army|Panmunjom Mission of the KPA;KPA Panmunjom Mission|organization:korean-peoples-army
KPA General Staff|General Staff of the KPA;General Staff of the Korean People's Army|organization:korean-peoples-army
Supreme People's Assembly|SPA;DPRK Supreme People's Assembly;Supreme People’s Assembly|country:north-korea
Presidium of the Supreme People's Assembly|Presidium of the SPA;SPA Presidium;Presidium of the DPRK Supreme People's Assembly|organization:supreme-peoples-assembly
Standing Committee of the Supreme People's Assembly|Standing Committee of the SPA;SPA Standing Committee|organization:supreme-peoples-assembly
State Affairs Commission|DPRK State Affairs Commission;SAC|country:north-korea
National Defence Commission|National Defense Commission;NDC;DPRK National Defence Commission|country:north-korea
DPRK Cabinet|Cabinet of the DPRK;Cabinet of the Democratic People's Republic of Korea|country:north-korea
Committee for the Peaceful Reunification of Korea|CPRK;Committee for the Peaceful Reunification of the Fatherland;CPRF|country:north-korea
Kim Il Sung Socialist Youth League|KISYL|country:north-korea
Socialist Patriotic Youth League||country:north-korea
General Federation of Trade Unions of Korea|GFTUK|country:north-korea
Union of Agricultural Workers of Korea|UAWK|country:north-korea
Socialist Women's Union of Korea|SWUK|country:north-korea
Korean Committee for Cultural Relations with Foreign Countries||country:north-korea
Korean Association for Supporting Overseas Compatriots||country:north-korea
National Reconciliation Council||country:north-korea
Korean Social Democratic Party|KSDP|country:north-korea
Chondoist Chongu Party||country:north-korea
General Association of Korean Residents in Japan|Chongryon;Chongryun|country:north-korea
DPRK Academy of Sciences|State Academy of Sciences|country:north-korea
Education Commission|DPRK Education Commission;Education Commission of the DPRK|country:north-korea
National Aerospace Development Administration|NADA|country:north-korea
Missile Administration|DPRK Missile Administration|country:north-korea
Paektusan Hero Youth Shock Brigade||country:north-korea
Worker-Peasant Red Guards|Worker-Peasant Red Guard|country:north-korea
DPRK Red Cross Society|Red Cross Society of the DPRK;Red Cross Society of DPRK;Red Cross Society of the Democratic People's Republic of Korea;Red Cross Society of the Democratic People’s Republic of Korea|country:north-korea
Korean People's Internal Security Forces|Korean People’s Internal Security Forces|country:north-korea
Ministry of People's Armed Forces|DPRK Ministry of People's Armed Forces;Ministry of the People's Armed Forces|country:north-korea
Grand National Party|GNP|country:south-korea
Saenuri Party||country:south-korea
People Power Party||country:south-korea
Democratic Party of Korea||country:south-korea
National Intelligence Service|NIS;Intelligence Service|country:south-korea
People for Achieving Peace and Reunification||country:south-korea
Pan-National Alliance for Korea's Reunification|
South Headquarters of the Pan-National Alliance for Korea's Reunification|South Headquarters of Pomminryon|organization:pan-national-alliance-for-koreas-reunification
Chongwadae|Chong Wa Dae;Cheong Wa Dae|country:south-korea
Joint Chiefs of Staff of South Korea|south Korean Joint Chiefs of Staff;puppet Joint Chiefs of Staff|country:south-korea
U.S. Forces in Korea|US Forces Korea;USFK;U.S. Forces Korea;U.S. forces in south Korea;US forces in south Korea|country:united-states
U.S. Joint Chiefs of Staff|US Joint Chiefs of Staff;Joint Chiefs of Staff of the U.S.|country:united-states
U.S. Department of State|State Department;US State Department;U.S. State Department;Department of State|country:united-states
Pentagon|U.S. Department of Defense;US Department of Defense;Department of Defense;the Pentagon;U.S. Defense Department;US Defense Department;Defense Department|country:united-states
White House||country:united-states
CIA|Central Intelligence Agency|country:united-states
FBI|Federal Bureau of Investigation|country:united-states
U.S. Congress|US Congress;U.S. Congress|country:united-states
U.S. Senate||country:united-states
National Security Agency|NSA|country:united-states
U.S. Army|US Army;U.S. army|country:united-states
U.S. Air Force|US Air Force;USAF;U.S. air force|country:united-states
U.S. Navy|US Navy;U.S. navy|country:united-states
U.S. Marine Corps|US Marine Corps;U.S. Marines|country:united-states
U.S. Department of the Army|US Department of the Army;Department of the Army|country:united-states
U.S. Department of Energy|US Department of Energy;U.S. Energy Department;US Energy Department|country:united-states
U.S. Department of Justice|US Department of Justice;U.S. Justice Department;US Justice Department|country:united-states
U.S. Department of Homeland Security|US Department of Homeland Security;Department of Homeland Security;U.S. Homeland Security Department|country:united-states
Treasury Department|U.S. Department of the Treasury;U.S. Department of Treasury;US Department of the Treasury;US Department of Treasury;Department of the Treasury;U.S. Treasury Department;US Treasury Department|country:united-states
U.S. Far East Command|US Far East Command;Far East Command;U.S. Forces in the Far East;US Forces in the Far East|country:united-states
U.S. Forces Japan|USFJ;US Forces Japan;U.S. forces in Japan;US forces in Japan|country:united-states
U.S. Indo-Pacific Command|Indo-Pacific Command;INDOPACOM|country:united-states
Chinese People's Liberation Army|People's Liberation Army;Chinese People’s Liberation Army;People’s Liberation Army;PLA|country:china
Chinese People's Volunteers|Chinese People’s Volunteers;CPV|country:china
Red Army|Soviet Red Army;Soviet Army;Soviet army|
Imperial Japanese Army|Japanese Imperial Army|country:japan
Japan Self-Defense Forces|Self-Defense Forces;Self-Defence Forces;SDF;Japan Self-Defence Forces|country:japan
Liberal Democratic Party of Japan|Liberal Democratic Party;LDP|country:japan
Kremlin||country:russia
Palestinian National Authority|Palestinian Authority;PNA|country:palestine
State Duma|Russian State Duma|country:russia
Communist Party of China|CPC;Chinese Communist Party;CCP|country:china
National People's Congress|NPC;Chinese National People's Congress|country:china
Communist Party of the Russian Federation|CPRF|country:russia
Communist Party of Cuba||country:cuba
Lao People's Revolutionary Party|Lao People’s Revolutionary Party;LPRP|country:laos
Communist Party of Vietnam|Communist Party of Viet Nam|country:vietnam
United Russia||country:russia
Al Ahd al Watani Party of Syria|Al Ahd al Watani Party|country:syria
Baath Arab Socialist Party|Arab Baath Socialist Party;Arab Socialist Baath Party|country:syria
People Unity-"Kyrgyz El" Republican Political Party|People Unity-"Kyrgys El" Republican Political Party;People Unity-“Kyrgyz El” Republican Political Party;People Unity-“Kyrgys El” Republican Political Party|country:kyrgyzstan
`;

/** Companies recur in the corpus as targets or victims (Microsoft in the seed page). */
const COMPANIES = `
Microsoft|Microsoft Corporation
Google|Alphabet
Apple Inc.|
Facebook|Meta
Twitter|
Amazon.com|
Samsung|Samsung Electronics
Hyundai|
Hyundai Asan|
LG|
Lockheed Martin|
Boeing|
Raytheon|
Northrop Grumman|
General Dynamics|
Huawei|
ZTE|
TikTok|ByteDance
SpaceX|
Tesla|
Toyota|
Sony|
Mitsubishi Heavy Industries|Mitsubishi
Tokyo Electric Power Company|TEPCO;Tokyo Electric Power Co.
Asiana Airlines|Asiana
Korean Air|
Air Koryo|
Gazprom|
Rosneft|
`;

/** Non-state armed or political groups: organizations, since `group` is a `<leader> group` (annotation-rules). */
const GROUPS = `
Taliban|the Taliban
Hamas|Islamic Resistance Movement of Palestine;Islamic Resistance Movement
Hezbollah|Hizbollah
Islamic State|ISIS;ISIL;IS militants
Al-Qaeda|Al Qaeda;al-Qaeda
Houthis|Houthi;Ansar Allah
`;

/** Ministries we generate for every country: foreign affairs and defence. */
function ministryEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const c of COUNTRIES) {
    const slug = c.key.slice('country:'.length);
    // State names as they sit in `the Foreign Ministry of X`; demonyms and bare names precede it.
    const names = c.names.filter((n) => n !== 'the States' && !n.startsWith('puppet'));
    const adjectives = [...names, ...c.demonyms.filter((d) => !/s$/.test(d) || d === 'Swiss')];
    const build = (
      label: string,
      heads: readonly string[],
      ofForms: readonly string[],
    ): GazetteerEntry => {
      const aliases = new Set<string>();
      for (const a of adjectives) {
        for (const h of heads) {
          aliases.add(`${a} ${h}`);
          aliases.add(`${a}'s ${h}`);
          aliases.add(`${a}’s ${h}`);
        }
      }
      for (const n of names) for (const f of ofForms) aliases.add(`${f} of ${n}`);
      for (const n of names) for (const f of ofForms) aliases.add(`${f} of the ${n}`);
      return {
        key: `organization:${slugify(label)}-of-${slug}`,
        name: `${label} of ${c.name}`,
        kind: 'organization',
        aliases: [...aliases],
        partOf: c.key,
      };
    };
    out.push(
      build(
        'Foreign Ministry',
        // India's and Sri Lanka's foreign ministries are named for External Affairs.
        [
          'Foreign Ministry',
          'Ministry of Foreign Affairs',
          'foreign ministry',
          'Foreign Office',
          'External Affairs Ministry',
          'Ministry of External Affairs',
        ],
        [
          'Foreign Ministry',
          'Ministry of Foreign Affairs',
          'the Foreign Ministry',
          'Ministry of External Affairs',
        ],
      ),
    );
    out.push(
      build(
        'Defence Ministry',
        [
          'Defence Ministry',
          'Defense Ministry',
          'Ministry of Defence',
          'Ministry of Defense',
          'Ministry of National Defence',
          'Ministry of National Defense',
        ],
        [
          'Ministry of Defence',
          'Ministry of Defense',
          'Defence Ministry',
          'Defense Ministry',
          'Ministry of National Defence',
          'Ministry of National Defense',
        ],
      ),
    );
  }
  return out;
}

/** Organizations (international bodies, state bodies, parties, companies, armed groups). */
export function organizationEntries(): GazetteerEntry[] {
  return [
    ...table('organization', INTERNATIONAL),
    ...table('organization', DPRK_BODIES),
    ...table('organization', COMPANIES),
    ...table('organization', GROUPS),
    ...ministryEntries(),
  ];
}
