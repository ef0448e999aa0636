import { Fragment, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/translate';
import type { LiveParticipant, LiveRole } from '../../shared/host/liveSchemas';
import { useT } from '../i18n';
import { LiveWorkshopControls } from './LiveWorkshopControls';
import { useApp } from '../store/StoreContext';
import type { AppState } from '../store/types';
import { participantId as ownParticipantId } from './liveRecords';
import type { LiveStatus } from './liveSession';
import { liveRefusalKey } from './liveSlice';
import { colourOf } from './participantColour';
import { StartLiveDialog } from './StartLiveDialog';
import './live.css';

const selectLive = (s: AppState) => s.live;
const selectReadOnly = (s: AppState) => s.readOnly;

const STATUS_KEYS: Record<LiveStatus, MessageKey> = {
  connecting: 'liveStatusConnecting',
  connected: 'liveStatusConnected',
  reconnecting: 'liveStatusReconnecting',
  offline: 'liveStatusOffline',
  ended: 'liveStatusEnded',
};

const ROLE_KEYS: Record<LiveRole, MessageKey> = {
  facilitator: 'liveRoleFacilitator',
  editor: 'liveRoleEditor',
  viewer: 'liveRoleViewer',
};

/** The join address as a QR code, drawn here: nothing is fetched. */
function JoinQrCode({ url }: { url: string }) {
  const t = useT();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // Only a host shows a code: the encoder loads then, not with the app.
    import('qrcode')
      .then(({ default: QRCode }) => QRCode.toDataURL(url, { margin: 1, width: 168 }))
      .then(
        (data) => current && setImage(data),
        () => current && setImage(null),
      );
    return () => {
      current = false;
    };
  }, [url]);
  return image ? <img className="live-qr" src={image} alt={t('liveQrCode')} /> : null;
}

interface Member {
  participantId: string;
  name: string;
  role: LiveRole;
  online: boolean;
}

/**
 * An address that may wrap where it reads well: after a slash or a dot, before a colon, never
 * inside a number or a name (a port split over two lines reads as two numbers).
 */
