import type { Language } from '../model/graph';

/** A text of the sample in both of the app's languages. */
export interface Bilingual {
  en: string;
  ko: string;
}

export const inLanguage = (text: Bilingual, language: Language): string => text[language];

/*
 * The sample's notes, written for officers. The facts' own notes also record how the report
 * was read (which table a period came from, where two tables disagree); those stay in the facts
 * and are left out here.
 */

const SIGNED_IN_THE_1970S_AND_80S: Bilingual = {
  en: 'One of the sister cities signed one after another in the 1970s and 1980s.',
  ko: '1970~80년대에 차례로 자매결연을 맺은 도시 중 하나입니다.',
};
const SIGNED_1990_TO_1994: Bilingual = {
  en: 'One of the sister-city agreements of 1990–1994, which brought Seoul’s partner cities to 13; exchanges in administration, culture, sports and the economy.',
  ko: '서울시 교류도시를 13곳으로 늘린 1990~1994년 자매결연 중 하나로, 행정·문화·체육·경제 분야에서 교류합니다.',
};
const CONTINENTAL_BASE: Bilingual = {
  en: 'Signed to create a cooperation base on each continent.',
  ko: '대륙별 협력 거점을 마련하기 위해 체결했습니다.',
};
const EUROPEAN_TOUR: Bilingual = {
  en: 'Exchange agreement concluded during a European tour; the report does not say whether it is a sister or a friendship tie.',
  ko: '유럽 순방 중 교류협정을 체결했습니다. 보고서는 자매도시인지 우호도시인지 밝히지 않습니다.',
};
const THIRD_TERM_SISTER: Bilingual = {
  en: 'One of five sister cities signed in the 3rd elected term, which brought partner cities to 29.',
  ko: '민선 3기에 자매결연을 맺은 5개 도시 중 하나로, 교류도시가 29곳이 되었습니다.',
};
const THIRD_TERM_FRIENDSHIP: Bilingual = {
  en: 'One of three friendship agreements of the 3rd elected term.',
  ko: '민선 3기에 맺은 우호협정 3건 중 하나입니다.',
};
const FOURTH_TERM_FRIENDSHIP: Bilingual = {
  en: 'One of ten friendship agreements of the 4th elected term, which brought partner cities to 39.',
  ko: '민선 4기에 맺은 우호협정 10건 중 하나로, 교류도시가 39곳이 되었습니다.',
};
const CHINESE_COAST: Bilingual = {
  en: 'One of the five Chinese coastal provinces and cities signed to widen economic and cultural exchange with China.',
  ko: '중국과의 경제·문화 교류를 넓히기 위해 협정을 맺은 중국 연안 5개 성시 중 하나입니다.',
};
const both = (...texts: Bilingual[]): Bilingual => ({
  en: texts.map((t) => t.en).join(' '),
  ko: texts.map((t) => t.ko).join(' '),
});

