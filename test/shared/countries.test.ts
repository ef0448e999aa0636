import { describe, expect, it } from 'vitest';
import {
  countryCodeOf,
  countryLabel,
  countryName,
  countryOptions,
  isCountryCode,
} from '../../shared/model/countries';

describe('countries', () => {
  it('are known by code, English name or Korean name, whatever the case and accents', () => {
    expect(countryCodeOf('JP')).toBe('JP');
    expect(countryCodeOf('jp')).toBe('JP');
    expect(countryCodeOf('JPN')).toBe('JP');
    expect(countryCodeOf('Japan')).toBe('JP');
    expect(countryCodeOf('일본')).toBe('JP');
    expect(countryCodeOf(' viet nam ')).toBe('VN');
    expect(countryCodeOf('Vietnam')).toBe('VN');
    expect(countryCodeOf('Côte d’Ivoire')).toBe('CI');
    expect(countryCodeOf("Cote d'Ivoire")).toBe('CI');
    expect(countryCodeOf('United States')).toBe('US');
    expect(countryCodeOf('미국')).toBe('US');
    expect(countryCodeOf('UAE')).toBe('AE');
    expect(countryCodeOf('Brunei')).toBe('BN');
    expect(countryCodeOf('Russia')).toBe('RU');
    expect(countryCodeOf('러시아')).toBe('RU');
    expect(countryCodeOf('Turkey')).toBe('TR');
    expect(countryCodeOf('튀르키예')).toBe('TR');
    expect(countryCodeOf('대만')).toBe('TW');
    expect(countryCodeOf('한국')).toBe('KR');
    expect(countryCodeOf('Korea')).toBe('KR');
    expect(countryCodeOf('폴란드')).toBe('PL');
  });

  it('are not guessed where the text names none', () => {
    for (const text of ['', '  ', 'Atlantis', 'XX', 'Taiwan, China', 'Russia / former USSR'])
      expect(countryCodeOf(text), text).toBeNull();
    expect(isCountryCode('JP')).toBe(true);
    expect(isCountryCode('jp')).toBe(false);
    expect(isCountryCode('Japan')).toBe(false);
  });

  it('are shown by their name in the UI language; older free text as it was written', () => {
    expect(countryName('JP', 'en')).toBe('Japan');
    expect(countryName('JP', 'ko')).toBe('일본');
    expect(countryName('KR', 'en')).toBe('South Korea');
    expect(countryName('RU', 'en')).toBe('Russia');
    expect(countryName('PL', 'ko')).toBe('폴란드');
    expect(countryName('XX', 'en')).toBeUndefined();
    expect(countryLabel('VN', 'ko')).toBe('베트남');
    expect(countryLabel('Taiwan, China', 'ko')).toBe('Taiwan, China');
    expect(countryLabel('', 'en')).toBe('');
  });

  it('are listed for choosing in each language’s alphabetical order, each name once', () => {
    const english = countryOptions('en');
    const korean = countryOptions('ko');
    expect(english.length).toBeGreaterThan(240);
    expect(korean).toHaveLength(english.length);
    expect(english[0]!.name).toBe('Afghanistan');
    expect(korean[0]!.name).toBe('가나');
    expect(new Set(english.map((c) => c.name)).size).toBe(english.length);
    expect(new Set(korean.map((c) => c.name)).size).toBe(korean.length);
    // Every name listed is read back as its code: choosing from the list always works.
    for (const { code, name } of [...english, ...korean])
      expect(countryCodeOf(name), name).toBe(code);
  });
});
