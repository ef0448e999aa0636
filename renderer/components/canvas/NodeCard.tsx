import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { accessibleName } from '../../../shared/model/names';
import { nodeShownName } from '../../../shared/model/nodes';
import type { MessageKey, Translate } from '../../../shared/i18n/translate';
import type { StrategyNode } from '../../../shared/model/graph';
import type { FlowNode } from '../../store/flow';
import { isStalled } from '../../../shared/pipeline/history';
import { NameText } from '../NameText';
import { KindIcon } from './KindIcon';
import { useCardSettings } from './cardSettings';
import { GoalStatusMark } from '../activity/GoalStatusMark';
import { CardRelationships, OffScreenRelations } from './lod/CardRelationships';

/**
 * Choices a card names short beside its kind, where the full name would be cut: a tie, so the
 * year after it shows; a network role; the F/S stage. The inspector and filters name them whole.
 */
const CARD_OPTIONS: Partial<Record<string, MessageKey>> = {
  sister: 'cardOption.sister',
  friendship: 'cardOption.friendship',
  mou: 'cardOption.mou',
  executiveCommittee: 'cardOption.executiveCommittee',
  feasibility: 'cardOption.feasibility',
};

/** A choice's label; a choice not made yet leaves the badge empty rather than say so. */
function chosen(t: Translate, value: string): string {
  if (value === '') return '';
  const short = CARD_OPTIONS[value];
  return short ? t(short) : t(`option.${value}` as MessageKey);
}

function badgeOf(node: StrategyNode, t: Translate): string {
  switch (node.kind) {
    case 'goal':
      return chosen(t, node.data.level);
    case 'partnerCity':
      return [chosen(t, node.data.relation), node.data.since].filter(Boolean).join(' · ');
    case 'network':
      return chosen(t, node.data.role);
    case 'actor':
      return chosen(t, node.data.actorType);
    case 'project':
      return chosen(t, node.data.stage);
    case 'idea':
      return node.data.author;
  }
}

function StalledMark({ data }: { data: Extract<StrategyNode, { kind: 'project' }>['data'] }) {
  const { t, stalledAfterDays, today } = useCardSettings();
  return isStalled(data, today(), stalledAfterDays) ? (
    <span className="stalled-badge node-kind-mark">{t('stalled')}</span>
  ) : null;
}

/** Below this zoom, node text is too small to read and cards are drawn in their light form. */
const DETAIL_ZOOM = 0.45;
const selectZoomedOut = (state: ReactFlowState) => state.transform[2] < DETAIL_ZOOM;

/**
 * A node on the canvas. It gets its data through props from React Flow and its settings from the
 * canvas, so moving or editing one node re-renders that node alone.
 */
function NodeCardView({ id, type, data, selected }: NodeProps<FlowNode>) {
  const { t, language } = useCardSettings();
  const zoomedOut = useStore(selectZoomedOut);
  const node = { kind: type, data } as StrategyNode;
  const shown = nodeShownName(node, language);
  const name = <NameText name={shown} thing={type} t={t} />;
  if (zoomedOut) {
    // Too small to read: a lighter card keeps large strategies fluid. Its handles stay, hidden,
    // because React Flow measures a card's handles when it first shows it and keeps them.
    return (
      <div className={`node-card node-compact node-${type}${selected ? ' is-selected' : ''}`}>
        <Handle type="target" position={Position.Top} />
        <div className="node-name">{name}</div>
        <Handle type="source" position={Position.Bottom} />
        <CardRelationships nodeId={id} shown={shown} kind={type} />
      </div>
    );
  }
  return (
    <div className={`node-card node-${type}${selected ? ' is-selected' : ''}`}>
      <Handle type="target" position={Position.Top} />
      <div className="node-kind">
        <KindIcon kind={type} />
        <span className="node-kind-name">{t(`kind.${type}`)}</span>
        {/* In the kind's row: below the name there is no room, and a mark there hid its end. */}
        {node.kind === 'project' && <StalledMark data={node.data} />}
        {node.kind === 'goal' && (node.data.measures?.length ?? 0) > 0 && (
          <GoalStatusMark goalId={id} />
        )}
        <span className="node-badge">{badgeOf(node, t)}</span>
      </div>
      <div className="node-name" title={accessibleName(shown, type, t)}>
        {name}
      </div>
      <OffScreenRelations nodeId={id} />
      <Handle type="source" position={Position.Bottom} />
      <CardRelationships nodeId={id} shown={shown} kind={type} />
    </div>
  );
}

/** A card looks the same wherever it is: moving it must not redraw it. */
const drawnTheSame = (before: NodeProps<FlowNode>, after: NodeProps<FlowNode>) =>
  before.type === after.type && before.data === after.data && before.selected === after.selected;

export const NodeCard = memo(NodeCardView, drawnTheSame);

export const NODE_TYPES = {
  goal: NodeCard,
  partnerCity: NodeCard,
  network: NodeCard,
  actor: NodeCard,
  project: NodeCard,
  idea: NodeCard,
};
