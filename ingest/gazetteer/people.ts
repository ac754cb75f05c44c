import { slugify } from '../keys';
import type { GazetteerEntry } from './types';

/**
 * Well-known people whose short forms need a canonical full name (`Snowden` -> Edward Snowden).
 * Unknown people are found by pattern in `extract/people.ts`; this list only resolves aliases that
 * a pattern cannot (bare surnames, patronymic variants).
 */
const PEOPLE = `
Kim Il Sung|Kim Il-sung
Kim Jong Il|Kim Jong-il
Kim Jong Un|Kim Jong-un;Kim Jong Un
Kim Jong Suk|
Kim Yo Jong|Kim Yo-jong
Kim Ju Ae|
Kim Yong Nam|
Choe Son Hui|
Choe Ryong Hae|
Pak Pong Ju|
Kim Tok Hun|
Jo Yong Won|
Ri Pyong Chol|
Pak Jong Chon|
Kim Yong Chol|
Ri Son Gwon|
Ri Yong Ho|
Kang Sok Ju|
Kim Kye Gwan|
Pak Ui Chun|
Ri Myong Su|
Kim Jong Gak|
Kim Yong Chun|
Jang Song Thaek|
Lee Myung Bak|Lee Myung-bak
Park Geun Hye|Park Geun-hye
Moon Jae In|Moon Jae-in
Yoon Suk Yeol|Yoon Suk-yeol
Kim Yong Hyun|Kim Yong-hyun
Shin Won Sik|Shin Won-sik
Kim Kwan Jin|Kim Kwan-jin
Hyon In Thaek|Hyun In-taek
Edward Snowden|Snowden
Barack Obama|Obama
Joe Biden|Biden;Joseph Biden
Donald Trump|Trump
George W. Bush|Bush
Antony Blinken|Blinken
Lloyd Austin|
Jake Sullivan|
Kamala Harris|
Mike Pompeo|Pompeo
Leon Panetta|Panetta
Robert Gates|
Mike Mullen|Michael Mullen
Kurt Campbell|
Vladimir Putin|Putin;Vladimir Vladimirovich Putin
Dmitry Medvedev|Medvedev;Dmitri Medvedev
Sergey Lavrov|Sergei Lavrov;Lavrov
Sergei Shoigu|Sergey Shoigu;Shoigu
Xi Jinping|
Hu Jintao|
Wen Jiabao|
Li Keqiang|
Wang Yi|
Naoto Kan|
Yoshihiko Noda|
Shinzo Abe|Abe
Saddam Hussein|
Hitler|Adolf Hitler
Fumio Kishida|Kishida
Yoshimasa Hayashi|
Volodymyr Zelensky|Zelensky;Zelenskyy;Zelenskiy;Volodymyr Zelenskiy
Ban Ki-moon|Ban Ki Moon
Antonio Guterres|António Guterres;Guterres
Fidel Castro|
Raul Castro|Raúl Castro
Hugo Chavez|Hugo Chávez
Choummaly Sayasone|
Alexander Lukashenko|Lukashenko
Muammar Gaddafi|Gaddafi;Qaddafi;Muammar Qaddafi
Bashar al-Assad|Assad
Benjamin Netanyahu|Netanyahu
Vitaly Ignatenko|V. N. Ignatenko;Vitaly N. Ignatenko;Ignatenko
Harry S. Truman|Truman;Harry Truman
Douglas MacArthur|MacArthur
Dwight D. Eisenhower|Eisenhower
Richard Nixon|Nixon
Jimmy Carter|
Ronald Reagan|Reagan
Bill Clinton|
Joseph Stalin|Stalin;J. V. Stalin
Vladimir Lenin|Lenin;V. I. Lenin
Mao Zedong|Mao Tse-tung
Zhou Enlai|
Deng Xiaoping|
Ho Chi Minh|
Kaysone Phomvihane|
Norodom Sihanouk|Sihanouk
Sukarno|
Josip Broz Tito|
Che Guevara|
Mahmoud Abbas|
Hun Sen|
Nguyen Phu Trong|
To Lam|
Kojong|Gojong
Syngman Rhee|
Park Chung Hee|Park Chung-hee
Chun Doo Hwan|Chun Doo-hwan
Roh Moo Hyun|Roh Moo-hyun
Kim Dae Jung|Kim Dae-jung
Kim Young Sam|Kim Young-sam
Ri Sol Ju|
Junichiro Koizumi|Koizumi
Yukio Hatoyama|
Katsuya Okada|
Seiji Maehara|
Hillary Clinton|Hillary Rodham Clinton
Condoleezza Rice|
Kurt Campbell|
Stephen Bosworth|Bosworth
Sung Kim|
Robert Willard|
James Thurman|
Walter Sharp|
`;

/** Known-person entries. */
export function peopleEntries(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of PEOPLE.split('\n')) {
    if (line.trim() === '') continue;
    const [name = '', aliasText = ''] = line.split('|');
    const aliases = [...new Set([name, ...aliasText.split(';').filter((a) => a !== '')])];
    out.push({ key: `person:${slugify(name)}`, name, kind: 'person', aliases });
  }
  return out;
}
