import type { Language, StrategyGraph } from '../model/graph';
import { displayName, nodeNames } from '../model/nodes';
import type { Translate } from '../i18n/translate';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout/layoutByKind';
import { KIND_COLOURS } from '../report/drawingModel';
import { rankOptions, type VoteResult } from '../workshop/vote';

const VOTE_CARD_HEIGHT = 400;

/*
 * ASCII punctuation with a meaning somewhere in Markdown or in the extensions canvas tools
 * render (HTML, links, wiki links, emphasis, highlights, math, tables, footnotes, comments).
 * CommonMark lets any ASCII punctuation be escaped with a backslash; comma, semicolon, question
 * mark, slash and both quotes mean nothing, so they stay as typed.
 */
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()<>#+\-.!|~=$&^%:@]/g;

// Invisible characters input refuses, dropped should older data hold them.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text that Markdown shows as it is: a name like `# [x](javascript:alert(1))` stays a name, not
 * a heading with a link. Line breaks and tabs become spaces, since a name is one line.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(MARKDOWN_SIGNIFICANT, '\\$&');
}

/**
 * The strategy as a JSON Canvas 1.0 document (https://jsoncanvas.org/spec/1.0/), which
 * Obsidian and other canvas tools open: each node a text card, each edge a labelled arrow.
 */
export function toJsonCanvas(
  graph: StrategyGraph,
  language: Language,
  t: Translate,
  votes: readonly VoteResult[] = [],
): string {
  const ids = new Set(graph.nodes.map((n) => n.id));
  // Workshop votes go beside the map, one card per round, top to bottom.
  const right = graph.nodes.reduce((most, node) => Math.max(most, node.position.x), 0);
  const top = graph.nodes.reduce((least, node) => Math.min(least, node.position.y), 0);
  const voteCards = votes.map((vote, i) => {
    // Numbered lines, so canvas tools show the ranking as a list; only the texts are escaped.
    const lines = [
      `**${escapeMarkdown(t('workshopVote', { round: vote.round, question: vote.question }))}**`,
      escapeMarkdown(vote.date),
      rankOptions(vote.options)
        .map(
          (option) =>
            `${option.rank}. ${escapeMarkdown(option.label)} — ${t('dotsOf', { count: option.total })}`,
        )
        .join('\n'),
    ];
    return {
      id: `votes-${vote.id}`,
      type: 'text',
      text: lines.join('\n\n'),
      x: Math.round(right + NODE_WIDTH * 2),
      y: Math.round(top + i * (VOTE_CARD_HEIGHT + 40)),
      width: NODE_WIDTH * 2,
      height: VOTE_CARD_HEIGHT,
    };
  });
  const document = {
    nodes: [
      ...graph.nodes.map((node) => {
        const names = nodeNames(node);
        const other = language === 'ko' ? names.en : names.ko;
        const name = displayName(node, language);
        const lines = [`**${escapeMarkdown(name)}**`, escapeMarkdown(t(`kind.${node.kind}`))];
        if (other && other !== name) lines.push(escapeMarkdown(other));
        return {
          id: node.id,
          type: 'text',
          text: lines.join('\n\n'),
          x: Math.round(node.position.x),
          y: Math.round(node.position.y),
          width: NODE_WIDTH,
          height: NODE_HEIGHT + 40,
          color: KIND_COLOURS[node.kind].stroke,
        };
      }),
      ...voteCards,
    ],
    edges: graph.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        id: edge.id,
        fromNode: edge.source,
        fromSide: 'bottom',
        toNode: edge.target,
        toSide: 'top',
        toEnd: 'arrow',
        label: t(`edge.${edge.kind}`),
      })),
  };
  return JSON.stringify(document, null, 2);
}
