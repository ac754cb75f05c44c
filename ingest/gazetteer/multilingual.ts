import { russianForms } from './russian-forms';

/**
 * Names of our canonical actors in Korean, Chinese, Russian, Japanese and Spanish, so a KCNA story
 * in any of them links to the same graph nodes as the English one. Rows are `key|name;name;...`; the key
 * must be an entry of the English gazetteer (a test checks it). A row whose key is `-` blocks its
 * names: a phrase that contains a shorter name but means something else (`조선반도` is the Korean
 * peninsula, not the DPRK).
 *
 * Hangul, Han and kana names match anywhere, with no word boundary: Chinese and Japanese write no
 * spaces and Korean glues particles to nouns (`미국의`, `조선을`). A name written `^이란` must not
 * follow a letter (`사람이란` is a particle, `이란의` is Iran). Cyrillic and Latin names always need
 * word boundaries; their case forms come from `russianForms` (tags `/N`, `/S`, `/A`, `/D`, `/P`).
 *
 * Left out on purpose: bare `인도` (India, but also 人道 in `인도주의`), bare `Корея` and `조선말`-style
 * words for the nation or language, one-character Chinese abbreviations (`美`, `中`, `俄`).
 */

/** Korean, in both DPRK and ROK spelling where they differ (`로씨야` / `러시아`). */
const KOREAN = `
country:united-states|미국;미합중국;미제
country:north-korea|조선;조선민주주의인민공화국;북조선;북한
country:south-korea|남조선;한국;대한민국;남한;괴뢰한국
country:china|중국;중화인민공화국
country:japan|일본
country:russia|로씨야;러시아;로씨야련방;러시아연방
country:united-kingdom|^영국
country:france|프랑스;프랑스공화국
country:germany|^독일;도이췰란드
country:italy|이딸리아;이탈리아
country:canada|카나다;캐나다
country:australia|오스트랄리아;오스트레일리아;^호주
country:brazil|브라질
country:argentina|아르헨띠나;아르헨티나
country:mexico|메히꼬;멕시코
country:india|인디아;인도공화국
country:indonesia|인도네시아
country:saudi-arabia|사우디아라비아;싸우디아라비아
country:south-africa|남아프리카공화국;남아프리카;남아공
country:turkey|뛰르끼예;튀르키예;터키
country:mongolia|몽골
country:vietnam|윁남;베트남
country:laos|라오스
country:cuba|꾸바;쿠바
country:iran|^이란
country:syria|^수리아;시리아
country:belarus|벨라루씨;벨라루스
country:ukraine|우크라이나
country:israel|이스라엘
country:palestine|팔레스티나;팔레스타인
country:venezuela|웨네수엘라;베네수엘라
country:nicaragua|니까라과;니카라과
country:egypt|에짚트;이집트
country:pakistan|빠끼스딴;파키스탄
country:bangladesh|방글라데슈;방글라데시
country:nepal|네팔
country:cambodia|캄보쟈;캄보디아
country:thailand|타이왕국;태국
country:malaysia|말레이시아
country:singapore|싱가포르;싱가뽀르
country:philippines|필리핀
country:spain|에스빠냐;스페인
country:soviet-union|쏘련;소련
organization:united-nations|유엔;국제련합;국제연합
organization:un-security-council|유엔안전보장리사회;유엔안전보장이사회;안전보장리사회;안전보장이사회;유엔안보리;안보리
organization:un-general-assembly|유엔총회
organization:workers-party-of-korea|조선로동당;조선노동당;로동당
organization:wpk-central-committee|조선로동당 중앙위원회;조선로동당중앙위원회;당중앙위원회
organization:central-military-commission-of-the-wpk|당중앙군사위원회;조선로동당 중앙군사위원회
organization:korean-peoples-army|조선인민군
organization:chinese-peoples-volunteers|중국인민지원군
organization:state-affairs-commission|국무위원회
organization:national-defence-commission|국방위원회
organization:supreme-peoples-assembly|최고인민회의
organization:presidium-of-the-supreme-peoples-assembly|최고인민회의 상임위원회;최고인민회의상임위원회
organization:foreign-ministry-of-north-korea|조선외무성;조선민주주의인민공화국 외무성
organization:european-union|유럽동맹;유럽련합;유럽연합
organization:nato|나토;북대서양조약기구
organization:asean|아세안
organization:international-atomic-energy-agency|국제원자력기구
organization:communist-party-of-china|중국공산당
organization:grand-national-party|한나라당
organization:people-power-party|국민의힘
organization:white-house|백악관
organization:pentagon|펜타곤
organization:kim-il-sung-university|김일성종합대학
organization:general-association-of-korean-residents-in-japan|재일본조선인총련합회;^총련
outlet:kcna|조선중앙통신;조선중앙통신사
outlet:rodong-sinmun|로동신문;노동신문
outlet:minju-joson|민주조선
outlet:korean-central-tv|조선중앙TV;조선중앙텔레비죤;조선중앙텔레비전
outlet:choson-sinbo|조선신보
outlet:chosun-ilbo|조선일보
outlet:xinhua|신화통신;^신화사
outlet:tass|이타르타스;타스통신;따스통신
outlet:yonhap|련합뉴스;연합뉴스;련합통신;연합통신
outlet:kyodo|교도통신
outlet:peoples-daily|인민일보
person:kim-jong-un|김정은
person:kim-il-sung|김일성
person:kim-jong-il|김정일
person:kim-yo-jong|김여정
person:kim-jong-suk|김정숙
person:kim-ju-ae|김주애
person:ri-sol-ju|리설주
person:kim-yong-nam|김영남
person:choe-ryong-hae|최룡해
person:choe-son-hui|최선희
person:pak-pong-ju|박봉주
person:kim-tok-hun|김덕훈
person:jang-song-thaek|장성택
person:yoon-suk-yeol|윤석열
person:moon-jae-in|문재인
person:lee-myung-bak|리명박;이명박
person:park-geun-hye|박근혜
person:xi-jinping|습근평;시진핑
person:vladimir-putin|뿌찐;푸틴
person:sergey-lavrov|라브로브;라브로프
person:joe-biden|바이든
person:donald-trump|트럼프
person:barack-obama|오바마
person:fumio-kishida|기시다
person:shinzo-abe|아베
-|조선반도;조선인민;조선전쟁;조선민족;조선사람;조선말;조선어;조선옷;조선족;조선왕조;조선시대;조선소;조선업;고조선;한국전쟁;한국어;김일성광장;김일성상;김일성훈장;김정일훈장;김정일상;김일성주의;김정일주의;김일성-김정일주의;김일성김정일주의;일본해;미제품;김정일애국주의
`;

