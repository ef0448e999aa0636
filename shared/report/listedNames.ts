import { projectLabels, projectQualifierParts } from '../activity/exchangeProjects';
import type { Language, StrategyNode } from '../model/graph';
import { displayName } from '../model/nodes';

/**
 * Nodes named as the plan lists them. Projects often share a title (the same consulting sold
 * to five cities): one that does carries what tells it apart, its city and country first, as
 * the app's other lists of projects name it (see projectLabels). Any other node reads as its
 * name alone.
 */
export interface ListedNames {
  /** The node's name, then what tells it apart where another project has the same. */
  label: (node: StrategyNode) => string;
  /**
   * What follows the name: " (Da Nang, Vietnam)", or nothing for a name no other project has.
   * Less what the line says beside it already (`beside`: the stage it is listed under, the
   * partner it is named with), which would otherwise read twice. For a print view that sets
   * the name itself, marked where it is untranslated.
   */
  qualifier: (node: StrategyNode, beside?: readonly string[]) => string;
  /** The name and what tells it apart, less what the line says beside it. */
  labelBeside: (node: StrategyNode, beside: readonly string[]) => string;
}

export function listedNames(nodes: readonly StrategyNode[], language: Language): ListedNames {
  const labels = projectLabels(nodes, language);
  const parts = projectQualifierParts(nodes, language);
  // A place reads as said beside it when the line names its city: "Beijing" beside "Beijing,
  // People's Republic of China".
  const said = (part: string, beside: readonly string[]) =>
    beside.some((text) => text !== '' && (part === text || part.startsWith(`${text}, `)));
  const qualifier = (node: StrategyNode, beside: readonly string[] = []) => {
    if (beside.length === 0) {
      const label = labels.get(node.id);
      return label ? label.slice(displayName(node, language).length) : '';
    }
    const left = (parts.get(node.id) ?? []).filter((part) => !said(part, beside));
    return left.length > 0 ? ` (${left.join(' · ')})` : '';
  };
  return {
    label: (node) => displayName(node, language) + qualifier(node),
    qualifier,
    labelBeside: (node, beside) => displayName(node, language) + qualifier(node, beside),
  };
}
