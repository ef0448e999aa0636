import { useEffect, useId, useState, type ReactNode } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import { useT } from '../i18n';
import { useApp } from '../store/StoreContext';
import { rememberName, rememberedName } from './liveRecords';
import { prefetchLive } from './prefetchLive';

/** What a refusal of the server, or a failure to reach it, says to the person joining. */
export function joinFailureKey(reason: string): MessageKey {
  switch (reason) {
    case 'wrong-code':
      return 'liveWrongCode';
    case 'removed':
      return 'liveRemoved';
    case 'no-session':
      return 'liveNoSession';
    case 'unreachable':
    case 'bad-address':
      return 'liveUnreachable';
    default:
      return 'liveRefused';
  }
}

interface JoinFormProps {
  /** Asked for only in the app; the join page joins the server it came from. */
  address: string | null;
  initialCode?: string;
  onJoined?(strategyId: string): void;
  actions?: ReactNode;
}

/** "Join code" and "Your name" (remembered), and "Join". */
export function JoinForm({ address, initialCode = '', onJoined, actions }: JoinFormProps) {
  const t = useT();
  const joinLiveSession = useApp((s) => s.joinLiveSession);
  const [serverAddress, setServerAddress] = useState('');
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const errorId = useId();
  useEffect(prefetchLive, []);

  const join = async () => {
    if (busy || name.trim() === '' || code.trim() === '') return;
    setBusy(true);
    setFailure(null);
    rememberName(name);
    const outcome = await joinLiveSession({
      address: address ?? serverAddress,
      code,
      name: name.trim(),
    });
    setBusy(false);
    if (outcome.ok) onJoined?.(outcome.strategyId);
    else setFailure(joinFailureKey(outcome.reason));
  };

  return (
    <form
      className="join-form"
      onSubmit={(event) => {
        event.preventDefault();
        void join();
      }}
    >
      {address === null && (
        <label>
          {t('liveAddress')}
          <input
            value={serverAddress}
            placeholder="http://192.168.0.10:4300"
            onChange={(event) => setServerAddress(event.target.value)}
            required
          />
        </label>
      )}
      <label>
        {t('liveJoinCode')}
        <input
          value={code}
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          className="join-code-input"
          aria-invalid={failure === 'liveWrongCode'}
          aria-describedby={failure ? errorId : undefined}
          onChange={(event) => setCode(event.target.value)}
          required
        />
      </label>
      <label>
        {t('liveYourName')}
        <input
          value={name}
          maxLength={80}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
          required
        />
      </label>
      {failure && (
        <p className="field-error" id={errorId} role="alert">
          {t(failure)}
        </p>
      )}
      <div className="dialog-actions">
        {actions}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('liveJoining') : t('liveJoinButton')}
        </button>
      </div>
    </form>
  );
}
