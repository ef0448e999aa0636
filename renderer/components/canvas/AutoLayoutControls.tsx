import { LAYOUT_STYLES, type LayoutStyle } from '../../../shared/layout/autoLayout';
import { useT } from '../../i18n';
import { selectLayoutRunning, selectLayoutStyle, selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/** "Auto layout" and the style it arranges the graph in. */
export function AutoLayoutControls() {
  const t = useT();
  const style = useApp(selectLayoutStyle);
  const running = useApp(selectLayoutRunning);
  const readOnly = useApp(selectReadOnly);
  const setLayoutStyle = useApp((s) => s.setLayoutStyle);
  const autoLayout = useApp((s) => s.autoLayout);
  return (
    <>
      <select
        aria-label={t('layoutStyle')}
        value={style}
        onChange={(event) => setLayoutStyle(event.target.value as LayoutStyle)}
      >
        {LAYOUT_STYLES.map((option) => (
          <option key={option} value={option}>
            {t(`layout.${option}`)}
          </option>
        ))}
      </select>
      <button onClick={() => void autoLayout()} disabled={running || readOnly} aria-busy={running}>
        {t('autoLayout')}
      </button>
    </>
  );
}