/** Each partner city's note, by the facts' id. */
export const CITY_NOTES: Record<string, Bilingual> = {
  'SC-01': {
    en: 'Seoul’s first sister-city agreement, and the start of Seoul’s international exchange.',
    ko: '서울시 최초의 자매결연으로, 서울시 국제교류의 출발점입니다.',
  },
  'SC-02': SIGNED_IN_THE_1970S_AND_80S,
  'SC-03': SIGNED_IN_THE_1970S_AND_80S,
  'SC-04': SIGNED_IN_THE_1970S_AND_80S,
  'SC-05': {
    en: 'In 2017 its mayor visited Seoul, announced that Cheonggyecheon’s restoration would be the model for the Tietê River, opened a TOPIS-like integrated control centre near the Korean district of Bom Retiro and named 15 August “Korean Culture Day”. Uses Seoul’s transport, safety, education, health and environment policies as models.',
    ko: '2017년 시장이 서울을 방문해 청계천 복원을 티에테강 정비의 모델로 삼겠다고 밝혔고, 한인 밀집지역 봉헤치로 인근에 TOPIS형 통합관제센터를 열었으며, 8월 15일을 ‘한국 문화의 날’로 지정했습니다. 교통·치안·교육·보건·환경 분야에서 서울시 정책을 모델로 삼고 있습니다.',
  },
  'SC-06': SIGNED_IN_THE_1970S_AND_80S,
  'SC-07': SIGNED_IN_THE_1970S_AND_80S,
  'SC-08': SIGNED_IN_THE_1970S_AND_80S,
  'SC-09': both(SIGNED_1990_TO_1994, {
    en: 'Sister-city strengthening agreement signed with the mayor of Moscow in 2017.',
    ko: '2017년 모스크바 시장과 자매결연 강화 협정을 체결했습니다.',
  }),
  'SC-10': SIGNED_1990_TO_1994,
  'SC-11': SIGNED_1990_TO_1994,
  'SC-12': SIGNED_1990_TO_1994,
  'SC-13': SIGNED_1990_TO_1994,
  'SC-14': CONTINENTAL_BASE,
  'SC-15': CONTINENTAL_BASE,
  'SC-16': CONTINENTAL_BASE,
  'SC-17': CONTINENTAL_BASE,
  'SC-18': EUROPEAN_TOUR,
  'SC-19': EUROPEAN_TOUR,
  'SC-20': THIRD_TERM_SISTER,
  'SC-21': THIRD_TERM_SISTER,
  'SC-22': both(THIRD_TERM_SISTER, {
    en: 'Sister-city strengthening agreement signed with the mayor of Tashkent in 2017.',
    ko: '2017년 타슈켄트 시장과 자매도시 강화 협정을 체결했습니다.',
  }),
  'SC-23': THIRD_TERM_SISTER,
  'SC-24': THIRD_TERM_SISTER,
  'FC-01': THIRD_TERM_FRIENDSHIP,
  'FC-02': THIRD_TERM_FRIENDSHIP,
  'FC-03': THIRD_TERM_FRIENDSHIP,
  'FC-04': FOURTH_TERM_FRIENDSHIP,
  'FC-05': FOURTH_TERM_FRIENDSHIP,
  'FC-06': both(FOURTH_TERM_FRIENDSHIP, CHINESE_COAST),
  'FC-07': both(FOURTH_TERM_FRIENDSHIP, CHINESE_COAST),
  'FC-08': both(FOURTH_TERM_FRIENDSHIP, CHINESE_COAST),
  'FC-09': both(FOURTH_TERM_FRIENDSHIP, CHINESE_COAST),
  'FC-10': both(FOURTH_TERM_FRIENDSHIP, CHINESE_COAST),
  'FC-11': FOURTH_TERM_FRIENDSHIP,
  'FC-12': FOURTH_TERM_FRIENDSHIP,
  'FC-13': FOURTH_TERM_FRIENDSHIP,
  'FC-14': {
    en: 'New friendship cooperation agreement, signed in 2017.',
    ko: '2017년 새로 우호협력 협정을 체결했습니다.',
  },
  'FC-15': {
    en: 'New friendship cooperation agreement with the mayor of Belgrade, 2017.',
    ko: '2017년 베오그라드 시장과 우호협력 협정을 새로 체결했습니다.',
  },
  'FC-16': {
    en: 'Friendship cooperation agreement with the governor of Lombardy, 2017.',
    ko: '2017년 롬바르디아 주지사와 우호협력 협정을 체결했습니다.',
  },
  'FC-17': {
    en: 'New friendship cooperation agreement with the mayor of Tehran, 2017.',
    ko: '2017년 테헤란 시장과 우호협력 협정을 새로 체결했습니다.',
  },
  'FC-18': {
    en: 'New friendship cooperation agreement with the mayor of Panama City, 2017.',
    ko: '2017년 파나마시티 시장과 우호협력 협정을 새로 체결했습니다.',
  },
  'FC-19': {
    en: 'An existing agreement, strengthened with the mayor of London in 2017.',
    ko: '기존 협정을 2017년 런던 시장과 우호협력 강화 협정으로 격상했습니다.',
  },
};

