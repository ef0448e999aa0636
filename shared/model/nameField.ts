import type { Language } from './graph';
import type { NodeKind } from './vocabulary';

export type NameFieldKey = 'title' | 'titleKo' | 'name' | 'nameKo' | 'text';

/**
 * The field holding a node's name in a language: where a name typed on the canvas goes, and the
 * field a new node's inspector opens on, so users write names in the language they work in.
 */
export function nameFieldKey(kind: NodeKind, language: Language): NameFieldKey {
  if (kind === 'idea') return 'text';
  const titled = kind === 'goal' || kind === 'project';
  if (language === 'ko') return titled ? 'titleKo' : 'nameKo';
  return titled ? 'title' : 'name';
}
