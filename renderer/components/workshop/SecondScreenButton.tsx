import { useT } from '../../i18n';
import { hashForPresentation } from '../../routes';
import { selectOpenMeta } from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';
import type { AppState } from '../../store/types';

const selectHost = (s: AppState) => s.host;

/**
 * "Present on second screen", where the host manages windows (the desktop app): the slides go
 * to a projector window and this one keeps the presenter's notes.
 */
export function SecondScreenButton() {
  const t = useT();
  const host = useApp(selectHost);
  const meta = useApp(selectOpenMeta);
  const store = useAppStore();
  if (!host.openProjector || !meta) return null;
  const open = async () => {
    const state = store.getState();
    state.startPresentation(0, 'presenter');
    try {
      const result = await host.openProjector!({
        route: `${hashForPresentation(meta.id)}?screen=projector`,
      });
      state.showNotice({
        tone: 'info',
        key: result.screen === 'second' ? 'projectorOpened' : 'projectorOneScreen',
      });
    } catch (error) {
      state.stopPresentation();
      state.showNotice({ tone: 'error', key: 'projectorFailed', values: { error: String(error) } });
    }
  };
  return <button onClick={() => void open()}>{t('presentOnSecondScreen')}</button>;
}