/** Networks' own notes, by the facts' id; those whose facts note only how the report was read have none. */
export const NETWORK_NOTES: Record<string, Bilingual> = {
  'IO-01': {
    en: 'The first international organization Seoul joined.',
    ko: '서울시가 처음 가입한 국제기구입니다.',
  },
  'IO-05': {
    en: 'The first Northeast Asian city council Seoul initiated; active in the 1st and 2nd elected terms, in cultural exchange. It did not last, because of historical and territorial conflicts, the cities’ different national status, economic barriers and weak institutions, but it remains a symbol of Northeast Asian cooperation.',
    ko: '서울시가 처음 주도한 동북아 도시 협의체로, 민선 1~2기에 문화 교류를 중심으로 활동했습니다. 역사·영토 갈등, 도시 간 위상 차이, 경제적 장벽과 약한 제도 기반 때문에 지속되지 못했지만 동북아 협력의 상징으로 남아 있습니다.',
  },
  'IO-07': {
    en: 'Founded in 1990 at the UN in New York; Seoul joined in 1999.',
    ko: '1990년 뉴욕 유엔 본부에서 창립했으며, 서울시는 1999년에 가입했습니다.',
  },
  'IO-22': {
    en: 'The chair belongs to the mayor personally.',
    ko: '의장직은 서울시장 개인에게 주어진 것입니다.',
  },
};

export const SECRETARIAT_COST_NOTES: Record<string, Bilingual> = {
  WeGO: {
    en: 'Seoul pays for the secretariat: about 1.1 billion KRW a year.',
    ko: '서울시가 사무국 운영비를 부담합니다: 연간 약 11억 원.',
  },
  GSEF: {
    en: 'Seoul pays for the secretariat: about 0.9 billion KRW a year.',
    ko: '서울시가 사무국 운영비를 부담합니다: 연간 약 9억 원.',
  },
};

/** Projects' own notes, by the facts' id. */
export const PROJECT_NOTES: Record<string, Bilingual> = {
  'UR-04': {
    en: 'Seoul designed the track system, the core of the rail system: 20.2 km, 14 stations and a depot, designed in 2013–2014. JICA took the construction, due for completion in 2019; Seoul did not win it.',
    ko: '철도 시스템의 핵심인 궤도 분야를 서울시가 설계했습니다(20.2km, 14개 역, 차량기지 1곳, 2013~2014년 설계). 시공은 JICA가 맡아 2019년 완공 예정이며, 서울시는 시공을 수주하지 못했습니다.',
  },
  'EG-13': {
    en: 'Followed Colombo’s interest in Seoul’s tax information system after the Seoul Smart City Forum of December 2015 (through CityNet); Seoul transferred its tax administration and waste management systems.',
    ko: '2015년 12월 서울 스마트시티 포럼(시티넷 채널) 이후 콜롬보가 서울시 세무정보 시스템에 관심을 보여 시작했습니다. 서울시는 세무행정과 폐기물 관리 시스템을 전수했습니다.',
  },
  'WS-01': {
    en: 'Phase 1: repair of the San Ramón intake, a better raw-water pipeline and a new San Ramón water treatment plant. Phase 2: intake and treatment improvements in La Merced and Pichanaki, and network rehabilitation.',
    ko: '1단계: 산라몬 취수장 보수, 원수 관로 개선, 산라몬 정수장 건설. 2단계: 라메르세드·피차나키 취수·정수 시설 개선과 관망 정비.',
  },
  'WS-04': {
    en: 'The largest single project and the largest contract won; it runs to 2020. Seoul staff work full-time on site for the two years of construction, heading supervision with the designer, and part-time for four months of the two-year operation.',
    ko: '단일 사업으로 가장 크고 수주액도 가장 큰 사업으로, 2020년까지 진행됩니다. 서울시 직원이 건설 2년 동안 설계사와 함께 감리단장으로 현장에 상주하고, 2년 운영 기간 중 4개월은 비상주로 참여합니다.',
  },
};

/** What the facts note of a project's funding, by the project's id. */
export const FUNDING_NOTES: Record<string, Bilingual> = {
  'EG-12': {
    en: 'Seoul’s 2017 ODA budget funds consulting on Seoul’s local-tax information system abroad, which also counts as policy export.',
    ko: '서울시 2017년 ODA 예산의 ‘해외 서울형 지방세정보화 컨설팅 지원 사업’으로, 정책수출 사업으로도 집계됩니다.',
  },
  'WS-04': {
    en: '13.5 billion KRW in total; Seoul’s share is 3.6% (about 0.5 billion KRW).',
    ko: '총 135억 원 중 서울시 지분 3.6%(약 5억 원).',
  },
  'UP-02': {
    en: 'A KOICA project won jointly with private firms.',
    ko: '민간기업과 공동으로 수주한 KOICA 사업.',
  },
};

