import type { EditorView } from '../../store/types';

/** The name of each view of the editor, as its tab shows it. */
export const VIEW_NAMES = {
  canvas: 'canvasView',
  pipeline: 'pipelineView',
  activity: 'activityView',
  map: 'mapView',
} as const satisfies Record<EditorView, string>;