/** Simplified Chinese (PRC usage: `朝鲜` is the DPRK, `韩国` the ROK). */
const CHINESE = `
country:united-states|美国;美利坚合众国;美军
country:north-korea|朝鲜;朝鲜民主主义人民共和国;北朝鲜
country:south-korea|韩国;南朝鲜;大韩民国;韩方
country:china|中国;中华人民共和国
country:japan|日本
country:russia|俄罗斯;俄罗斯联邦;俄方
country:united-kingdom|英国
country:france|法国
country:germany|德国
country:italy|意大利
country:canada|加拿大
country:australia|澳大利亚
country:brazil|巴西
country:argentina|阿根廷
country:mexico|墨西哥
country:india|印度
country:indonesia|印度尼西亚;印尼
country:saudi-arabia|沙特阿拉伯;沙特
country:south-africa|南非
country:turkey|土耳其
country:mongolia|蒙古国;蒙古
country:vietnam|越南
country:laos|老挝
country:cuba|古巴
country:iran|伊朗
country:syria|叙利亚
country:belarus|白俄罗斯
country:ukraine|乌克兰
country:israel|以色列
country:palestine|巴勒斯坦
country:venezuela|委内瑞拉
country:nicaragua|尼加拉瓜
country:egypt|埃及
country:pakistan|巴基斯坦
country:cambodia|柬埔寨
country:thailand|泰国
country:philippines|菲律宾
country:spain|西班牙
country:taiwan|台湾
country:soviet-union|苏联
organization:united-nations|联合国
organization:un-security-council|联合国安理会;联合国安全理事会;安理会
organization:un-general-assembly|联合国大会
organization:workers-party-of-korea|朝鲜劳动党;劳动党
organization:wpk-central-committee|朝鲜劳动党中央委员会;劳动党中央委员会
organization:central-military-commission-of-the-wpk|朝鲜劳动党中央军事委员会;劳动党中央军事委员会
organization:presidium-of-the-supreme-peoples-assembly|最高人民会议常任委员会
organization:korean-peoples-army|朝鲜人民军
organization:state-affairs-commission|朝鲜国务委员会
organization:supreme-peoples-assembly|最高人民会议
organization:foreign-ministry-of-north-korea|朝鲜外务省
organization:foreign-ministry-of-china|中国外交部
organization:european-union|欧盟;欧洲联盟
organization:nato|北约;北大西洋公约组织
organization:asean|东盟
organization:international-atomic-energy-agency|国际原子能机构
organization:shanghai-cooperation-organization|上海合作组织;上合组织
organization:brics|金砖国家
organization:communist-party-of-china|中国共产党
organization:chinese-peoples-volunteers|中国人民志愿军
organization:white-house|白宫
organization:pentagon|五角大楼
organization:kremlin|克里姆林宫
outlet:kcna|朝中社;朝鲜中央通讯社
outlet:rodong-sinmun|劳动新闻
outlet:minju-joson|民主朝鲜
outlet:korean-central-tv|朝鲜中央电视台
outlet:chosun-ilbo|朝鲜日报
outlet:xinhua|新华社;新华通讯社
outlet:tass|塔斯社
outlet:ria-novosti|俄新社
outlet:yonhap|韩联社
outlet:kyodo|共同社
outlet:peoples-daily|人民日报
outlet:global-times|环球时报
outlet:cctv|中央电视台
outlet:voa|美国之音
person:kim-jong-un|金正恩
person:kim-il-sung|金日成
person:kim-jong-il|金正日
person:kim-yo-jong|金与正
person:ri-sol-ju|李雪主
person:kim-jong-suk|金正淑
person:kim-yong-nam|金永南
person:jang-song-thaek|张成泽
person:pak-pong-ju|朴凤柱
person:choe-ryong-hae|崔龙海
person:choe-son-hui|崔善姬
person:yoon-suk-yeol|尹锡悦
person:moon-jae-in|文在寅
person:lee-myung-bak|李明博
person:park-geun-hye|朴槿惠
person:xi-jinping|习近平
person:vladimir-putin|普京
person:sergey-lavrov|拉夫罗夫
person:wang-yi|王毅
person:joe-biden|拜登
person:donald-trump|特朗普
person:barack-obama|奥巴马
person:fumio-kishida|岸田文雄
person:shinzo-abe|安倍晋三
person:antonio-guterres|古特雷斯
-|朝鲜半岛;朝鲜人民;朝鲜战争;朝鲜族;朝鲜语;日本海;南中国海;内蒙古;印度洋;发展中国家;中国际;金日成广场;金日成综合大学;金正日爱国主义;中国东海;中国南海
`;

