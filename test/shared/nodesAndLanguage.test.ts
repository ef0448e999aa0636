import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import { languageFromLocale, translator } from '../../shared/i18n/translate';
import { displayName, searchNodes } from '../../shared/model/nodes';
import { regionOfCountry } from '../../shared/model/regions';
import { node, withKoreanName } from './fixtures';

const seoulTokyo = withKoreanName(node('partnerCity', 'c1', 'Tokyo'), '도쿄');
const englishOnly = withKoreanName(node('actor', 'a1', 'KOICA'), '');

describe('names', () => {
  it('shows the UI language’s name and falls back to the other', () => {
    expect(displayName(seoulTokyo, 'ko')).toBe('도쿄');
    expect(displayName(seoulTokyo, 'en')).toBe('Tokyo');
    expect(displayName(englishOnly, 'ko')).toBe('KOICA');
  });

  it('finds nodes by English or Korean name, prefix matches first', () => {
    const nodes = [node('partnerCity', 'x', 'Kyoto'), seoulTokyo];
    expect(searchNodes(nodes, '도쿄').map((n) => n.id)).toEqual(['c1']);
    expect(searchNodes(nodes, 'to').map((n) => n.id)).toEqual(['c1', 'x']);
    expect(searchNodes(nodes, '  ')).toEqual([]);
  });
});

describe('language', () => {
  it('has a Korean text for every English one, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(ko[key].trim(), key).not.toBe('');
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(ko[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and follows the system locale', () => {
    expect(translator('en')('nodeCount', { count: 3 })).toBe('3 nodes');
    expect(translator('ko')('nodeCount', { count: 3 })).toBe('노드 3개');
    expect(languageFromLocale('ko-KR')).toBe('ko');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('knows the regions of the sample’s countries', () => {
    expect(regionOfCountry('Vietnam')).toBe('southeastAsia');
    expect(regionOfCountry(' peru ')).toBe('latinAmerica');
    expect(regionOfCountry('Atlantis')).toBe('');
  });
});
