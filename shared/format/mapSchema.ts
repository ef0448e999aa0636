import { z } from 'zod';
import { MAX_ZOOM, MIN_ZOOM } from '../layout/viewport';
import { FILTER_FACETS, type FilterFacet, type MapFilter } from '../map/filters';
import { FOCUS_DEPTHS } from '../map/focus';
import {
  MAX_SAVED_VIEWS,
  MAX_VIEW_NAME_LENGTH,
  MAX_VIEW_NOTES_LENGTH,
  type SavedView,
} from '../map/savedViews';
import { fieldErrorOf, textSchema, type FieldError } from '../model/fields';

// A strategy's map settings in a file. Each part has a default, so files from before they
// existed read as showing everything with no saved views.

const hiddenValues = z
  .array(textSchema({ maxLength: 100 }))
  .max(100)
  .default([]);

export const mapFilterSchema = z
  .object({
    hide: z
      .object(
        Object.fromEntries(FILTER_FACETS.map((facet) => [facet, hiddenValues])) as Record<
          FilterFacet,
          typeof hiddenValues
        >,
      )
      .prefault({}),
  })
  .prefault({}) satisfies z.ZodType<MapFilter>;

const viewCentre = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  zoom: z.number().min(MIN_ZOOM).max(MAX_ZOOM),
});

const focus = z.object({
  nodeId: textSchema({ maxLength: 200 }).min(1),
  depth: z.union(FOCUS_DEPTHS.map((depth) => z.literal(depth))),
});

const viewName = textSchema({ maxLength: MAX_VIEW_NAME_LENGTH });

/**
 * Why a file could not hold `name` as a saved view's name, or null when it could: a view kept
 * under such a name would make its strategy impossible to open again from an export.
 */
export function viewNameError(name: string): FieldError | null {
  const [issue] = viewName.safeParse(name).error?.issues ?? [];
  // A name's only rules are its length and its characters.
  return issue ? (fieldErrorOf(issue) ?? 'control') : null;
}

export const savedViewSchema = z
  .object({
    id: textSchema({ maxLength: 200 }).min(1),
    name: viewName,
    nameKo: viewName.default(''),
    viewport: viewCentre.nullable(),
    focus: focus.nullable().default(null),
    filters: mapFilterSchema,
    notes: textSchema({ maxLength: MAX_VIEW_NOTES_LENGTH, multiline: true }).optional(),
  })
  .refine((view) => view.name.trim() !== '' || view.nameKo.trim() !== '', {
    error: 'A saved view needs a name',
  }) satisfies z.ZodType<SavedView>;

export const savedViewsSchema = z.array(savedViewSchema).max(MAX_SAVED_VIEWS).default([]);

/** The limit of a strategy's saved views in a file, and what it allows. */
export interface SavedViewLimit {
  limit: 'views';
  maximum: number;
}

/** Null while `count` saved views still fit a file: with more, the strategy would not. */
export function savedViewLimitPassed(count: number): SavedViewLimit | null {
  return count > MAX_SAVED_VIEWS ? { limit: 'views', maximum: MAX_SAVED_VIEWS } : null;
}