/** Japanese (kanji and katakana; `北朝鮮` is the DPRK). */
const JAPANESE = `
country:united-states|米国;アメリカ;米軍
country:north-korea|北朝鮮;朝鮮民主主義人民共和国
country:south-korea|韓国;大韓民国
country:china|中華人民共和国
country:russia|ロシア
country:united-kingdom|イギリス;英国
country:france|フランス
country:germany|ドイツ
organization:united-nations|国連;国際連合
organization:un-security-council|国連安全保障理事会;国連安保理;安保理
organization:workers-party-of-korea|朝鮮労働党
outlet:kcna|朝鮮中央通信
outlet:rodong-sinmun|労働新聞
outlet:xinhua|新華社
outlet:tass|タス通信
outlet:yonhap|聯合ニュース
outlet:kyodo|共同通信
person:kim-jong-un|金正恩
person:kim-yo-jong|金与正
person:vladimir-putin|プーチン
person:joe-biden|バイデン
person:donald-trump|トランプ
person:xi-jinping|習近平
-|朝鮮半島;朝鮮戦争;日本海
`;

/** Russian: tagged names are declined (see russian-forms.ts), untagged ones match as written. */
const RUSSIAN = `
country:united-states|США;Соединённые/A Штаты/N Америки;Соединённые/A Штаты/N;Америка/N;американский/D;американец/P
country:north-korea|КНДР;Корейская/A Народно-Демократическая/A Республика/N;Северная/A Корея/N;северокорейский/D
country:south-korea|Южная/A Корея/N;Республика/N Корея;южнокорейский/D
country:china|Китай/N;КНР;Китайская/A Народная/A Республика/N;китайский/D
country:japan|Япония/N;японский/D;японец/P
country:russia|Россия/N;Российская/A Федерация/N;РФ;российский/D
country:united-kingdom|Великобритания/N;Соединённое/A Королевство/N;британский/D;британец/P
country:france|Франция/N;французский/D
country:germany|Германия/N;ФРГ;германский/D;немецкий/D
country:italy|Италия/N;итальянский/D
country:canada|Канада/N;канадский/D
country:australia|Австралия/N;австралийский/D
country:brazil|Бразилия/N;бразильский/D
country:argentina|Аргентина/N
country:mexico|Мексика/N;мексиканский/D
country:india|Индия/N;индийский/D
country:indonesia|Индонезия/N;индонезийский/D
country:saudi-arabia|Саудовская/A Аравия/N
country:south-africa|ЮАР;Южно-Африканская/A Республика/N
country:turkey|Турция/N;турецкий/D
country:mongolia|Монголия/N;монгольский/D
country:vietnam|Вьетнам/N;вьетнамский/D
country:laos|Лаос/N;лаосский/D
country:cuba|Куба/N;кубинский/D
country:iran|Иран/N;иранский/D
country:syria|Сирия/N;сирийский/D
country:belarus|Белоруссия/N;Беларусь;Беларуси;Беларусью;белорусский/D
country:ukraine|Украина/N;украинский/D
country:israel|Израиль/N;израильский/D
country:palestine|Палестина/N;палестинский/D
country:venezuela|Венесуэла/N;венесуэльский/D
country:nicaragua|Никарагуа
country:egypt|Египет;Египта;Египту;Египтом;Египте;египетский/D
country:pakistan|Пакистан/N;пакистанский/D
country:cambodia|Камбоджа/N
country:thailand|Таиланд/N
country:philippines|Филиппины;Филиппин;Филиппинам;Филиппинами;Филиппинах
country:spain|Испания/N;испанский/D
country:taiwan|Тайвань/N
country:soviet-union|СССР;Советский/A Союз/N
organization:united-nations|ООН;Организация/N Объединённых Наций
organization:un-security-council|Совет/N Безопасности ООН;СБ ООН;Совбез/N ООН
organization:un-general-assembly|Генеральная/A Ассамблея/N ООН;Генассамблея/N ООН
organization:workers-party-of-korea|Трудовая/A партия/N Кореи;ТПК
organization:wpk-central-committee|ЦК ТПК;Центральный/A комитет/N Трудовой партии Кореи
organization:korean-peoples-army|Корейская/A народная/A армия/N;КНА
organization:supreme-peoples-assembly|Верховное/A народное/A собрание/N
organization:presidium-of-the-supreme-peoples-assembly|Президиум/N Верховного народного собрания;Президиум/N ВНС
organization:central-military-commission-of-the-wpk|Центральный/A военный/A комитет/N ТПК
organization:foreign-ministry-of-north-korea|МИД КНДР;Министерство/N иностранных дел КНДР
organization:foreign-ministry-of-russia|МИД России;МИД РФ;Министерство/N иностранных дел России
organization:european-union|ЕС;Евросоюз/N;Европейский/A союз/N
organization:nato|НАТО
organization:asean|АСЕАН
organization:international-atomic-energy-agency|МАГАТЭ
organization:shanghai-cooperation-organization|ШОС
organization:brics|БРИКС
organization:communist-party-of-china|КПК;Коммунистическая/A партия/N Китая
organization:white-house|Белый/A дом/N
organization:pentagon|Пентагон/N
organization:kremlin|Кремль/N;Кремлём
organization:u-s-department-of-state|Госдепартамент/N США;Госдепартамент/N;Госдеп/N
outlet:kcna|ЦТАК;Центральное/A телеграфное/A агентство/N Кореи
outlet:rodong-sinmun|Нодон синмун;Нодон Синмун
outlet:minju-joson|Минджу Чосон
outlet:xinhua|Синьхуа
outlet:tass|ТАСС;ИТАР-ТАСС
outlet:ria-novosti|РИА Новости
outlet:yonhap|Рёнхап;Ёнхап
outlet:kyodo|Киодо
outlet:peoples-daily|Жэньминь жибао
person:kim-jong-un|Ким Чен Ын/N
person:kim-il-sung|Ким Ир Сен/N
person:kim-jong-il|Ким Чен Ир/N
person:kim-yo-jong|Ким Ё Чжон;Ким Е Чжон
person:kim-jong-suk|Ким Чен Сук
person:choe-son-hui|Цой Сон Хи
person:choe-ryong-hae|Цой Рён Хэ
person:kim-yong-nam|Ким Ён Нам
person:jang-song-thaek|Чан Сон Тхэк
person:pak-pong-ju|Пак Пон Чжу
person:lee-myung-bak|Ли Мён Бак
person:park-geun-hye|Пак Кын Хе
person:moon-jae-in|Мун Чжэ Ин
person:yoon-suk-yeol|Юн Сок Ёль/N
person:xi-jinping|Си Цзиньпин/N
person:vladimir-putin|Путин/S;Владимир/N Путин/S
person:sergey-lavrov|Лавров/S;Сергей/N Лавров/S
person:sergei-shoigu|Шойгу;Сергей/N Шойгу
person:dmitry-medvedev|Медведев/S
person:joe-biden|Байден/N;Джо Байден/N
person:donald-trump|Трамп/N;Дональд/N Трамп/N
person:fumio-kishida|Кисида/N
person:antonio-guterres|Гутерриш/N
-|Латинская/A Америка/N;Южная/A Америка/N;Северная/A Америка/N;Центральная/A Америка/N
`;

