import { useMemo, useRef } from 'react';
import { fieldsOf } from '../../../shared/model/fields';
import { inLanguageOrder } from '../../../shared/model/names';
import { nodeShownName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { toStrategyNode, type FlowNode } from '../../store/flow';
import { selectLanguage, selectNodeDataById, selectNodeKindById } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
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
  const updateNodeField = useApp((s) => s.updateNodeField);
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
      {inLanguageOrder(fieldsOf(node.type), language).map((field) =>
        node.type === 'partnerCity' && (field.key === 'name' || field.key === 'nameKo') ? (
          <PartnerCityNameField
            key={field.key}
            nodeId={nodeId}
            field={field}
            value={data[field.key]}
          />
        ) : node.type === 'project' && field.key === 'city' ? (
          <ProjectCityField key={field.key} nodeId={nodeId} field={field} value={data[field.key]} />
        ) : (
          <FieldInput
            key={field.key}
            field={field}
            value={data[field.key]}
            onCommit={(value) => updateNodeField(nodeId, field.key, value)}
          />
        ),
      )}
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