/** What a country's row of the 2017 exchanges adds, by the row's country. */
export const EXCHANGE_OUTCOMES: Record<string, Bilingual> = {
  France: {
    en: 'Outcome: Seoul, Paris and London committed to a common vehicle environmental rating based on real-driving emissions, as a C40 joint measure.',
    ko: '성과: 서울·파리·런던이 C40 연대 조치로 실주행 배출가스 기준의 국제 자동차환경등급제를 함께 도입하기로 했습니다.',
  },
  Italy: {
    en: 'Outcome: a Seoul–Milan Fashion Week designer exchange agreed with the body that runs Milan Fashion Week; Milan sees Seoul as its bridgehead to Asia.',
    ko: '성과: 밀라노 패션위크 주관 기관과 ‘서울-밀라노 패션위크 디자이너 교류’에 합의했습니다. 밀라노는 서울을 아시아 진출의 교두보로 봅니다.',
  },
  Indonesia: {
    en: 'The Jakarta governor-elect, invited to Seoul, said he would benchmark Seoul’s teacher training and turn an old flyover into a “second Seoullo”, and asked for consulting on public transport, waste and water.',
    ko: '서울에 초청된 자카르타 주지사 당선자가 서울시 교원 연수를 벤치마킹하고 낡은 고가도로를 ‘제2의 서울로’로 바꾸겠다고 밝혔으며, 대중교통·폐기물·상수도 정책 자문을 요청했습니다.',
  },
  India: {
    en: 'Outcome: the Seoul–India Economic Exchange Center opened in Gurgaon on 8 November 2017, for Korean SMEs entering India and Indian start-ups entering Seoul.',
    ko: '성과: 2017년 11월 8일 구르가온에 서울-인도 경제교류센터를 열어 국내 중소기업의 인도 진출과 인도 스타트업의 서울 진출을 돕습니다.',
  },
  Brazil: {
    en: '40th anniversary of the sister-city relationship',
    ko: '자매결연 40주년',
  },
};

/** The report's strategy tasks, in Korean, by their order (the facts give them in English). */
export const TASK_CONTENT_KO: Record<number, string> = {
  1: '서울시는 ‘지방정부’가 아닌 ‘지방자치단체’이며 외교는 국가 사무입니다. 국가 외교에 비추어 도시외교의 범위를 정하고, 외교는 일관성과 지속성이 중요하므로 시와 국가의 활동을 조율해 제로섬이 아닌 상호 보완 관계로 만듭니다. 도시는 분야별 정책 기반의 외교로 차별화할 수 있습니다.',
  2: '서울에 사는 창조 계층, NGO, 서울시의회, 대학, 서울의 외국인 공동체 등 다른 행위자를 찾아 지원하고, 이들이 참여하는 도시외교 업무를 정례화합니다.',
  3: '서울시의 가장 큰 외교 자산은 싱가포르 못지않은 발전 경험과 정책이지만, 성과는 정책 공유에 머물렀습니다. 조직·재정·인력·예산을 검토해 원인을 찾고, 공유를 실제 ‘정책수출’로 잇는 새 메커니즘과 이를 실행할 실천 전략을 마련합니다.',
  4: '기반시설 사업으로 평화 구축을 추구한 네덜란드 도시들과 달리, 서울시는 상위 목표 없이 정책수출이라는 하위 목표에 집중해 왔습니다. 남북관계가 전환점을 맞은 2018년, 서울-평양 교류의 외교적 목적과 비전을 먼저 정하고 이를 분야별 정책과 사업에 자연스럽게 연결해 추진력을 얻게 합니다.',
  5: 'C40 등 주요 네트워크 활동을 정례화·지속화해 서울시가 국제사회에서 공동 목표를 대변하게 합니다.',
  6: '도시외교는 아직 초기 단계이고 법·제도적 과제가 많습니다. 서울시의 도시외교 자산을 파악하고 명확한 비전과 목표를 세운 뒤, 중앙정부 및 국내외 기관과 함께 효과적인 전략을 찾습니다.',
};
