import { countryCodeOf } from './countries';
import type { Region } from './vocabulary';

/** Countries by ISO 3166-1 alpha-2 code, in the world regions the pipeline groups them by. */
const COUNTRY_REGIONS: Record<Exclude<Region, ''>, readonly string[]> = {
  eastAsia: ['CN', 'JP', 'MN', 'TW', 'KR', 'KP', 'HK', 'MO'],
  southeastAsia: ['ID', 'VN', 'TH', 'MY', 'PH', 'MM', 'BN', 'KH', 'LA', 'SG', 'TL'],
  southAsia: ['IN', 'LK', 'BD', 'NP', 'PK', 'BT', 'MV', 'AF'],
  centralAsia: ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'GE', 'AM'],
  middleEast: [
    'TR',
    'IR',
    'SA',
    'JO',
    'AE',
    'QA',
    'IL',
    'IQ',
    'KW',
    'OM',
    'BH',
    'LB',
    'SY',
    'YE',
    'PS',
  ],
  europe: [
    'RU',
    'FR',
    'PL',
    'IT',
    'NL',
    'GR',
    'HU',
    'BY',
    'BE',
    'RS',
    'GB',
    'UA',
    'DE',
    'ES',
    'PT',
    'AT',
    'SE',
    'CZ',
    'CH',
    'IE',
    'DK',
    'NO',
    'FI',
    'RO',
    'BG',
    'HR',
    'SK',
    'SI',
    'LT',
    'LV',
    'EE',
  ],
  africa: [
    'EG',
    'ET',
    'MZ',
    'CI',
    'GH',
    'KE',
    'UG',
    'RW',
    'TZ',
    'NG',
    'ZA',
    'MA',
    'TN',
    'DZ',
    'SN',
  ],
  northAmerica: ['US', 'CA'],
  latinAmerica: [
    'BR',
    'CO',
    'MX',
    'PA',
    'NI',
    'AR',
    'PE',
    'CL',
    'EC',
    'BO',
    'PY',
    'UY',
    'VE',
    'CR',
    'GT',
  ],
  oceania: ['AU', 'NZ', 'PG', 'FJ'],
};

const REGION_BY_CODE = new Map<string, Region>(
  Object.entries(COUNTRY_REGIONS).flatMap(([region, codes]) =>
    codes.map((code) => [code, region as Region] as const),
  ),
);

/**
 * The world region of a country, given by its code or by its name in English or Korean, or ''
 * when the country is not known or not placed in a region.
 */
export function regionOfCountry(country: string): Region {
  const code = countryCodeOf(country);
  return (code && REGION_BY_CODE.get(code)) ?? '';
}
