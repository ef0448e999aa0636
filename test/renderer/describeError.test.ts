import { describe, expect, it } from 'vitest';
import { describeError } from '../../renderer/store/describeError';

describe('what went wrong, in a line', () => {
  it('names the error once, even when its message begins with its name', () => {
    const quota = new Error('QuotaExceededError: The quota has been exceeded.\nat put');
    quota.name = 'QuotaExceededError';
    expect(describeError(quota)).toBe('QuotaExceededError: The quota has been exceeded.');
    expect(describeError(new TypeError('x is undefined'))).toBe('TypeError: x is undefined');
    expect(describeError('disk full')).toBe('disk full');
  });
});
