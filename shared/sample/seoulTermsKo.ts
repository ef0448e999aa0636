/*
 * The facts' English wording of recurring terms, in Korean, for the sample built in Korean. A
 * term missing here is a term the facts gained: the sample's test names it.
 */

/** Projects' sub-domains. */
export const SUB_DOMAIN_KO: Record<string, string> = {
  'Transport card system (automatic fare collection / integrated settlement)':
    '교통카드 시스템 (자동요금징수·통합정산)',
  'Traffic information center': '교통정보센터',
  'Transport planning': '교통계획',
  'Transport policy': '교통정책',
  'Bus operation': '버스 운영',
  'Facility improvement': '시설 개선',
  'Facility design': '시설 설계',
  Financing: '재원 조달',
  'Management and operation': '관리·운영',
  'e-Government': '전자정부',
  'Citizen participation system': '시민참여 시스템',
  'Disaster-prevention system': '방재 시스템',
  'Construction administration system': '건설행정 시스템',
  'Commercial-district analysis': '상권 분석',
  'Tax system': '세무 시스템',
  'Facility construction and operation': '시설 건설·운영',
  'Urban development strategy': '도시개발 전략',
  'Regional development master plan': '지역개발 마스터플랜',
  'River restoration': '하천 복원',
  'Smart street lighting': '스마트 가로등',
  'Fire and disaster-prevention system': '소방방재 시스템',
  'Fire and disaster-prevention capacity': '소방방재 역량',
  'Fire agency modernization': '소방청 현대화',
};

/** Who carried a project out, by the project's id. */
export const EXECUTOR_KO: Record<string, string> = {
  'UR-04': '서울메트로와 민간기업 (민관협력)',
  'WS-04': '서울시 상수도사업본부와 민간기업 컨소시엄',
  'UP-01': '서울연구원 (다낭시 연구원, UN-Habitat 베트남과 공동연구)',
  'UP-02': '서울연구원과 민간기업',
};

/**
 * English for the facts' terms that say how the report was read rather than what it says;
 * every other term is shown in English as the facts word it.
 */
export const TERM_EN: Record<string, string> = {
  'chair / vice-chair / executive committee (one of the six; exact seat not specified)':
    'chair, vice-chair or executive committee member',
  'international associations (domain not described in the report)': 'international associations',
};

/** Seoul's roles in its networks. */
export const ROLE_KO: Record<string, string> = {
  member: '회원',
  'member (full member)': '정회원',
  'full member city': '정회원 도시',
  'chair / vice-chair / executive committee (one of the six; exact seat not specified)':
    '회장·부회장·집행위원 중 하나',
  'congress host': '총회 개최',
  'chair city': '의장 도시',
  'chair city / president': '의장 도시·회장',
  'chair / president city': '의장·회장 도시',
  'chair (Mayor of Seoul)': '의장 (서울시장)',
  'secretariat host': '사무국 유치',
  'infrastructure cluster leader': '인프라 분과 주도',
  'initiator / founding city': '창립 주도 도시',
  'regional executive committee member': '지역 집행위원',
  'executive committee meeting host': '집행위원회 회의 개최',
  'regional office host (East Asia Secretariat)': '지역사무소 유치 (동아시아 사무국)',
  'World Congress host': '세계총회 개최',
  'summit host': '정상회의 개최',
  founder: '창립 회원',
};

/** Networks' fields of work. */
export const NETWORK_DOMAIN_KO: Record<string, string> = {
  tourism: '관광',
  'large-metropolis development and management': '대도시 개발·관리',
  'human settlements / sustainable urban development in Asia-Pacific':
    '아시아태평양 인간정주·지속가능한 도시개발',
  'Northeast Asian capital-city regional cooperation': '동북아 수도 간 지역협력',
  'local self-government': '지방자치',
  'environment / sustainability': '환경·지속가능성',
  'Asian regional city network': '아시아 지역 도시 네트워크',
  'public transport': '대중교통',
  'climate change': '기후변화',
  'urban lighting': '도시조명',
  'e-government / smart city': '전자정부·스마트시티',
  "culture (Seoul's field: media)": '문화 (서울시 분야: 미디어)',
  design: '디자인',
  'international associations (domain not described in the report)': '국제협회',
  culture: '문화',
  'corporate/institutional social responsibility (CSR)': '기업·기관의 사회적 책임(CSR)',
  'social and solidarity economy': '사회연대경제',
  'government transparency and integrity': '정부 투명성·청렴',
  health: '보건',
};

