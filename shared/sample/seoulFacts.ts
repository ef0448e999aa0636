/** The shape of assets/seoul-2018-facts.json: facts of the Seoul Institute report (2018). */
export interface SeoulFacts {
  source: string;
  masterPlan: {
    name: string;
    nameKo: string;
    vision: string;
    visionKo: string;
    directions: { name: string; nameKo: string }[];
  };
  strategyTasks: { order: number; name: string; nameKo: string; content: string }[];
  seoulPyongyangTasks: { name: string; nameKo: string }[];
  partnerCities: {
    id: string;
    name: string;
    nameKo: string;
    country: string;
    relationType: string | null;
    yearOfAgreement: number | null;
    notes?: string | null;
  }[];
  organizations: {
    id: string;
    name: string;
    nameKo: string;
    abbreviation?: string | null;
    yearJoined?: number | null;
    domain?: string | null;
    status?: string | null;
    roles: string[];
    notes?: string | null;
    headquarters?: string | null;
    founded?: number | null;
  }[];
  exportProjects: {
    id: string;
    domain: string;
    subDomain?: string;
    country: string;
    city?: string;
    description: string;
    descriptionKo: string;
    startYear?: number;
    endYear?: number;
    stage: string;
    clientAgency?: string;
    executor?: string;
    notes?: string;
    funding?: { source?: string; amountKRW?: number; totalKRW?: number; note?: string };
  }[];
  /** The 2017 bilateral exchanges (the 2017 white paper's table, as the report gives it). */
  bilateralExchanges2017?: {
    source: string;
    newFriendshipAgreements: string[];
    strengthenedAgreements: string[];
    regionalThemes: Record<string, string>;
    airQualityForum: { cities: string[]; notes: string };
    rows: {
      country: string;
      cities: string[];
      citiesKo: string[];
      counterparts: { name: string; nameKo: string; agreement?: string; agreementKo?: string }[];
      notes?: string;
    }[];
  };
  /** The city's 2012 draft of partner cities chosen per strategy. */
  strategicTargets2012?: {
    source: string;
    types: {
      type: string;
      typeKo: string;
      purpose: string;
      cities: string[];
      networks: string[];
    }[];
  };
}
