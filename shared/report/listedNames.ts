import { projectLabels } from '../activity/exchangeProjects';
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
   * For a print view that sets the name itself, marked where it is untranslated.
   */
  qualifier: (node: StrategyNode) => string;
}

export function listedNames(nodes: readonly StrategyNode[], language: Language): ListedNames {
  const labels = projectLabels(nodes, language);
  // A project's label is its name as displayName gives it, then what sets it apart.
  const qualifier = (node: StrategyNode) =>
    labels.get(node.id)?.slice(displayName(node, language).length) ?? '';
  return {
    label: (node) => displayName(node, language) + qualifier(node),
    qualifier,
  };
}