/** Where networks have their headquarters. */
export const HEADQUARTERS_KO: Record<string, string> = {
  'Barcelona, Spain': '스페인 바르셀로나',
  'Seoul, Republic of Korea': '대한민국 서울',
  'Bonn, Germany': '독일 본',
  'Brussels, Belgium': '벨기에 브뤼셀',
  'New York, USA': '미국 뉴욕',
};

/**
 * Places the facts name in English only: cities that are not partner cities (partner cities
 * have their Korean names in the facts), and where projects are.
 */
export const PLACE_NAME_KO: Record<string, string> = {
  Abidjan: '아비장',
  Accra: '아크라',
  Auckland: '오클랜드',
  Baku: '바쿠',
  Bandung: '반둥',
  'Buenos Aires': '부에노스아이레스',
  'Central Java (province)': '중부자바주',
  Chanchamayo: '찬차마요',
  'Chittagong-Chinki Astana (line section)': '치타공-친키아스타나 구간',
  Colombo: '콜롬보',
  'Da Nang': '다낭',
  'Ho Chi Minh City': '호치민',
  'Hunan and Henan provinces': '후난성·허난성',
  Kampala: '캄팔라',
  'Kuala Lumpur': '쿠알라룸푸르',
  Kyiv: '키이우',
  Malacca: '말라카',
  Managua: '마나과',
  Mandalay: '만달레이',
  Mecca: '메카',
  'Metro Manila': '메트로 마닐라',
  Mumbai: '뭄바이',
  Nairobi: '나이로비',
  'New York': '뉴욕',
  'Port Moresby': '포트모르즈비',
  'Pulau Muara Besar (PMB island)': '풀라우 무아라 베사르 (PMB섬)',
  Wellington: '웰링턴',
  Yangon: '양곤',
  'Yangon Region (Hanthawaddy airport area and south-west Yangon)':
    '양곤주 (한따와디 공항 인근 및 양곤 남서부)',
};

/** The bodies projects were carried out for. */
export const CLIENT_KO: Record<string, string> = {
  'Audit department (Thailand)': '태국 감사원',
  'BMTA (Bangkok Mass Transit Authority) public buses': '방콕 대중교통공사(BMTA) 공영버스',
  'Bangladesh fire and disaster agency': '방글라데시 소방방재청',
  "City of Chanchamayo (at the mayor's request)": '찬차마요시 (시장 요청)',
  'Colombian development bank': '콜롬비아 개발은행',
  'Ho Chi Minh City transport department (호치민 교통국) - its first tender':
    '호치민 교통국 (첫 입찰)',
  'Ministry of Finance (Colombia)': '콜롬비아 재무부',
  'Ministry of Information and Communications Technologies (Colombia)': '콜롬비아 정보통신기술부',
  'Ministry of Infrastructure (Ukraine)': '우크라이나 인프라부',
  'Ministry of Public Works and Housing (Jordan)': '요르단 공공사업주택부',
  'Vietnam fire and disaster agency': '베트남 소방방재청',
};

/** The purposes of the 2012 draft's kinds of partner city, by the kind's Korean name. */
export const TARGET_PURPOSE_KO: Record<string, string> = {
  '전략적 자매도시': '지속적인 도시 간 협력을 위한 전략적 자매·우호도시',
  '우수정책 확산대상':
    '서울시 정책과 도시 경험을 도입하기에 가장 알맞은 도시로, 보고서가 가장 중요하게 보는 유형',
  '글로벌 리더십 연대 대상': '관련 네트워크의 협력 도시',
};
