/** The slice of Electron's app that the single-instance lock uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  isReady(): boolean;
  on(event: 'second-instance', listener: () => void): void;
}

/** The slice of a BrowserWindow brought forward when the app is started again. */
export interface ForegroundWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Makes this process the only one running the app. Two instances would each hold the same
 * strategies in memory and write over each other's saves; starting the app again brings the
 * running window forward instead. Returns false when another instance runs: this one quits.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  window: { current(): ForegroundWindow | null; create(): void },
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const current = window.current();
    if (!current) {
      // macOS keeps the app running with no window; starting it again should show one.
      if (app.isReady()) window.create();
      return;
    }
    if (current.isMinimized()) current.restore();
    current.show();
    current.focus();
  });
  return true;
}
