import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ newerDatabase: false }));

vi.mock('../../renderer/startApp', () => ({
  startApp: async () => {
    // Imported on each start, so the error is of the class main.tsx sees after a module reset.
    const { NewerDatabaseError } = await import('../../renderer/persistence/database');
    throw failure.newerDatabase ? new NewerDatabaseError(99) : new Error('storage is blocked');
  },
}));

/** Opens the page at an address whose start fails, as main.tsx does on loading. */
async function startFailing(address: string, newerDatabase: boolean) {
  failure.newerDatabase = newerDatabase;
  history.replaceState(null, '', address);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  vi.resetModules();
  await import('../../renderer/main');
  return screen.findByRole('alert');
}

afterEach(() => {
  document.getElementById('root')?.remove();
  history.replaceState(null, '', '/');
});

const NEWER_EN = 'Your data was saved by a newer version of City Diplomacy Workbench';
const NEWER_KO = '데이터가 더 새로운 버전의 도시외교 워크벤치로 저장되었습니다';

describe('the message of an app that could not start', () => {
  it('is in both languages when only the unreadable setting knows which', async () => {
    const alert = await startFailing('/', true);
    expect(alert).toHaveTextContent(NEWER_EN);
    expect(alert).toHaveTextContent(NEWER_KO);
  });

  it('is in the language the address asks for, and only in it', async () => {
    const alert = await startFailing('/?lang=ko', true);
    expect(alert).toHaveTextContent(NEWER_KO);
    expect(alert).not.toHaveTextContent(NEWER_EN);
  });

  it('names the failure under a heading in that language', async () => {
    const alert = await startFailing('/?lang=en', false);
    expect(screen.getByRole('heading')).toHaveTextContent(
      /^City Diplomacy Workbench could not start$/,
    );
    expect(alert).toHaveTextContent('storage is blocked');
  });

  it('is in a printed plan’s language in its print window', async () => {
    await startFailing('/#/print/plan?lang=ko', false);
    expect(screen.getByRole('heading')).toHaveTextContent(
      /^도시외교 워크벤치를 시작할 수 없습니다$/,
    );
  });
});
