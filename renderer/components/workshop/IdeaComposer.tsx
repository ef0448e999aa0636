import { useEffect, useRef, useState } from 'react';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { indexById, toStrategyNode } from '../../store/flow';
import { selectLanguage, selectNoNodes } from '../../store/selectors';
import { selectMapNodes } from '../../store/mapNodes';
import { useApp } from '../../store/StoreContext';
import { focusCanvas } from '../canvas/canvasFocus';
import { selectIdeaComposer } from './workshopSelectors';
import { isEnterToAct } from '../enterKey';

/** The pixels of the canvas's pane below the top of `box`. */
function coveredBelow(box: HTMLElement | null): number {
  const pane = box?.closest('.react-flow')?.querySelector('.react-flow__pane');
  if (!box || !pane) return 0;
  return Math.max(0, pane.getBoundingClientRect().bottom - box.getBoundingClientRect().top);
}

/**
 * The text box for typing ideas one after another, at the canvas's foot so the room sees each
 * idea land in the view above it: Enter adds one and clears the box for the next, Tab adds one
 * under the current idea, Escape ends.
 */
export function IdeaComposer() {
  const t = useT();
  const composer = useApp(selectIdeaComposer);
  // The current idea's name, while the box is open: typing elsewhere renders nothing here.
  const nodes = useApp(composer ? selectMapNodes : selectNoNodes);
  const language = useApp(selectLanguage);
  const addComposedIdea = useApp((s) => s.addComposedIdea);
  const close = useApp((s) => s.closeIdeaComposer);
  const [text, setText] = useState('');
  const [author, setAuthor] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const open = composer !== null;

  // A box opened again starts empty, whoever closed it.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setText('');
  }
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (!composer) return null;
  const current = composer.currentId ? indexById(nodes).get(composer.currentId) : undefined;
  const currentName = current ? displayName(toStrategyNode(current), language) : null;

  const end = () => {
    close();
    focusCanvas();
  };
  const add = (linked: boolean) => {
    if (addComposedIdea(text, author, linked, coveredBelow(box.current))) setText('');
    input.current?.focus();
  };

  return (
    <div
      ref={box}
      className="idea-composer nodrag nopan"
      role="group"
      aria-label={t('ideaComposer')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          end();
        }
      }}
    >
      <label className="idea-composer-text">
        <span className="visually-hidden">{t('ideaComposer')}</span>
        <input
          ref={input}
          value={text}
          maxLength={1000}
          placeholder={t('ideaComposer')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (isEnterToAct(event)) {
              event.preventDefault();
              add(false);
            } else if (event.key === 'Tab' && !event.shiftKey && text.trim() !== '') {
              event.preventDefault();
              add(true);
            }
          }}
        />
      </label>
      <label className="idea-composer-author">
        <span className="visually-hidden">{t('ideaAuthor')}</span>
        <input
          value={author}
          maxLength={200}
          placeholder={t('ideaAuthor')}
          onChange={(event) => setAuthor(event.target.value)}
          onKeyDown={(event) => {
            if (isEnterToAct(event)) {
              event.preventDefault();
              add(false);
            }
          }}
        />
      </label>
      <p className="idea-composer-help">
        {currentName ? t('ideaComposerHelp', { current: currentName }) : t('ideaComposerHelpFree')}
        {composer.added > 0 && <> · {t('ideasAdded', { count: composer.added })}</>}
      </p>
    </div>
  );
}
