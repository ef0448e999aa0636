import { memo, useCallback, useMemo, useRef } from 'react';
import { crossFieldError, fieldsOf, type FieldDef } from '../../../shared/model/fields';
import type { NodeKind } from '../../../shared/model/vocabulary';
import { inLanguageOrder } from '../../../shared/model/names';
import { nodeShownName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { toStrategyNode, type FlowNode } from '../../store/flow';
import { selectLanguage, selectNodeDataById, selectNodeKindById } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { AppState } from '../../store/types';
import { KindIcon } from '../canvas/KindIcon';
import { NameText } from '../NameText';
import { FieldInput } from './FieldInput';
import { PartnerCityNameField, ProjectCityField } from '../places/CityNameField';
import { useFieldFocus } from './fieldFocus';
import { ProjectPipelineSection } from './ProjectPipelineSection';
import { RelationshipsSection } from './RelationshipsSection';
import { useNameFocus } from './inspectorFocus';
import { ConvertIdea } from '../workshop/ConvertIdea';
import { ExchangeLogSection } from '../activity/ExchangeLogSection';
import { MeasuresSection } from '../activity/MeasuresSection';
import { laterContactInLog } from '../../../shared/activity/exchangeLog';

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const t = useT();
  // Kind and data rather than the node: dragging it moves it without re-rendering the form.
  const kind = useApp(useMemo(() => selectNodeKindById(nodeId), [nodeId]));
  const nodeData = useApp(useMemo(() => selectNodeDataById(nodeId), [nodeId]));
  const node = useMemo(
    () => (kind && nodeData ? ({ id: nodeId, type: kind, data: nodeData } as FlowNode) : null),
    [nodeId, kind, nodeData],
  );
  const language = useApp(selectLanguage);
  const form = useRef<HTMLFormElement>(null);
  useNameFocus(nodeId, kind, form);
  useFieldFocus(nodeId, form);
  if (!node) return null;
  const data = node.data as Record<string, unknown>;
  return (
    <form ref={form} className="inspector-form" onSubmit={(event) => event.preventDefault()}>
      <h3 className={`inspector-kind kind-${node.type}`}>
        <KindIcon kind={node.type} /> {t(`kind.${node.type}`)}
      </h3>
      <p className="inspector-name">
        <NameText name={nodeShownName(toStrategyNode(node), language)} thing={node.type} t={t} />
      </p>
      {/* In Korean, the Korean name comes first: it is the one most often typed. */}
      {inLanguageOrder(fieldsOf(node.type), language).map((field) => (
        <NodeField
          key={field.key}
          nodeId={nodeId}
          kind={node.type}
          field={field}
          value={data[field.key]}
        />
      ))}
      <RelationshipsSection nodeId={nodeId} />
      {node.type === 'project' && <ProjectPipelineSection node={node} />}
      {node.type === 'idea' && <ConvertIdea ideaId={nodeId} />}
      {(node.type === 'partnerCity' || node.type === 'network') && (
        <ExchangeLogSection partner={toStrategyNode(node)} />
      )}
      {node.type === 'goal' && <MeasuresSection goal={toStrategyNode(node)} />}
    </form>
  );
}

const selectUpdateNodeField = (state: AppState) => state.updateNodeField;

interface NodeFieldProps {
  nodeId: string;
  kind: NodeKind;
  field: FieldDef;
  value: unknown;
}

/**
 * One of a node's fields. Rendered again only when its own value changes: typing in one field
 * leaves the form's other fields as they are.
 */
const NodeField = memo(function NodeField({ nodeId, kind, field, value }: NodeFieldProps) {
  const updateNodeField = useApp(selectUpdateNodeField);
  const commit = useCallback(
    (typed: string | number | null) => updateNodeField(nodeId, field.key, typed),
    [updateNodeField, nodeId, field.key],
  );
  if (kind === 'partnerCity' && (field.key === 'name' || field.key === 'nameKo'))
    return <PartnerCityNameField nodeId={nodeId} field={field} value={value} />;
  if (kind === 'project' && field.key === 'city')
    return <ProjectCityField nodeId={nodeId} field={field} value={value} />;
  if (kind === 'partnerCity' && field.key === 'lastContact')
    return <LastContactField nodeId={nodeId} field={field} value={value} onCommit={commit} />;
  if (kind === 'project' && (field.key === 'startYear' || field.key === 'endYear'))
    return <ProjectYearField nodeId={nodeId} field={field} value={value} onCommit={commit} />;
  return <FieldInput field={field} value={value} onCommit={commit} />;
});

/** A project's start or end year, which may not put its end before its start. */
function ProjectYearField({
  nodeId,
  field,
  value,
  onCommit,
}: Omit<NodeFieldProps, 'kind'> & { onCommit(typed: string | number | null): void }) {
  const selectData = useMemo(() => selectNodeDataById(nodeId), [nodeId]);
  const data = useApp(selectData);
  const check = useCallback(
    (typed: string | number | null) =>
      data ? crossFieldError('project', data as Record<string, unknown>, field.key, typed) : null,
    [data, field.key],
  );
  return <FieldInput field={field} value={value} onCommit={onCommit} check={check} />;
}

/**
 * A partner city's last contact as typed, for contacts the exchange log does not hold; where
 * the log has a later one, the line under the field says so, since that date is what counts.
 */
function LastContactField({
  nodeId,
  field,
  value,
  onCommit,
}: Omit<NodeFieldProps, 'kind'> & { onCommit(typed: string | number | null): void }) {
  const t = useT();
  const selectData = useMemo(() => selectNodeDataById(nodeId), [nodeId]);
  const data = useApp(selectData);
  const later = data && laterContactInLog({ kind: 'partnerCity', data });
  const note = later ? t('lastContactInLog', { date: later }) : undefined;
  return <FieldInput field={field} value={value} onCommit={onCommit} note={note} />;
}
