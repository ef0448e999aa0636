import { useT } from '../i18n';
import { selectAboutOpen } from '../store/selectors';
import { useApp } from '../store/StoreContext';
import { Dialog } from './Dialog';

export function AboutDialog() {
  const t = useT();
  const open = useApp(selectAboutOpen);
  const setAboutOpen = useApp((s) => s.setAboutOpen);
  if (!open) return null;
  const close = () => setAboutOpen(false);
  return (
    <Dialog
      title={t('appName')}
      onCancel={close}
      actions={<button onClick={close}>{t('close')}</button>}
    >
      <p>{t('aboutBody')}</p>
      <p className="muted">{t('aboutCredits')}</p>
    </Dialog>
  );
}
