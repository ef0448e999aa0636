import { useMemo } from 'react';
import type { Translate } from '../../../../shared/i18n/translate';
import type { Language, StrategyNode } from '../../../../shared/model/graph';
import { nameText } from '../../../../shared/model/names';
import { nodeShownName } from '../../../../shared/model/nodes';
import { cutToWidth } from '../../../../shared/report/wrapName';
import { useT } from '../../../i18n';
import type { FlowNode } from '../../../store/flow';
import { selectLanguage } from '../../../store/selectors';
import { useApp } from '../../../store/StoreContext';

type TitleOf = (node: FlowNode, room: number) => string;

function createTitles(t: Translate, language: Language): TitleOf {
  const cache = new WeakMap<object, { room: number; text: string }>();
  return (node, room) => {
    const known = cache.get(node.data);
    if (known?.room === room) return known.text;
    const shown = nodeShownName({ kind: node.type, data: node.data } as StrategyNode, language);
    const text = cutToWidth(nameText(shown, node.type, t), room);
    cache.set(node.data, { room, text });
    return text;
  };
}

/**
 * A node's title cut to `room` letters, in the interface language as its card shows it. Kept
 * per node until its data or the room changes, so a pan frame cuts no strings.
 */
export function useTitles(): TitleOf {
  const t = useT();
  const language = useApp(selectLanguage);
  return useMemo(() => createTitles(t, language), [t, language]);
}
