import { closeReadinessSchema } from '../shared/host/ipcSchemas';
import type { Translate } from '../shared/i18n/translate';
import type { IpcEventLike } from './ipcHandlers';
import { isAppUrl } from './security';

/** How long a page gets to flush its saves before it is taken for hung. */
export const CLOSE_READINESS_TIMEOUT_MS = 5_000;

export interface CloseGuardDeps {
  /** Sends the close request to the page, with the id its answer must carry. */
  requestReadiness(requestId: number): void;
  /** Asks the user whether to close with unsaved changes; true closes. */
  confirmClose(): Promise<boolean>;
  /** Closes the window for real; the guard lets that close through. */
  closeWindow(): void;
  /** The user chose to keep the window open. */
  keptOpen?(): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
  timeoutMs?: number;
}

type State =
  | { kind: 'open' }
  | { kind: 'waiting'; requestId: number; timer: unknown }
  | { kind: 'asking' }
  | { kind: 'closing' };

/**
 * Holds the window's close until the page has flushed its pending saves. A page that says
 * nothing is unsaved closes at once; otherwise, or when the page does not answer in time,
 * the user decides.
 */
export function createCloseGuard(deps: CloseGuardDeps) {
  let state: State = { kind: 'open' };
  let lastRequestId = 0;

  const close = () => {
    state = { kind: 'closing' };
    deps.closeWindow();
  };

  const ask = async () => {
    state = { kind: 'asking' };
    // A question that could not be asked keeps the window, and with it the edits.
    if (await deps.confirmClose().catch(() => false)) close();
    else {
      state = { kind: 'open' };
      deps.keptOpen?.();
    }
  };

  return {
    /** The window's 'close' event. */
    onClose(event: { preventDefault(): void }): void {
      if (state.kind === 'closing') return;
      event.preventDefault();
      // A second click on the close button while the first is pending changes nothing.
      if (state.kind !== 'open') return;
      const requestId = ++lastRequestId;
      const timer = deps.setTimeout(() => {
        if (state.kind === 'waiting' && state.requestId === requestId) void ask();
      }, deps.timeoutMs ?? CLOSE_READINESS_TIMEOUT_MS);
      state = { kind: 'waiting', requestId, timer };
      deps.requestReadiness(requestId);
    },

    /** The page's answer, as it arrived over IPC: untrusted until checked. */
    onReadiness(event: IpcEventLike, reply: unknown): void {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
      const parsed = closeReadinessSchema.safeParse(reply);
      // Answers to an earlier request, or arriving once the user is asked, are stale.
      if (!parsed.success || state.kind !== 'waiting' || parsed.data.requestId !== state.requestId)
        return;
      deps.clearTimeout(state.timer);
      if (parsed.data.unsaved) void ask();
      else close();
    },

    /** True once the guard has let the window go; unload prompts must not stop it then. */
    isClosing(): boolean {
      return state.kind === 'closing';
    },
  };
}

export type CloseGuard = ReturnType<typeof createCloseGuard>;

/** The question asked before closing over unsaved changes; "Keep open" is the safe default. */
export function closeQuestion(t: Translate) {
  return {
    type: 'warning' as const,
    message: t('close.unsaved'),
    detail: t('close.unsavedDetail'),
    buttons: [t('close.closeAnyway'), t('close.keepOpen')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** Reads the message box's answer to closeQuestion. */
export function choseCloseAnyway(result: { response: number }): boolean {
  return result.response === 0;
}
