import { useEffect, useState } from 'react';
import type { LiveAddress } from '../../shared/host/liveSchemas';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n';
import { useApp } from '../store/StoreContext';
import type { AppState } from '../store/types';
import { adminTokenFor, rememberAdminToken, rememberName, rememberedName } from './liveRecords';
import { joinUrlOf, syncUrlOf } from './liveSlice';
import { isEnterToAct } from '../components/enterKey';

const selectHost = (s: AppState) => s.host;
const selectOpenId = (s: AppState) => s.openMeta?.id ?? null;

/**
 * Starts sharing the open strategy. The desktop app runs the server itself on an address of
 * this machine; a browser uses the `npm run serve` server it was loaded from, which lets it
 * host with the admin token that server printed.
 */
export function StartLiveDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const host = useApp(selectHost);
  const strategyId = useApp(selectOpenId);
  const startLiveSession = useApp((s) => s.startLiveSession);
  const [adminToken, setAdminToken] = useState(() => adminTokenFor(location.origin));
  const [addresses, setAddresses] = useState<LiveAddress[]>([]);
  const [address, setAddress] = useState('127.0.0.1');
  const [port, setPort] = useState('');
  const [name, setName] = useState(rememberedName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const desktop = host.live;

  useEffect(() => {
    if (!desktop) return;
    desktop.addresses().then(
      (found) => {
        setAddresses(found);
        if (found[0]) setAddress(found[0].address);
      },
      (reason: unknown) => setError(String(reason)),
    );
  }, [desktop]);

  const chosenPort = parsePort(port);

  const start = async () => {
    if (!strategyId || busy || name.trim() === '' || chosenPort === null) return;
    rememberName(name);
    setBusy(true);
    setError(null);
    try {
      if (desktop) {
        const server = await desktop.start(address, chosenPort);
        const session = await desktop.openSession(strategyId);
        await startLiveSession({
          syncUrl: syncUrlOf(server.url),
          joinUrl: joinUrlOf(server.url),
          credential: { hostToken: session.hostToken },
          joinCode: session.joinCode,
        });
      } else {
        rememberAdminToken(location.origin, adminToken.trim());
        await startLiveSession({
          syncUrl: syncUrlOf(location.origin),
          joinUrl: joinUrlOf(location.origin),
          credential: { adminToken: adminToken.trim() },
        });
      }
      onClose();
    } catch (reason) {
      setError(t('liveStartFailed', { error: String(reason) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('liveStartTitle')}
      onCancel={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button
            className="primary"
            disabled={
              busy ||
              name.trim() === '' ||
              chosenPort === null ||
              (!desktop && adminToken.trim() === '')
            }
            onClick={() => void start()}
          >
            {t('liveStart')}
          </button>
        </>
      }
    >
      <p>{t('liveStartHint')}</p>
      <label>
        {t('liveYourName')}
        <input
          value={name}
          maxLength={80}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {desktop ? (
        <label>
          {t('liveHostAddress')}
          <select value={address} onChange={(event) => setAddress(event.target.value)}>
            {addresses.map((a) => (
              <option key={a.address} value={a.address}>
                {a.address} ({a.interfaceName})
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {desktop ? (
        <label>
          {t('livePort')}
          <input
            inputMode="numeric"
            value={port}
            placeholder={t('livePortAny')}
            aria-invalid={chosenPort === null}
            onChange={(event) => setPort(event.target.value)}
          />
          <small className={chosenPort === null ? 'field-error' : undefined}>
            {t(chosenPort === null ? 'livePortInvalid' : 'livePortHint')}
          </small>
        </label>
      ) : (
        <label>
          {t('liveAdminToken')}
          <input
            type="password"
            autoComplete="off"
            value={adminToken}
            onChange={(event) => setAdminToken(event.target.value)}
            onKeyDown={(event) => {
              if (isEnterToAct(event)) void start();
            }}
          />
          <small>{t('liveAdminTokenHint')}</small>
        </label>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

/**
 * The port typed, or undefined for any free one the system gives; null when it cannot be one
 * (ports below 1024 need administrator rights).
 */
export function parsePort(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const port = Number(trimmed);
  return port >= 1024 && port <= 65535 ? port : null;
}
