import type { Region } from './vocabulary';

const COUNTRY_REGIONS: Record<Exclude<Region, ''>, readonly string[]> = {
  eastAsia: ['China', 'Japan', 'Mongolia', 'Taiwan', 'South Korea', 'Korea', 'North Korea', 'Hong Kong'],
  southeastAsia: [
    'Indonesia', 'Vietnam', 'Thailand', 'Malaysia', 'Philippines', 'Myanmar', 'Brunei', 'Cambodia',
    'Laos', 'Singapore', 'Timor-Leste',
  ],
  southAsia: ['India', 'Sri Lanka', 'Bangladesh', 'Nepal', 'Pakistan', 'Bhutan', 'Maldives'],
  centralAsia: ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Azerbaijan'],
  middleEast: ['Turkey', 'Iran', 'Saudi Arabia', 'Jordan', 'United Arab Emirates', 'Qatar', 'Israel', 'Iraq', 'Kuwait', 'Oman'],
  europe: [
    'Russia', 'France', 'Poland', 'Italy', 'Netherlands', 'Greece', 'Hungary', 'Belarus', 'Belgium',
    'Serbia', 'United Kingdom', 'Ukraine', 'Germany', 'Spain', 'Portugal', 'Austria', 'Sweden',
    'Czech Republic', 'Switzerland',
  ],
  africa: ["Egypt", 'Ethiopia', 'Mozambique', "Cote d'Ivoire", 'Ghana', 'Kenya', 'Uganda', 'Rwanda', 'Tanzania', 'Nigeria', 'South Africa'],
  northAmerica: ['United States', 'Canada'],
  latinAmerica: ['Brazil', 'Colombia', 'Mexico', 'Panama', 'Nicaragua', 'Argentina', 'Peru', 'Chile', 'Ecuador', 'Bolivia', 'Paraguay'],
  oceania: ['Australia', 'New Zealand', 'Papua New Guinea', 'Fiji'],
};

const REGION_BY_COUNTRY = new Map<string, Region>(
  Object.entries(COUNTRY_REGIONS).flatMap(([region, countries]) =>
    countries.map((country) => [country.toLowerCase(), region as Region] as const),
  ),
);

/** The world region of a country given by its English name, or '' when it is not known. */
export function regionOfCountry(country: string): Region {
  return REGION_BY_COUNTRY.get(country.trim().toLowerCase()) ?? '';
}