/**
 * Spanish (KCNA's Spanish service): only what the English gazetteer misses, since it still runs on
 * Latin-script text. `o/D` and `és/D` words are demonym adjectives in both genders and numbers.
 * Every form also matches without accents and, when lower-case, capitalized.
 */
const SPANISH = `
country:united-states|EE.UU.;EEUU;Estados Unidos;Estados Unidos de América;norteamericano/D;estadounidense;estadounidenses
country:north-korea|RPDC;República Popular Democrática de Corea;Corea del Norte;norcoreano/D
country:south-korea|Sur de Corea;Corea del Sur;Surcorea;República de Corea;surcoreano/D
country:japan|Japón;japonés/D
country:china|chino/D
country:russia|Rusia;Federación de Rusia;Federación Rusa;ruso/D
country:united-kingdom|Reino Unido;Gran Bretaña;británico/D
country:france|Francia;francés/D
country:germany|Alemania;alemán;alemana;alemanes;alemanas
country:cuba|cubano/D
country:mexico|México;mexicano/D
country:spain|España
country:brazil|Brasil;brasileño/D
country:italy|Italia;italiano/D
country:iran|Irán;iraní;iraníes
country:syria|Siria;sirio/D
country:egypt|Egipto;egipcio/D
country:vietnam|vietnamita;vietnamitas
country:cambodia|Camboya;camboyano/D
country:laos|laosiano/D
country:indonesia|indonesio/D
country:thailand|Tailandia;tailandés/D
country:philippines|Filipinas;filipino/D
country:malaysia|Malasia;malasio/D
country:singapore|Singapur
country:pakistan|Pakistán;paquistaní;paquistaníes;pakistaní;pakistaníes
country:peru|Perú;peruano/D
country:denmark|Dinamarca;danés/D
country:sweden|Suecia;sueco/D
country:finland|Finlandia;finlandés/D
country:poland|Polonia;polaco/D
country:romania|Rumania;Rumanía;rumano/D
country:iraq|Irak;Iraq;iraquí;iraquíes
country:libya|Libia;libio/D
country:south-africa|Sudáfrica;sudafricano/D
country:ukraine|Ucrania;ucraniano/D
country:canada|Canadá;canadiense;canadienses
country:switzerland|Suiza;suizo/D
country:palestine|Palestina;palestino/D
country:nepal|nepalés/D
country:venezuela|venezolano/D
country:nigeria|nigeriano/D
country:turkey|Turquía;turco/D
country:bolivia|boliviano/D
country:nicaragua|nicaragüense;nicaragüenses
organization:united-nations|ONU;Naciones Unidas;Organización de las Naciones Unidas
organization:un-security-council|Consejo de Seguridad de la ONU;Consejo de Seguridad de las Naciones Unidas
organization:workers-party-of-korea|Partido del Trabajo de Corea;PTC
organization:wpk-central-committee|Comité Central del Partido del Trabajo de Corea;Comité Central del PTC
organization:korean-peoples-army|Ejército Popular de Corea;EPC
organization:japan-self-defense-forces|Fuerzas de Autodefensa;Fuerzas de Autodefensa de Japón
organization:national-intelligence-service|Servicio Nacional de Inteligencia
organization:korean-friendship-association|Asociación de Amistad con Corea
organization:foreign-ministry-of-north-korea|Ministerio de Relaciones Exteriores de la RPDC;Ministerio de Relaciones Exteriores de la República Popular Democrática de Corea
organization:general-association-of-korean-residents-in-japan|Asociación General de Coreanos Residentes en Japón;Asociación General de Coreanos en Japón
organization:kim-il-sung-socialist-youth-league|Unión de la Juventud Socialista Kim Il Sung
organization:general-federation-of-trade-unions-of-korea|Federación General de los Sindicatos de Corea
organization:korean-committee-for-cultural-relations-with-foreign-countries|Comité Coreano de Relaciones Culturales con el Extranjero
organization:dprk-academy-of-sciences|Academia Estatal de Ciencias
organization:dprk-red-cross-society|Asociación de la Cruz Roja de la República Popular Democrática de Corea;Asociación de la Cruz Roja de la RPDC
organization:kim-chaek-university-of-technology|Universidad Politécnica Kim Chaek
organization:communist-party-of-china|Partido Comunista de China;PCCh
organization:communist-party-of-cuba|Partido Comunista de Cuba
organization:communist-party-of-vietnam|Partido Comunista de Vietnam
organization:grand-national-party|Gran Partido Nacional
organization:dprk-cabinet|Consejo de Ministros
organization:supreme-peoples-assembly|Asamblea Popular Suprema
organization:national-defence-commission|Comité de Defensa Nacional
organization:state-affairs-commission|Comisión de Asuntos Estatales
organization:european-union|Unión Europea
organization:nato|OTAN
outlet:kcna|ACNC;Agencia Central de Noticias de Corea
-|América Latina;Latinoamérica
-|Consejo de Ministros de Cuba;Consejo de Estado y de Ministros
`;

