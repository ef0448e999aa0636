import { describe, expect, it } from 'vitest';
import { parseStrategyFile, serializeStrategy } from '../../shared/format/strategyFile';
import { generateStrategy } from './generateStrategy';

describe('strategy generator', () => {
  it('makes the same strategy from the same seed and another from another seed', () => {
    expect(generateStrategy(500, 7)).toEqual(generateStrategy(500, 7));
    expect(generateStrategy(500, 7)).not.toEqual(generateStrategy(500, 8));
  });

  it('makes exactly the size asked, in the sample’s proportions, as a valid strategy file', () => {
    const strategy = generateStrategy(2000, 3);
    expect(strategy.nodes).toHaveLength(2000);
    const share = (kind: string) => strategy.nodes.filter((n) => n.kind === kind).length / 2000;
    expect(share('project')).toBeCloseTo(59 / 155, 1);
    expect(share('partnerCity')).toBeCloseTo(43 / 155, 1);
    expect(
      parseStrategyFile(serializeStrategy({ ...strategy, id: 'x' }, strategy.createdAt)).ok,
    ).toBe(true);
  });
});
