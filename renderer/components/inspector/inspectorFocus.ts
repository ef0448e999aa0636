import { useEffect, type RefObject } from 'react';
import { nameFieldKey } from '../../../shared/model/nameField';
import type { NodeKind } from '../../../shared/model/vocabulary';
import { selectLanguage } from '../../store/selectors';
import { useApp, useAppStore } from '../../store/StoreContext';

export const INSPECTOR_ID = 'inspector';

/** Moves the keyboard to the inspector, so its fields are the next Tab stops. */
export function focusInspector(): void {
  document.getElementById(INSPECTOR_ID)?.focus();
}

/** Moves the keyboard to one of the shown node's fields, where the inspector shows it. */
export function focusInspectorField(key: string): void {
  document.querySelector<HTMLElement>(`#${INSPECTOR_ID} [data-field="${key}"]`)?.focus();
}

const selectNameFocusRequest = (s: { nameFocusRequest: string | null }) => s.nameFocusRequest;

/**
 * Puts the cursor in a node's name field, in the UI language, when the store asks (the node was
 * just added), with the placeholder name selected so typing replaces it.
 */
export function useNameFocus(
  nodeId: string,
  kind: NodeKind | undefined,
  form: RefObject<HTMLFormElement | null>,
): void {
  const store = useAppStore();
  const request = useApp(selectNameFocusRequest);
  const language = useApp(selectLanguage);
  useEffect(() => {
    if (request !== nodeId || !kind) return;
    const field = form.current?.querySelector<HTMLInputElement>(
      `[data-field="${nameFieldKey(kind, language)}"]`,
    );
    if (field) {
      field.focus();
      field.select();
    }
    store.getState().clearNameFocusRequest();
  }, [request, nodeId, kind, language, form, store]);
}
