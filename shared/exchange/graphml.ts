import { NODE_FIELDS, type FieldDef } from '../model/fields';
import type { Language, StrategyGraph } from '../model/graph';
import { displayName } from '../model/nodes';
import { NODE_KINDS } from '../model/vocabulary';
import { escapeXml } from '../report/graphSvg';
import type { VoteResult } from '../workshop/vote';
import { dotsByNode } from './votesExport';

type GraphmlType = 'string' | 'int' | 'double';

function typeOf(field: FieldDef): GraphmlType {
  return field.type === 'year'
    ? 'int'
    : field.type === 'money' ||
        field.type === 'percent' ||
        field.type === 'latitude' ||
        field.type === 'longitude'
      ? 'double'
      : 'string';
}

/** Every node field once, typed; the same key serves every kind that has the field. */
function fieldKeys(): Map<string, GraphmlType> {
  const keys = new Map<string, GraphmlType>();
  for (const kind of NODE_KINDS)
    for (const field of NODE_FIELDS[kind] as readonly FieldDef[])
      keys.set(field.key, typeOf(field));
  return keys;
}

/**
 * The strategy as GraphML (http://graphml.graphdrawing.org/), readable by yEd, Gephi and networkx:
 * nodes with their kind, label, position and fields as typed keys, edges with their kind.
 */
export function toGraphml(
  graph: StrategyGraph,
  language: Language,
  votes: readonly VoteResult[] = [],
): string {
  const keys = fieldKeys();
  const dots = dotsByNode(votes);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    ...[...keys].map(
      ([key, type]) => `  <key id="f_${key}" for="node" attr.name="${key}" attr.type="${type}"/>`,
    ),
    '  <key id="relationship" for="edge" attr.name="kind" attr.type="string"/>',
    ...(votes.length > 0
      ? [
          '  <key id="dots" for="node" attr.name="dots" attr.type="int"/>',
          '  <key id="votes" for="graph" attr.name="votes" attr.type="string"/>',
        ]
      : []),
    '  <graph id="strategy" edgedefault="directed">',
  ];
  // Workshop votes: each round's result as JSON on the graph, each card's dots on its node.
  if (votes.length > 0)
    lines.push(`    <data key="votes">${escapeXml(JSON.stringify(votes))}</data>`);
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(`      <data key="kind">${node.kind}</data>`);
    lines.push(`      <data key="label">${escapeXml(displayName(node, language))}</data>`);
    lines.push(
      `      <data key="x">${node.position.x}</data>`,
      `      <data key="y">${node.position.y}</data>`,
    );
    for (const field of NODE_FIELDS[node.kind] as readonly FieldDef[]) {
      const value = (node.data as Record<string, unknown>)[field.key];
      if (value === null || value === undefined || value === '') continue;
      lines.push(`      <data key="f_${field.key}">${escapeXml(String(value))}</data>`);
    }
    const received = dots.get(node.id);
    if (received !== undefined) lines.push(`      <data key="dots">${received}</data>`);
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    lines.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"><data key="relationship">${edge.kind}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
