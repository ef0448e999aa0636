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
})[] = [
  {
    id: 'mofa',
    name: 'Ministry of Foreign Affairs',
    nameKo: '외교부',
    actorType: 'centralGovernment',
    task: 1,
    notes: 'MOU with Seoul in 2013.',
  },
  {
    id: 'koica',
    name: 'KOICA',
    nameKo: '한국국제협력단',
    actorType: 'agency',
    task: 1,
    notes:
      'Korea International Cooperation Agency; MOU with Seoul in 2013; funds consulting, F/S and main projects.',
  },
  {
    id: 'koreaFoundation',
    name: 'Korea Foundation',
    nameKo: '한국국제교류재단',
    actorType: 'agency',
    task: 1,
    notes: 'MOU with Seoul in 2013.',
  },
  {
    id: 'mdb',
    name: 'Multilateral development banks (MDB)',
    nameKo: '다자개발은행',
    actorType: 'developmentBank',
    task: 3,
    notes: "The export manual's default source for consulting, F/S and main project budgets.",
  },
  {
    id: 'kotra',
    name: 'KOTRA',
    nameKo: '대한무역투자진흥공사',
    actorType: 'agency',
    task: 3,
    notes: 'Member of the public–private forum formed in 2014.',
  },
  {
    id: 'eximbank',
    name: 'Korea Eximbank',
    nameKo: '한국수출입은행',
    actorType: 'developmentBank',
    task: 3,
    notes: 'Member of the public–private forum formed in 2014.',
  },
  {
    id: 'overseasCooperation',
    name: 'SMG Overseas City Cooperation Officer',
    nameKo: '서울시 해외도시협력담당관',
    actorType: 'agency',
    task: 3,
    notes: 'Created in 2014 to run overseas projects for all departments.',
  },
  {
    id: 'seoulMetro',
    name: 'Seoul Metro',
    nameKo: '서울메트로',
    actorType: 'company',
    task: 3,
    notes: 'Designed the track of Ho Chi Minh City Metro Line 1.',
  },
  {
    id: 'waterworks',
    name: 'Seoul Waterworks Headquarters',
    nameKo: '서울시 상수도사업본부',
    actorType: 'agency',
    task: 3,
    notes: 'Holds 3.6% of the Brunei PMB consortium contract.',
  },
  {
    id: 'seoulInstitute',
    name: 'The Seoul Institute',
    nameKo: '서울연구원',
    actorType: 'universityInstitute',
    task: 6,
    notes: 'Urban planning consulting (Da Nang, Yangon).',
  },
  {
    id: 'policyExportCorps',
    name: 'SH policy-export corps',
    nameKo: 'SH공사 정책수출단',
    actorType: 'agency',
    task: 3,
    notes: "Set up in 2015 inside the city's housing and urban development corporation.",
  },
  {
    id: 'hrdCenter',
    name: 'Seoul HRD Center',
    nameKo: '서울시 인재개발원',
    actorType: 'agency',
    task: 3,
    notes: 'Trains about 230 foreign officials a year with partners.',
  },
  {
    id: 'universityOfSeoul',
    name: 'University of Seoul',
    nameKo: '서울시립대학교',
    actorType: 'universityInstitute',
    task: 2,
    notes: 'Training body for foreign officials.',
  },
  {
    id: 'cityCouncil',
    name: 'Seoul Metropolitan Council',
    nameKo: '서울특별시의회',
    actorType: 'other',
    task: 2,
    notes: 'Approves sister-city agreements since 2004.',
  },
  {
    id: 'ngos',
    name: 'NGOs and civil society',
    nameKo: 'NGO·시민사회',
    actorType: 'ngo',
    task: 2,
    notes: 'Actors the report asks to involve more.',
  },
  {
    id: 'privateFirms',
    name: 'Korean private companies',
    nameKo: '국내 민간기업',
    actorType: 'company',
    task: 3,
    notes: 'Join public–private consortia to bid for overseas work.',
  },
];
