import { slugify } from '../keys';
import type { GazetteerEntry } from './types';

/**
 * Our own outlet and agency list: `Name|aliases|home country`. The canonical name is the one the
 * outlet uses now (ITAR-TASS became TASS in 2014; both name one actor). The third column is for the
 * reader only: an outlet is not `partOf` its country, so it creates no edge.
 */
const OUTLETS = `
Rodong Sinmun|Rodong Sinmun;Nodong Sinmun;Rodong Sinmun newspaper|country:north-korea
Minju Joson|Minju Choson|country:north-korea
Joson Inmingun|Choson Inmingun|country:north-korea
Chongnyon Jonwi||country:north-korea
KCNA|Korean Central News Agency;KCNA|country:north-korea
Korean Central TV|Korean Central Television;KCTV;DPRK Central TV|country:north-korea
Voice of Korea||country:north-korea
Uriminzokkiri|Uriminjokkiri|country:north-korea
Tongil Sinbo||country:north-korea
Choson Sinbo|Chosun Sinbo|country:north-korea
Kyonghyang Sinmun|Kyunghyang Shinmun;Kyunghyang Sinmun;Kyunghyang;Kyunghyang Daily;Kyunghyang Daily News|country:south-korea
Xinhua|Xinhua News Agency;Xinhua news agency;Xinhuanet|country:china
People's Daily|People’s Daily;Renmin Ribao|country:china
Global Times|Huanqiu Shibao;Huan Qiu Shibao;Huanqiu|country:china
CCTV|China Central Television;China Central TV;Chinese Central TV;Chinese Central Television|country:china
China Daily||country:china
China News Service||country:china
Guangming Daily||country:china
TASS|ITAR-TASS;ITAR-TASS news agency;TASS news agency;Itar-Tass|country:russia
RIA Novosti|Ria-Novosti;RIA-Novosti;Ria Novosti|country:russia
Sputnik||country:russia
RT|Russia Today|country:russia
Voice of Russia||country:russia
Pravda||country:russia
Rossiyskaya Gazeta||country:russia
Interfax||country:russia
Komsomolskaya Pravda||country:russia
Vremya Perementeve||country:russia
Yonhap|Yonhap News Agency;Yonhap News|country:south-korea
KBS|Korean Broadcasting System|country:south-korea
MBC|Munhwa Broadcasting Corporation|country:south-korea
YTN||country:south-korea
Chosun Ilbo|Joseon Ilbo|country:south-korea
JoongAng Ilbo|Joongang Ilbo;Choongang Ilbo;Jungang Ilbo|country:south-korea
Dong-A Ilbo|Donga Ilbo;Tong-A Ilbo|country:south-korea
Hankyoreh|Hankyoreh Sinmun;Hankyoreh Shinmun;Hangyore;Hangyore Sinmun;Hankyore|country:south-korea
Hankook Ilbo|Hankuk Ilbo;Hankuk Daily|country:south-korea
OhmyNews||country:south-korea
Kyodo|Kyodo News;Kyodo News Agency;Kyodo news|country:japan
Jiji Press|Jiji|country:japan
NHK||country:japan
Asahi Shimbun||country:japan
TV Asahi|Asahi TV|country:japan
Mainichi Shimbun||country:japan
Yomiuri Shimbun||country:japan
Sankei Shimbun||country:japan
Tokyo Shimbun||country:japan
Nihon Keizai Shimbun|Nikkei|country:japan
Japan Times||country:japan
AP|Associated Press;A.P.|country:united-states
UPI|United Press International|country:united-states
CNN||country:united-states
VOA|Voice of America|country:united-states
Radio Free Asia|RFA|country:united-states
New York Times|The New York Times|country:united-states
Washington Post|The Washington Post|country:united-states
Wall Street Journal|The Wall Street Journal|country:united-states
USA Today||country:united-states
International Herald Tribune||country:united-states
Baltimore Sun||country:united-states
Fox News||country:united-states
NBC||country:united-states
CBS||country:united-states
ABC|ABC News|
Bloomberg||country:united-states
Politico|Politico EU|country:united-states
Newsweek||country:united-states
The Diplomat||
AFP|Agence France-Presse;Agence France Presse|country:france
Le Monde||country:france
Reuters||country:united-kingdom
BBC|British Broadcasting Corporation|country:united-kingdom
The Guardian||country:united-kingdom
Financial Times||country:united-kingdom
Daily Mail|The Daily Mail;Mail Online|country:united-kingdom
The Economist||country:united-kingdom
The Times||country:united-kingdom
Der Spiegel|Spiegel|country:germany
Deutsche Welle|DW|country:germany
dpa|Deutsche Presse-Agentur|country:germany
Prensa Latina|Prensa-Latina|country:cuba
Granma||country:cuba
Radio Reloj||country:cuba
Telesur|teleSUR|country:venezuela
SAPA|South African Press Association|country:south-africa
Press TV|Press TV Broadcasting|country:iran
IRNA|Islamic Republic News Agency;Islamic Republic News|country:iran
Kayhan International||country:iran
Kayhan||country:iran
Tasnim|Tasnim News Agency|country:iran
Al Baath|Al-Baath|country:syria
CTK|Czech News Agency|country:czech-republic
PAP|Polish Press Agency|country:poland
MTI|Hungarian News Agency|country:hungary
BTA|Bulgarian News Agency|country:bulgaria
MENA|Middle East News Agency|country:egypt
Al-Ahram|Al Ahram|country:egypt
APS|Algeria Press Service|country:algeria
WAFA|Palestinian News Agency|country:palestine
Mongolian News Agency|Montsame|country:mongolia
BelTA|Belarusian Telegraph Agency|country:belarus
Ukrinform||country:ukraine
TRT||country:turkey
Anadolu Agency|Anadolu|country:turkey
Al Jazeera|Aljazeera|country:qatar
Haaretz|Haaretz Daily|country:israel
SANA|Syrian Arab News Agency|country:syria
Vietnam News Agency|VNA|country:vietnam
KPL|Lao News Agency|country:laos
Antara|ANTARA|country:indonesia
Bernama||country:malaysia
PTI|Press Trust of India|country:india
Rising Nepal|The Rising Nepal|country:nepal
EFE|Agencia EFE|country:spain
ANSA||country:italy
O.R.T.|ORT|country:russia
Jaju Minbo|Jajuminbo|country:south-korea
Minjok Thongsin||country:united-states
Minjok 21||country:south-korea
Thongil News||country:south-korea
Pracheachon||country:cambodia
AKP|AKP News Agency;AKP news agency;Agence Kampuchea Presse|country:cambodia
Apsara TV|Apsara Television|country:cambodia
FM 90.5|FM 90.5 Radio;Radio FM 90.5;F.M.90.5;FM90.5;F.M. 90.5;F.M. 90.5 Radio|country:cambodia
Kmae Amata||country:cambodia
Pasason||country:laos
Congtap Pasason Lao||country:laos
Vientiane Mai||country:laos
Blits|Blitz|country:bangladesh
Ekota||country:bangladesh
Natun Katha||country:bangladesh
Natun Bangla||country:bangladesh
Majodur|The Majodur|country:nepal
Ilal Amam||country:palestine
Radio Centenario|C. Equis 36 Radio Centenario;Equis 36 Radio Centenario|country:uruguay
Tyokansan Sanomat||country:finland
Voice of People||country:south-korea
Nakhodkinski Rabochi||country:russia
Defence and Humanity|Defense and Humanity|country:india
Science, Technology and Education News|Science Technology and Education News|country:india
India Europe News and Information Bureau||country:india
Raboche-Krestiyanskaya Pravda|Raboche Krestiyanskaya Pravda|country:russia
`;

/** Outlet entries from our own list (deduplicated by key). */
export function outletEntries(): GazetteerEntry[] {
  const byKey = new Map<string, GazetteerEntry>();
  for (const line of OUTLETS.split('\n')) {
    if (line.trim() === '') continue;
    const [name = '', aliasText = ''] = line.split('|');
    const key = `outlet:${slugify(name)}`;
    if (byKey.has(key)) continue;
    const aliases = [name, ...aliasText.split(';').filter((a) => a !== '')];
    byKey.set(key, { key, name, kind: 'outlet', aliases: [...new Set(aliases)] });
  }
  return [...byKey.values()];
}
