import { useEffect } from 'react';
import { isTextSize, type TextSize } from '../../../shared/workshop/present';
import { useAppStore } from '../../store/StoreContext';

interface SlideMessage {
  slide: number;
  textSize: TextSize;
}

const isSlideMessage = (value: unknown): value is SlideMessage =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as SlideMessage).slide) &&
  isTextSize((value as SlideMessage).textSize);

/**
 * Keeps a projector window on the presenter's slide. The state sent is the same plain data the
 * store holds; a projector that opens late asks for it.
 */
export function usePresentationSync(strategyId: string | undefined): void {
  const store = useAppStore();
  useEffect(() => {
    const screen = store.getState().presentation?.screen;
    if (!strategyId || (screen !== 'presenter' && screen !== 'projector')) return;
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(`workbench-present:${strategyId}`);
    const send = () => {
      const { presentation, presentTextSize } = store.getState();
      if (presentation)
        channel.postMessage({ slide: presentation.slide, textSize: presentTextSize });
    };
    let unsubscribe = () => {};
    if (screen === 'presenter') {
      channel.onmessage = (event) => {
        if (event.data === 'hello') send();
      };
      unsubscribe = store.subscribe((state, previous) => {
        if (
          state.presentation &&
          (state.presentation.slide !== previous.presentation?.slide ||
            state.presentTextSize !== previous.presentTextSize)
        )
          send();
      });
      send();
    } else {
      channel.onmessage = (event) => {
        if (event.data === 'end') {
          store.getState().stopPresentation();
          return;
        }
        if (!isSlideMessage(event.data)) return;
        const state = store.getState();
        if (state.presentTextSize !== event.data.textSize)
          state.setPresentTextSize(event.data.textSize);
        state.showSlide(event.data.slide);
      };
      channel.postMessage('hello');
    }
    return () => {
      if (screen === 'presenter') channel.postMessage('end');
      unsubscribe();
      channel.close();
    };
  }, [store, strategyId]);
}
