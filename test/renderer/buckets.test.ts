import { describe, expect, it } from 'vitest';
import { createBucketGrouping, toBuckets } from '../../renderer/persistence/buckets';

const records = Array.from({ length: 700 }, (_, i) => ({ id: `n${i}`, order: i }));

describe('grouping records into buckets a part at a time', () => {
  it('gives the buckets grouping the whole list at once gives, records in their order', () => {
    const grouping = createBucketGrouping<(typeof records)[number]>();
    for (let start = 0; start < records.length; start += 250)
      grouping.add(records.slice(start, start + 250));
    const buckets = grouping.buckets('s1');
    expect(buckets).toEqual(toBuckets('s1', records));
    expect(buckets.flatMap((b) => b.records)).toHaveLength(records.length);
    for (const bucket of buckets) {
      const orders = bucket.records.map((r) => r.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
    }
  });

  it('gives no buckets for no records', () => {
    expect(createBucketGrouping().buckets('s1')).toEqual([]);
  });
});
