import { useEffect, useId, useState, type ComponentProps, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { FIELD_ERROR_MESSAGES } from '../../shared/i18n/fieldErrors';
import type { MessageKey } from '../../shared/i18n/translate';
import { useT } from '../i18n';
import { useApp } from '../store/StoreContext';
import { rememberName, rememberedName } from './liveRecords';
import { liveRefusalKey } from './liveSlice';
import { prefetchLive } from './prefetchLive';

/** What a refusal of the server, or a failure to reach it, says to the person joining. */
export function joinFailureKey(reason: string): MessageKey {
  return reason === 'unreachable' || reason === 'bad-address'
    ? 'liveUnreachable'
    : liveRefusalKey(reason);
}

interface JoinFormProps {
  /** Asked for only in the app; the join page joins the server it came from. */
  address: string | null;
  initialCode?: string;
  onJoined?(strategyId: string): void;
  actions?: ReactNode;
}

type JoinField = 'address' | 'code' | 'name';

/** "Join code" and "Your name" (remembered), and "Join". */
export function JoinForm({ address, initialCode = '', onJoined, actions }: JoinFormProps) {
  const t = useT();
  const joinLiveSession = useApp((s) => s.joinLiveSession);
  const [serverAddress, setServerAddress] = useState('');
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(rememberedName);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [leftEmpty, setLeftEmpty] = useState<JoinField[]>([]);
  const errorId = useId();
  useEffect(prefetchLive, []);

  const values: Record<JoinField, string> = { address: serverAddress, code, name };
  const asked: JoinField[] = address === null ? ['address', 'code', 'name'] : ['code', 'name'];

  const join = async () => {
    if (busy) return;
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

  const submit = (form: HTMLFormElement) => {
    const empty = asked.filter((field) => values[field].trim() === '');
    // Rendered before the focus moves, so the field is announced with its message.
    flushSync(() => setLeftEmpty(empty));
    const [first] = empty;
    if (first) form.querySelector<HTMLInputElement>(`[data-field="${first}"]`)?.focus();
    else void join();
  };

  const fieldProps = (field: JoinField, set: (value: string) => void) => ({
    value: values[field],
    'data-field': field,
    leftEmpty: leftEmpty.includes(field),
    onChange: (event: { target: { value: string } }) => {
      set(event.target.value);
      setLeftEmpty((fields) => fields.filter((other) => other !== field));
    },
  });

  return (
    <form
      className="join-form"
      // The browser's own bubbles speak the computer's language, not the app's: checked here.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {address === null && (
        <RequiredInput
          label={t('liveAddress')}
          {...fieldProps('address', setServerAddress)}
          placeholder="http://192.168.0.10:4300"
        />
      )}
      <RequiredInput
        label={t('liveJoinCode')}
        {...fieldProps('code', setCode)}
        autoComplete="off"
        spellCheck={false}
        maxLength={32}
        className="join-code-input"
        invalid={failure === 'liveWrongCode'}
        describedBy={failure ? errorId : undefined}
      />
      <RequiredInput
        label={t('liveYourName')}
        {...fieldProps('name', setName)}
        maxLength={80}
        autoComplete="name"
      />
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

interface RequiredInputProps extends ComponentProps<'input'> {
  label: string;
  /** Submitted empty, and not typed in since. */
  leftEmpty: boolean;
  /** Marked wrong for another reason, said in the message describedBy names. */
  invalid?: boolean;
  describedBy?: string;
}

/** A labelled input that must be filled in, saying so under it in the app's language. */
function RequiredInput({
  label,
  leftEmpty,
  invalid = false,
  describedBy,
  ...input
}: RequiredInputProps) {
  const t = useT();
  const messageId = useId();
  const described = [leftEmpty ? messageId : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div>
      <label>
        {label}
        <input
          {...input}
          aria-required
          aria-invalid={leftEmpty || invalid}
          aria-describedby={described || undefined}
        />
      </label>
      {leftEmpty && (
        <p className="field-error" id={messageId} role="alert">
          {t(FIELD_ERROR_MESSAGES.required)}
        </p>
      )}
    </div>
  );
}