/** One surface form and what it names; `key` undefined for a blocking phrase. */
export interface MultilingualName {
  readonly surface: string;
  readonly key: string | undefined;
  /** The form must not follow a letter or digit (Cyrillic and Latin names, `^`-marked Hangul ones). */
  readonly leftBoundary: boolean;
  /** The form must not be followed by a letter or digit (Cyrillic and Latin names). */
  readonly rightBoundary: boolean;
  readonly language: 'ko' | 'zh' | 'ja' | 'ru' | 'es';
}

const TABLES = [
  ['ko', KOREAN],
  ['zh', CHINESE],
  ['ja', JAPANESE],
  ['ru', RUSSIAN],
  ['es', SPANISH],
] as const;

/** Hangul, kana and Han are written without word boundaries; every other script has them. */
const UNBOUNDED_SCRIPT =
  /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF]/;

const SPANISH_DEMONYM: readonly [RegExp, readonly string[]][] = [
  [/o\/D$/, ['o', 'os', 'a', 'as']],
  [/és\/D$/, ['és', 'eses', 'esa', 'esas']],
];

/** A Spanish name's forms: demonym endings, then accent-free and capitalized spellings. */
function spanishForms(written: string): string[] {
  let forms = [written];
  for (const [tag, endings] of SPANISH_DEMONYM) {
    const m = tag.exec(written);
    if (m !== null) forms = endings.map((e) => `${written.slice(0, m.index)}${e}`);
  }
  const out = new Set<string>();
  for (const form of forms) {
    const bare = form
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
    for (const f of [form, bare]) {
      out.add(f);
      out.add(f.charAt(0).toUpperCase() + f.slice(1));
    }
  }
  return [...out];
}

