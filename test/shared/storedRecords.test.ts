import { describe, expect, it } from 'vitest';
import { damageOf } from '../../shared/format/storedRecords';
import { createNode } from '../../shared/model/nodes';

describe('stored records', () => {
  it('passes a node as the app writes it, and names a damaged one and its field', () => {
    const city = createNode('partnerCity', 'c1', { x: 0, y: 0 });
    const named = { ...city, data: { ...city.data, name: 'Lyon', nameKo: '리옹' } };
    expect(damageOf('node', named)).toBeNull();
    expect(damageOf('node', { ...named, data: { ...named.data, status: 'lost' } })).toEqual({
      record: 'node',
      id: 'c1',
      names: { en: 'Lyon', ko: '리옹' },
      field: 'data.status',
    });
    expect(damageOf('node', 'garbage')).toMatchObject({ id: '', names: { en: '', ko: '' } });
  });

  it('names a damaged relationship by the nodes it joins, in each language', () => {
    const names = new Map([
      ['c1', { en: 'Lyon', ko: '리옹' }],
      ['g1', { en: 'Open city', ko: '' }],
    ]);
    const namesOf = (id: string) => names.get(id) ?? { en: '', ko: '' };
    const edge = { id: 'e1', kind: 'servesGoal', source: 'c1', target: 'g1' };
    expect(damageOf('edge', { ...edge, kind: 'likes' }, namesOf)).toEqual({
      record: 'edge',
      id: 'e1',
      names: { en: 'Lyon → Open city', ko: '리옹 → g1' },
      field: 'kind',
    });
  });
});