function AddressText({ address }: { address: string }) {
  const parts = address.split(/(?<=[/.])(?!\/)|(?=:(?!\/\/))/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * Names and roles as the server has them, so nobody can pass for the facilitator by saying so;
 * presence only adds whether someone connected to another server of the same session is here.
 */
function membersOf(live: NonNullable<AppState['live']>): Member[] {
  // Once the session has ended, nobody is in it: the last list the server sent is history.
  const ended = live.status === 'ended';
  return live.participants.map((p: LiveParticipant) => ({
    participantId: p.participantId,
    name: p.name,
    role: p.role,
    online:
      !ended &&
      (p.connections > 0 || live.peers.some((peer) => peer.participantId === p.participantId)),
  }));
}

function LivePanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const live = useApp(selectLive)!;
  const endLiveSession = useApp((s) => s.endLiveSession);
  const leaveLiveSession = useApp((s) => s.leaveLiveSession);
  const setParticipantRole = useApp((s) => s.setParticipantRole);
  const removeParticipant = useApp((s) => s.removeParticipant);
  const followParticipant = useApp((s) => s.followParticipant);
  const bringEveryoneHere = useApp((s) => s.bringEveryoneHere);
  const me = ownParticipantId();
  const ended = live.status === 'ended';
  // An ended session has nobody left to manage.
  const facilitator = live.role === 'facilitator' && !ended;
  const members = membersOf(live);
  const qrUrl = live.joinUrl && live.joinCode ? `${live.joinUrl}/${live.joinCode}` : live.joinUrl;

  return (
    <aside
      className="live-panel"
      aria-label={t('liveSession')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="live-panel-header">
        <h2>{t('liveSession')}</h2>
        <button onClick={onClose}>{t('close')}</button>
      </div>
      {facilitator && live.joinUrl && (
        <div className="live-join-info">
          {qrUrl && <JoinQrCode url={qrUrl} />}
          <dl>
            <dt>{t('liveJoinAddress')}</dt>
            <dd>
              <output className="live-join-url">
                <AddressText address={live.joinUrl} />
              </output>
            </dd>
            <dt>{t('liveJoinCode')}</dt>
            <dd>
              <output className="live-join-code" aria-label={t('liveJoinCode')}>
                {live.joinCode ?? '…'}
              </output>
            </dd>
          </dl>
        </div>
      )}
      {ended && live.ended && <p className="live-ended-note">{t(liveRefusalKey(live.ended))}</p>}
      <h3>{t('liveParticipants')}</h3>
      <ul className="live-participants" aria-label={t('liveParticipants')}>
        {members.map((member) => {
          const own = member.participantId === me;
          return (
            <li key={member.participantId} className={member.online ? 'is-online' : 'is-offline'}>
              <span
                className="live-swatch"
                style={{ background: colourOf(member.participantId) }}
                aria-hidden="true"
              />
              <span className="live-name">
                {member.name}
                {own && ` (${t('liveYou')})`}
              </span>
              <span className="live-presence">
                {t(member.online ? 'liveOnline' : 'liveOffline')}
              </span>
              <span className="live-member-actions">
                {facilitator && !own && member.role !== 'facilitator' ? (
                  <select
                    aria-label={t('liveRoleOf', { name: member.name })}
                    value={member.role}
                    onChange={(event) =>
                      setParticipantRole(
                        member.participantId,
                        event.target.value as 'editor' | 'viewer',
                      )
                    }
                  >
                    <option value="editor">{t('liveRoleEditor')}</option>
                    <option value="viewer">{t('liveRoleViewer')}</option>
                  </select>
                ) : (
                  <span className="live-role">{t(ROLE_KEYS[member.role])}</span>
                )}
                {!own && member.online && (
                  <button
                    aria-pressed={live.following === member.participantId}
                    aria-label={t('liveFollowName', { name: member.name })}
                    onClick={() =>
                      followParticipant(
                        live.following === member.participantId ? null : member.participantId,
                      )
                    }
                  >
                    {t(
                      live.following === member.participantId ? 'liveStopFollowing' : 'liveFollow',
                    )}
                  </button>
                )}
                {facilitator && !own && member.role !== 'facilitator' && (
                  <button
                    className="danger"
                    aria-label={t('liveRemoveName', { name: member.name })}
                    onClick={() => removeParticipant(member.participantId)}
                  >
                    {t('liveRemove')}
                  </button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        {facilitator && (
          <button onClick={() => void bringEveryoneHere()}>{t('liveBringHere')}</button>
        )}
        {facilitator ? (
          <button className="danger" onClick={() => void endLiveSession()}>
            {t('liveEnd')}
          </button>
        ) : (
          <button onClick={() => void leaveLiveSession()}>{t('liveLeave')}</button>
        )}
      </div>
    </aside>
  );
}

/** The editor toolbar's part: start sharing, or the session's status and its panel. */
export function LiveControls() {
  const t = useT();
  const live = useApp(selectLive);
  const readOnly = useApp(selectReadOnly);
  const showLivePanel = useApp((s) => s.showLivePanel);
  const panelToggle = useRef<HTMLButtonElement>(null);
  // Closed from inside, the panel's buttons go with it: focus goes back to the button that
  // opens it, not to the page's start.
  const closePanel = () => {
    showLivePanel(false);
    panelToggle.current?.focus();
  };
  const [starting, setStarting] = useState(false);

  const start = (
    <>
      <button onClick={() => setStarting(true)} disabled={readOnly}>
        {t('liveStart')}
      </button>
      {starting && <StartLiveDialog onClose={() => setStarting(false)} />}
    </>
  );
  if (!live) return start;
  // Until all of a large strategy is sent, the others do not have it: not yet "connected". Cut
  // off meanwhile, the connection's state says more than the share.
  const sent = live.status === 'connected' ? live.sharing : null;
  return (
    <>
      <span
        className={`live-status live-${sent === null ? live.status : 'connecting'}`}
        role="status"
      >
        {sent === null
          ? t(STATUS_KEYS[live.status])
          : t('liveStatusSharing', { percent: Math.floor(sent * 100) })}
      </span>
      {/* Ended by the host or the server, the copy is this person's to share again. */}
      {live.status === 'ended' && start}
      <button
        ref={panelToggle}
        aria-expanded={live.panelOpen}
        onClick={() => showLivePanel(!live.panelOpen)}
      >
        {t('liveParticipants')}
      </button>
      <LiveWorkshopControls />
      {live.panelOpen && <LivePanel onClose={closePanel} />}
    </>
  );
}
