import { describe, expect, it } from 'vitest';
import { connectionOptions, edgeKindsBetween, isEdgeAllowed } from '../../shared/model/edgeRules';

describe('connectionOptions', () => {
  it('picks the only fitting kind', () => {
    expect(connectionOptions('project', 'partnerCity')).toEqual([
      { kind: 'locatedIn', reversed: false },
    ]);
    expect(connectionOptions('goal', 'goal')).toEqual([{ kind: 'subgoalOf', reversed: false }]);
  });

  it('offers every fitting kind when more than one fits', () => {
    const kinds = connectionOptions('project', 'actor').map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['fundedBy', 'implementedBy']));
    expect(kinds.length).toBeGreaterThan(1);
  });

  it('turns a drag made the other way round', () => {
    expect(connectionOptions('goal', 'partnerCity')).toEqual([
      { kind: 'servesGoal', reversed: true },
    ]);
  });

  it('refuses pairs nothing joins', () => {
    expect(connectionOptions('project', 'project')).toEqual([]);
  });
});

describe('edge rules', () => {
  it('know which ends each kind may join', () => {
    expect(isEdgeAllowed('memberOf', 'partnerCity', 'network')).toBe(true);
    expect(isEdgeAllowed('memberOf', 'network', 'partnerCity')).toBe(false);
    expect(edgeKindsBetween('actor', 'network')).toEqual(['partnersWith', 'memberOf']);
  });
});