function formsOf(language: MultilingualName['language'], written: string): string[] {
  if (language === 'ru') return russianForms(written);
  if (language === 'es') return spanishForms(written);
  return [written];
}

function namesOf(language: MultilingualName['language'], table: string): MultilingualName[] {
  const out: MultilingualName[] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const [keyText = '', nameText = ''] = line.split('|');
    const key = keyText === '-' ? undefined : keyText;
    for (const written of nameText.split(';')) {
      if (written === '') continue;
      const marked = written.startsWith('^');
      const bare = marked ? written.slice(1) : written;
      for (const surface of formsOf(language, bare)) {
        const bounded = !UNBOUNDED_SCRIPT.test(surface);
        out.push({
          surface,
          key,
          leftBoundary: marked || bounded,
          rightBoundary: bounded,
          language,
        });
      }
    }
  }
  return out;
}

/**
 * Every multilingual surface form. A form listed twice must name the same key (Chinese and
 * Japanese share `金正恩`); two keys for one form is a table error and throws.
 */
export function multilingualNames(): MultilingualName[] {
  const bySurface = new Map<string, MultilingualName>();
  for (const [language, table] of TABLES) {
    for (const name of namesOf(language, table)) {
      const prior = bySurface.get(name.surface);
      if (prior === undefined) bySurface.set(name.surface, name);
      else if (prior.key !== name.key)
        throw new Error(
          `multilingual name ${name.surface} names both ${String(prior.key)} and ${String(name.key)}`,
        );
    }
  }
  return [...bySurface.values()];
}
