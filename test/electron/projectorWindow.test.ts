import { describe, expect, it, vi } from 'vitest';
import {
  createProjector,
  type DisplayLike,
  type ProjectorWindow,
} from '../../electron/projectorWindow';

const laptop: DisplayLike = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } };
const projectorScreen: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
};

function fakeWindow() {
  let destroyed = false;
  const closed: (() => void)[] = [];
  const window = {
    loadURL: vi.fn(async () => {}),
    setFullScreen: vi.fn(),
    close: vi.fn(() => {
      destroyed = true;
      for (const listener of closed) listener();
    }),
    isDestroyed: () => destroyed,
    onClosed: (listener: () => void) => void closed.push(listener),
  } satisfies ProjectorWindow;
  return window;
}

function setup(displays: DisplayLike[], mainDisplayId: number | null = 1) {
  const windows: ReturnType<typeof fakeWindow>[] = [];
  const createWindow = vi.fn(() => {
    const window = fakeWindow();
    windows.push(window);
    return window;
  });
  const projector = createProjector({
    appOrigin: 'app://workbench',
    displays: () => displays,
    mainDisplayId: () => mainDisplayId,
    createWindow,
  });
  return { projector, windows, createWindow };
}

describe('projector window', () => {
  it('opens full screen on the display the main window is not on, at the presentation', async () => {
    const { projector, windows, createWindow } = setup([laptop, projectorScreen]);
    await expect(projector.open('#/present/s1?screen=projector')).resolves.toEqual({
      status: 'opened',
      screen: 'second',
    });
    expect(createWindow).toHaveBeenCalledWith(projectorScreen.bounds);
    expect(windows[0]!.setFullScreen).toHaveBeenCalledWith(true);
    expect(windows[0]!.loadURL).toHaveBeenCalledWith(
      'app://workbench/index.html#/present/s1?screen=projector',
    );
  });

  it('with one display, opens a window of its own there, not full screen over the notes', async () => {
    const { projector, windows, createWindow } = setup([laptop]);
    await expect(projector.open('#/present/s1')).resolves.toEqual({
      status: 'opened',
      screen: 'same',
    });
    expect(createWindow).toHaveBeenCalledWith({ x: 144, y: 90, width: 1152, height: 720 });
    expect(windows[0]!.setFullScreen).not.toHaveBeenCalled();
  });

  it('keeps one projector at a time and closes it on request', async () => {
    const { projector, windows } = setup([projectorScreen, laptop], 1);
    await projector.open('#/present/s1');
    await projector.open('#/present/s2');
    expect(windows[0]!.close).toHaveBeenCalledTimes(1);
    expect(projector.isOpen()).toBe(true);
    projector.close();
    expect(windows[1]!.close).toHaveBeenCalledTimes(1);
    expect(projector.isOpen()).toBe(false);
    projector.close();
    expect(windows[1]!.close).toHaveBeenCalledTimes(1);
  });

  it('forgets a projector the user closed', async () => {
    const { projector, windows } = setup([laptop, projectorScreen]);
    await projector.open('#/present/s1');
    windows[0]!.close();
    expect(projector.isOpen()).toBe(false);
  });
});
