import { setImmediate as nextTurn } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { createDocumentSizes } from '../../electron/live/documentSizes';

it('admits writes up to the cap, counting what arrives otherwise and what is measured', async () => {
  const sizes = createDocumentSizes(1000);
  const document = {};
  sizes.measured(document, 400);
  expect(sizes.admit(document, 500)).toBe(true);
  // A measurement in the same turn may have missed that write: it still counts.
  sizes.measured(document, 400);
  expect(sizes.admit(document, 200)).toBe(false);
  await nextTurn();
  sizes.measured(document, 450);
  sizes.grew(document, 100);
  expect(sizes.admit(document, 450)).toBe(true);
  expect(sizes.admit(document, 1)).toBe(false);
  // Another document has a count of its own.
  expect(sizes.admit({}, 1000)).toBe(true);
});
