import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { shortcutLetter } from '../../renderer/components/shortcutLetter';
import { openBlankStrategy } from './testStore';

// What Chromium reports for the N and Z keys with a Korean input source on (2-set layout).
const KOREAN_N = { key: 'ㅜ', code: 'KeyN', altKey: false };
const KOREAN_Z = { key: 'ㅋ', code: 'KeyZ', altKey: false };

describe('shortcuts typed with a Korean input source on', () => {
  it('read the key’s place when the key is not a Latin letter, and the letter when it is', () => {
    expect(shortcutLetter(KOREAN_N)).toBe('n');
    expect(shortcutLetter({ key: 'Process', code: 'KeyN', altKey: false })).toBe('n');
    // On AZERTY the key in QWERTY's Q place gives A: the printed letter wins.
    expect(shortcutLetter({ key: 'a', code: 'KeyQ', altKey: false })).toBe('a');
    expect(shortcutLetter({ key: 'Enter', code: 'Enter', altKey: false })).toBeNull();
    // AltGr (Ctrl+Alt on Windows) types a character of its own: Polish ż is not Ctrl+Z.
    expect(shortcutLetter({ key: 'ż', code: 'KeyZ', altKey: true })).toBeNull();
    // Dvorak's Ctrl+; is in QWERTY's Z place, and is no undo.
    expect(shortcutLetter({ key: ';', code: 'KeyZ', altKey: false })).toBeNull();
  });

  it('N opens the idea box and Ctrl+Z undoes, as they do with English typing', async () => {
    const test = await openBlankStrategy('ko');
    fireEvent.keyDown(document.body, KOREAN_N);
    expect(await screen.findByRole('textbox', { name: '새 아이디어' })).toHaveFocus();
    fireEvent.keyDown(screen.getByRole('textbox', { name: '새 아이디어' }), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '새 아이디어' })).toBeNull());

    await act(() => test.state().addNode('goal'));
    expect(test.state().nodes).toHaveLength(1);
    fireEvent.keyDown(document.body, { ...KOREAN_Z, ctrlKey: true });
    await waitFor(() => expect(test.state().nodes).toHaveLength(0));
  });
});
