import { useState } from 'react';
import { useT } from '../i18n';
import { LanguageSelect } from '../components/LanguageSelect';
import { Dialog } from '../components/Dialog';
import { JoinForm } from './JoinForm';
import { hashForStrategy } from '../routes';
import './live.css';

const JOIN_ROUTE = /^#\/join(?:\/([A-Za-z0-9-]{0,32}))?\/?$/;

/** The address a session's people open: `#/join`, or `#/join/CODE` from the QR code. */
export function joinRoute(hash: string): { code: string } | null {
  const match = JOIN_ROUTE.exec(hash);
  return match ? { code: match[1] ?? '' } : null;
}

export function joinHash(code?: string): string {
  return code ? `#/join/${code}` : '#/join';
}

/** The join address's page: the session's server is the one this page came from. */
export function JoinPage({ code }: { code: string }) {
  const t = useT();
  return (
    <main className="join-page">
      <header className="library-header">
        <h1>{t('liveJoinTitle')}</h1>
        <LanguageSelect />
      </header>
      <JoinForm
        address={location.origin}
        initialCode={code}
        onJoined={(strategyId) => {
          location.hash = hashForStrategy(strategyId);
        }}
      />
    </main>
  );
}

/** "Join live session" in the app: the server's address and the code. */
export function JoinLiveButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>{t('liveJoin')}</button>
      {open && (
        <Dialog title={t('liveJoinTitle')} onCancel={() => setOpen(false)} actions={null}>
          <JoinForm
            address={null}
            onJoined={() => setOpen(false)}
            actions={
              <button type="button" onClick={() => setOpen(false)}>
                {t('cancel')}
              </button>
            }
          />
        </Dialog>
      )}
    </>
  );
}
