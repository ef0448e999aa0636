import { useEffect, type RefObject } from 'react';
import { useApp, useAppStore } from '../../store/StoreContext';

const selectFieldFocusRequest = (s: {
  fieldFocusRequest: { nodeId: string; field: string } | null;
}) => s.fieldFocusRequest;

/** Puts the cursor in the field the store asks for once this node's form shows it. */
export function useFieldFocus(nodeId: string, form: RefObject<HTMLFormElement | null>): void {
  const store = useAppStore();
  const request = useApp(selectFieldFocusRequest);
  useEffect(() => {
    if (request?.nodeId !== nodeId) return;
    const field = form.current?.querySelector<HTMLElement>(`[data-field="${request.field}"]`);
    field?.focus();
    store.getState().clearFieldFocusRequest();
  }, [request, nodeId, form, store]);
}
