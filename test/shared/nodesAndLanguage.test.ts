import { describe, expect, it } from 'vitest';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import type { MessageText } from '../../shared/i18n/messageText';
import { languageFromLocale, translator } from '../../shared/i18n/translate';
import { missingLanguage } from '../../shared/model/names';
import { displayName, namedInOneLanguage, nodeNames, searchNodes } from '../../shared/model/nodes';
import { NODE_KINDS } from '../../shared/model/vocabulary';
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
  it('has a Korean text for every English one, with the same placeholders in every form', () => {
    const forms = (text: MessageText) => (typeof text === 'string' ? [text] : Object.values(text));
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const english = placeholders(forms(en[key])[0]!);
      for (const text of [...forms(en[key]), ...forms(ko[key])]) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(english);
      }
      // Plural forms are chosen by the number given as {count}.
      if (typeof en[key] !== 'string') expect(english, key).toContain('{count}');
    }
  });

  it('says one and many in each language’s own way', () => {
    const t = translator('en');
    expect(t('nodeCount', { count: 1 })).toBe('1 node');
    expect(t('nodeCount', { count: 0 })).toBe('0 nodes');
    expect(t('kinds.partnerCity', { count: 1 })).toBe('1 partner city');
    expect(t('kinds.partnerCity', { count: 2 })).toBe('2 partner cities');
    expect(t('kinds.project', { count: 1 })).toBe('1 project');
    expect(t('cardCount', { count: 1 })).toBe('1 project');
    expect(t('daysInStage', { count: 1 })).toBe('1 day in stage');
    expect(t('stageProjects', { stage: 'Award', count: 1 })).toBe('Award: 1 project');
    expect(t('newEntries', { count: 1 })).toBe('1 new entry');
    expect(t('matchingEntries', { count: 2 })).toBe('2 match existing entries by name and country');
    const k = translator('ko');
    expect(k('kinds.partnerCity', { count: 1 })).toBe('교류도시 1');
    expect(k('nodeCount', { count: 1 })).toBe('노드 1개');
    expect(k('daysInStage', { count: 1 })).toBe('현 단계 1일째');
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
    // By code, and by Korean name: Korean sheets name countries in Korean.
    expect(regionOfCountry('VN')).toBe('southeastAsia');
    expect(regionOfCountry('일본')).toBe('eastAsia');
    expect(regionOfCountry('우즈베키스탄')).toBe('centralAsia');
  });
});

describe('names written in one language only', () => {
  it('are told apart in place as from the names read out, for every kind', () => {
    for (const kind of NODE_KINDS)
      for (const english of ['', '  ', 'Busan'])
        for (const korean of ['', ' ', '부산']) {
          const named = withKoreanName(node(kind, 'n', english), korean);
          expect(namedInOneLanguage(named.kind, named.data)).toBe(
            missingLanguage(nodeNames(named)) !== null,
          );
        }
    expect(namedInOneLanguage('partnerCity', { name: 'Busan', nameKo: '' })).toBe(true);
    expect(namedInOneLanguage('goal', { title: '', titleKo: '비전' })).toBe(true);
    expect(namedInOneLanguage('idea', { text: 'Night market' })).toBe(false);
  });
});
