import { describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import {
  accessibleName,
  inLanguageOrder,
  missingLanguage,
  nameText,
  pairInLanguageOrder,
  shownName,
  strategyTitle,
} from '../../shared/model/names';
import { NODE_FIELDS, type FieldDef } from '../../shared/model/fields';
import {
  createNode,
  displayName,
  nextUntranslated,
  nodeShownName,
  untranslatedNodes,
  withFieldValue,
} from '../../shared/model/nodes';
import { NODE_KINDS } from '../../shared/model/vocabulary';
import { node, withKoreanName } from './fixtures';

const en = translator('en');
const ko = translator('ko');

describe('the name shown', () => {
  it('is the UI language’s name where there is one', () => {
    expect(shownName({ en: 'Osaka', ko: '오사카' }, 'ko')).toEqual({
      text: '오사카',
      language: 'ko',
      untranslated: false,
      empty: false,
    });
    expect(shownName({ en: 'Osaka', ko: '오사카' }, 'en').text).toBe('Osaka');
  });

  it('is the other language’s, marked untranslated, where the UI language has none', () => {
    expect(shownName({ en: '', ko: '오사카' }, 'en')).toEqual({
      text: '오사카',
      language: 'ko',
      untranslated: true,
      empty: false,
    });
    expect(shownName({ en: 'Osaka', ko: '  ' }, 'ko')).toEqual({
      text: 'Osaka',
      language: 'en',
      untranslated: true,
      empty: false,
    });
  });

  it('is nothing where both are empty: the kind is shown, and nothing is stored for it', () => {
    const shown = shownName({ en: '', ko: '' }, 'en');
    expect(shown).toEqual({ text: '', language: 'en', untranslated: false, empty: true });
    expect(nameText(shown, 'partnerCity', en)).toBe('Untitled partner city');
    expect(nameText(shownName({ en: '', ko: '' }, 'ko'), 'goal', ko)).toBe('제목 없는 목표');
    for (const kind of NODE_KINDS) {
      const made = createNode(kind, 'n', { x: 0, y: 0 });
      expect(nodeShownName(made, 'en').empty, kind).toBe(true);
      expect(displayName(made, 'en'), kind).toBe(en(`untitled.${kind}`));
      expect(displayName(made, 'ko'), kind).toBe(ko(`untitled.${kind}`));
    }
  });

  it('tells screen readers when it is untranslated, in the UI language', () => {
    expect(accessibleName(shownName({ en: '', ko: '오사카' }, 'en'), 'partnerCity', en)).toBe(
      '오사카 (untranslated)',
    );
    expect(accessibleName(shownName({ en: 'Osaka', ko: '' }, 'ko'), 'partnerCity', ko)).toBe(
      'Osaka (번역 안 됨)',
    );
    expect(accessibleName(shownName({ en: 'Osaka', ko: '' }, 'en'), 'partnerCity', en)).toBe(
      'Osaka',
    );
    expect(accessibleName(shownName({ en: '', ko: '' }, 'en'), 'actor', en)).toBe('Untitled actor');
  });

  it('follows one rule for nodes of every kind and for the strategy title', () => {
    const city = withKoreanName(node('partnerCity', 'c1', ''), '오사카');
    expect(displayName(city, 'en')).toBe('오사카');
    expect(nodeShownName(city, 'en').untranslated).toBe(true);
    const goal = withKoreanName(node('goal', 'g1', 'Clean air'), '');
    expect(displayName(goal, 'ko')).toBe('Clean air');
    expect(strategyTitle({ title: '', titleKo: '서울 전략' }, 'en')).toBe('서울 전략');
    expect(strategyTitle({ title: 'Seoul plan', titleKo: '' }, 'ko')).toBe('Seoul plan');
    expect(strategyTitle({ title: '', titleKo: '' }, 'en')).toBe('Untitled strategy');
    expect(strategyTitle({ title: '' }, 'ko')).toBe('제목 없는 전략');
  });
});

describe('translation at a glance', () => {
  const a = withKoreanName(node('partnerCity', 'a', 'Osaka', 0, 100), '오사카');
  const b = withKoreanName(node('goal', 'b', '', 300, 0), '맑은 공기');
  const c = withKoreanName(node('actor', 'c', 'KOICA', 0, 0), '');
  const d = node('network', 'd', '', 0, 50);
  const e = withKoreanName(node('project', 'e', 'Metro', 200, 100), '');

  it('knows which language a name lacks, and counts only names in one language', () => {
    expect(missingLanguage({ en: 'Osaka', ko: '' })).toBe('ko');
    expect(missingLanguage({ en: '', ko: '오사카' })).toBe('en');
    expect(missingLanguage({ en: 'Osaka', ko: '오사카' })).toBeNull();
    expect(missingLanguage({ en: '', ko: ' ' })).toBeNull();
    expect(untranslatedNodes([a, b, c, d, e])).toEqual([
      { id: 'c', kind: 'actor', missing: 'ko' },
      { id: 'b', kind: 'goal', missing: 'en' },
      { id: 'e', kind: 'project', missing: 'ko' },
    ]);
  });

  it('steps through them in reading order, round again, from wherever the user is', () => {
    const nodes = [a, b, c, d, e];
    expect(nextUntranslated(nodes, null)?.id).toBe('c');
    expect(nextUntranslated(nodes, 'c')?.id).toBe('b');
    expect(nextUntranslated(nodes, 'b')?.id).toBe('e');
    expect(nextUntranslated(nodes, 'e')?.id).toBe('c');
    // From a node that is not (or no longer) untranslated, on to the next one after it.
    expect(nextUntranslated(nodes, 'd')?.id).toBe('e');
    expect(nextUntranslated([a, d], null)).toBeNull();
  });
});

describe('a field set with what follows from it', () => {
  it('gives a partner city the region of its country, where the country’s region is known', () => {
    const city = node('partnerCity', 'c1', 'Osaka').data;
    expect(withFieldValue('partnerCity', city, 'country', 'JP')).toMatchObject({
      country: 'JP',
      region: 'eastAsia',
    });
    const chosen = { ...city, region: 'oceania' };
    expect(withFieldValue('partnerCity', chosen, 'country', '')).toMatchObject({
      region: 'oceania',
    });
    expect(withFieldValue('partnerCity', chosen, 'name', 'Osaka')).toMatchObject({
      region: 'oceania',
    });
    expect(
      withFieldValue('project', node('project', 'p1').data, 'country', 'VN'),
    ).not.toHaveProperty('region');
  });
});

describe('field order', () => {
  it('puts the Korean name first in Korean and keeps the table’s order in English', () => {
    const keys = (language: 'en' | 'ko', kind: 'partnerCity' | 'project') =>
      inLanguageOrder<FieldDef>(NODE_FIELDS[kind], language)
        .map((f) => f.key)
        .slice(0, 3);
    expect(keys('en', 'partnerCity')).toEqual(['name', 'nameKo', 'country']);
    expect(keys('ko', 'partnerCity')).toEqual(['nameKo', 'name', 'country']);
    expect(keys('ko', 'project')).toEqual(['titleKo', 'title', 'domain']);
    expect(inLanguageOrder(NODE_FIELDS.goal, 'ko')).toHaveLength(NODE_FIELDS.goal.length);
  });
});

describe('a pair kept in both languages', () => {
  it('comes in the UI language’s order, its own first', () => {
    expect(pairInLanguageOrder('Title', '국문 제목', 'en')).toEqual(['Title', '국문 제목']);
    expect(pairInLanguageOrder('Title', '국문 제목', 'ko')).toEqual(['국문 제목', 'Title']);
  });
});
