import type { AriaLabelConfig } from '@xyflow/react';
import type { MessageKey, Translate } from '../../../shared/i18n/translate';

/** React Flow's own hints, control names and announcements, in the UI language. */
export function flowAriaLabels(t: Translate): AriaLabelConfig {
  return {
    // React Flow shows "default" when its keyboard handling is off and the other one when on.
    'node.a11yDescription.default': t('flow.nodeHelp'),
    'node.a11yDescription.keyboardDisabled': t('flow.nodeKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('flow.moved', { direction: t(`flow.${direction}` as MessageKey), x, y }),
    'edge.a11yDescription.default': t('flow.edgeHelp'),
    'controls.ariaLabel': t('flow.controls'),
    'controls.zoomIn.ariaLabel': t('zoomIn'),
    'controls.zoomOut.ariaLabel': t('zoomOut'),
    'controls.fitView.ariaLabel': t('fitView'),
    'controls.interactive.ariaLabel': t('flow.interactive'),
    'minimap.ariaLabel': t('minimap'),
    'handle.ariaLabel': t('flow.handle'),
  };
}
