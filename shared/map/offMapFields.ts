import { fieldsOf } from '../model/fields';
import { NODE_KINDS } from '../model/vocabulary';

/**
 * Per kind, the fields the map never shows or filters by: the long texts (notes, a goal's
 * description), read in the inspector and the printed plan.
 */
const OFF_MAP_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  NODE_KINDS.map((kind) => [
    kind,
    new Set(
      fieldsOf(kind)
        .filter((field) => field.type === 'longText')
        .map((field) => field.key),
    ),
  ]),
);
const NONE: ReadonlySet<string> = new Set();

/**
 * Whether the data `a` and `b` of a node of `kind` look the same on the map: they differ in
 * off-map fields at most, so typing in a node's notes leaves the map as it was. Values are
 * compared by identity; a kind this version does not know has no off-map fields.
 */
export function sameOnMap(kind: string, a: object, b: object): boolean {
  if (a === b) return true;
  const offMap = OFF_MAP_FIELDS.get(kind) ?? NONE;
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  for (const key in before) if (before[key] !== after[key] && !offMap.has(key)) return false;
  for (const key in after) if (!(key in before) && !offMap.has(key)) return false;
  return true;
}
