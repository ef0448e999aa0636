import type { ActorData } from '../model/fields';

export type SampleActorId =
  | 'mofa'
  | 'koica'
  | 'koreaFoundation'
  | 'mdb'
  | 'kotra'
  | 'eximbank'
  | 'overseasCooperation'
  | 'seoulMetro'
  | 'waterworks'
  | 'seoulInstitute'
  | 'policyExportCorps'
  | 'hrdCenter'
  | 'universityOfSeoul'
  | 'cityCouncil'
  | 'ngos'
  | 'privateFirms';

/** Which master-plan direction each of the report's strategy tasks falls under (task → direction). */
export const TASK_DIRECTION: Record<number, number> = { 1: 4, 2: 3, 3: 1, 4: 2, 5: 1, 6: 4 };

/** The actors the report names, each with the strategy task it mainly serves. */
export const SAMPLE_ACTORS: readonly (Pick<ActorData, 'name' | 'nameKo' | 'actorType' | 'notes'> & {
  id: SampleActorId;
  task: number;
  notesKo: string;
})[] = [
  {
    id: 'mofa',
    name: 'Ministry of Foreign Affairs',
    nameKo: '외교부',
    actorType: 'centralGovernment',
    task: 1,
    notes: 'MOU with Seoul in 2013.',
    notesKo: '2013년 서울시와 MOU를 체결했습니다.',
  },
  {
    id: 'koica',
    name: 'KOICA',
    nameKo: '한국국제협력단',
    actorType: 'agency',
    task: 1,
    notes:
      'Korea International Cooperation Agency; MOU with Seoul in 2013; funds consulting, F/S and main projects.',
    notesKo:
      '한국국제협력단. 2013년 서울시와 MOU를 체결했으며, 컨설팅·타당성조사·본사업 예산을 지원합니다.',
  },
  {
    id: 'koreaFoundation',
    name: 'Korea Foundation',
    nameKo: '한국국제교류재단',
    actorType: 'agency',
    task: 1,
    notes: 'MOU with Seoul in 2013.',
    notesKo: '2013년 서울시와 MOU를 체결했습니다.',
  },
  {
    id: 'mdb',
    name: 'Multilateral development banks (MDB)',
    nameKo: '다자개발은행',
    actorType: 'developmentBank',
    task: 3,
    notes: "The export manual's default source for consulting, F/S and main project budgets.",
    notesKo: '정책수출 매뉴얼이 컨설팅·타당성조사·본사업 예산의 기본 재원으로 꼽는 기관입니다.',
  },
  {
    id: 'kotra',
    name: 'KOTRA',
    nameKo: '대한무역투자진흥공사',
    actorType: 'agency',
    task: 3,
    notes: 'Member of the public–private forum formed in 2014.',
    notesKo: '2014년 구성된 민관 협의체의 회원입니다.',
  },
  {
    id: 'eximbank',
    name: 'Korea Eximbank',
    nameKo: '한국수출입은행',
    actorType: 'developmentBank',
    task: 3,
    notes: 'Member of the public–private forum formed in 2014.',
    notesKo: '2014년 구성된 민관 협의체의 회원입니다.',
  },
  {
    id: 'overseasCooperation',
    name: 'SMG Overseas City Cooperation Officer',
    nameKo: '서울시 해외도시협력담당관',
    actorType: 'agency',
    task: 3,
    notes: 'Created in 2014 to run overseas projects for all departments.',
    notesKo: '2014년 신설되어 모든 부서의 해외 사업을 맡습니다.',
  },
  {
    id: 'seoulMetro',
    name: 'Seoul Metro',
    nameKo: '서울메트로',
    actorType: 'company',
    task: 3,
    notes: 'Designed the track of Ho Chi Minh City Metro Line 1.',
    notesKo: '호치민시 메트로 1호선의 궤도를 설계했습니다.',
  },
  {
    id: 'waterworks',
    name: 'Seoul Waterworks Headquarters',
    nameKo: '서울시 상수도사업본부',
    actorType: 'agency',
    task: 3,
    notes: 'Holds 3.6% of the Brunei PMB consortium contract.',
    notesKo: '브루나이 PMB 컨소시엄 계약의 3.6%를 보유합니다.',
  },
  {
    id: 'seoulInstitute',
    name: 'The Seoul Institute',
    nameKo: '서울연구원',
    actorType: 'universityInstitute',
    task: 6,
    notes: 'Urban planning consulting (Da Nang, Yangon).',
    notesKo: '도시계획 컨설팅 (다낭, 양곤).',
  },
  {
    id: 'policyExportCorps',
    name: 'SH policy-export corps',
    nameKo: 'SH공사 정책수출단',
    actorType: 'agency',
    task: 3,
    notes: "Set up in 2015 inside the city's housing and urban development corporation.",
    notesKo: '2015년 서울주택도시공사 안에 설립되었습니다.',
  },
  {
    id: 'hrdCenter',
    name: 'Seoul HRD Center',
    nameKo: '서울시 인재개발원',
    actorType: 'agency',
    task: 3,
    notes: 'Trains about 230 foreign officials a year with partners.',
    notesKo: '협력 기관과 함께 해마다 외국 공무원 약 230명을 교육합니다.',
  },
  {
    id: 'universityOfSeoul',
    name: 'University of Seoul',
    nameKo: '서울시립대학교',
    actorType: 'universityInstitute',
    task: 2,
    notes: 'Training body for foreign officials.',
    notesKo: '외국 공무원 교육 기관입니다.',
  },
  {
    id: 'cityCouncil',
    name: 'Seoul Metropolitan Council',
    nameKo: '서울특별시의회',
    actorType: 'other',
    task: 2,
    notes: 'Approves sister-city agreements since 2004.',
    notesKo: '2004년부터 자매결연 협정을 승인합니다.',
  },
  {
    id: 'ngos',
    name: 'NGOs and civil society',
    nameKo: 'NGO·시민사회',
    actorType: 'ngo',
    task: 2,
    notes: 'Actors the report asks to involve more.',
    notesKo: '보고서가 더 많이 참여시키자고 하는 행위자입니다.',
  },
  {
    id: 'privateFirms',
    name: 'Korean private companies',
    nameKo: '국내 민간기업',
    actorType: 'company',
    task: 3,
    notes: 'Join public–private consortia to bid for overseas work.',
    notesKo: '민관 컨소시엄을 구성해 해외 사업에 입찰합니다.',
  },
];
