import { useT } from '../../i18n';
import { focusInspector, INSPECTOR_ID } from '../inspector/inspectorFocus';

/** The editor's first Tab stop, shown only when focused: straight past toolbar and canvas. */
export function SkipToInspector() {
  const t = useT();
  return (
    <a
      className="skip-link"
      href={`#${INSPECTOR_ID}`}
      onClick={(event) => {
        // The address holds the open strategy (see routes.ts), so it must not change.
        event.preventDefault();
        focusInspector();
      }}
    >
      {t('skipToInspector')}
    </a>
  );
}
