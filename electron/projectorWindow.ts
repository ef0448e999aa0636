import type { OpenProjectorResult } from '../shared/host/bridge';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Bounds;
}

/** The slice of a BrowserWindow the projector uses. */
export interface ProjectorWindow {
  loadURL(url: string): Promise<void>;
  setFullScreen(flag: boolean): void;
  close(): void;
  isDestroyed(): boolean;
  onClosed(listener: () => void): void;
}

export interface ProjectorDeps {
  appOrigin: string;
  displays(): DisplayLike[];
  /** The display the main window is on, or null without a main window. */
  mainDisplayId(): number | null;
  createWindow(bounds: Bounds): ProjectorWindow;
}

/**
 * The projector window of "Present on second screen": full screen on a display other than the
 * main window's, which keeps the presenter's notes. With one display it opens as a window of its
 * own there, to be dragged onto a projector plugged in later. One at a time.
 */
export function createProjector(deps: ProjectorDeps) {
  let window: ProjectorWindow | null = null;

  const close = () => {
    const open = window;
    window = null;
    if (open && !open.isDestroyed()) open.close();
  };

  return {
    async open(route: string): Promise<OpenProjectorResult> {
      close();
      const displays = deps.displays();
      const mainId = deps.mainDisplayId();
      const other = displays.find((display) => display.id !== mainId);
      const home = displays.find((display) => display.id === mainId) ?? displays[0];
      const bounds = other
        ? other.bounds
        : home
          ? {
              x: home.bounds.x + Math.round(home.bounds.width * 0.1),
              y: home.bounds.y + Math.round(home.bounds.height * 0.1),
              width: Math.round(home.bounds.width * 0.8),
              height: Math.round(home.bounds.height * 0.8),
            }
          : { x: 0, y: 0, width: 1280, height: 720 };
      const opened = deps.createWindow(bounds);
      window = opened;
      opened.onClosed(() => {
        if (window === opened) window = null;
      });
      if (other) opened.setFullScreen(true);
      await opened.loadURL(`${deps.appOrigin}/index.html${route}`);
      return { status: 'opened', screen: other ? 'second' : 'same' };
    },
    close,
    isOpen: () => window !== null,
  };
}

export type Projector = ReturnType<typeof createProjector>;
