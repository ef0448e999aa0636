import { useMemo } from 'react';
import { fieldsOf } from '../../../shared/model/fields';
import { useT } from '../../i18n';
import type { FlowNode } from '../../store/flow';
import { selectNodeDataById, selectNodeKindById } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { KindIcon } from '../canvas/KindIcon';
import { FieldInput } from './FieldInput';
import { ProjectPipelineSection } from './ProjectPipelineSection';

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const t = useT();
  // Kind and data rather than the node: dragging it moves it without re-rendering the form.
  const kind = useApp(useMemo(() => selectNodeKindById(nodeId), [nodeId]));
  const nodeData = useApp(useMemo(() => selectNodeDataById(nodeId), [nodeId]));
  const node = useMemo(
    () => (kind && nodeData ? ({ id: nodeId, type: kind, data: nodeData } as FlowNode) : null),
    [nodeId, kind, nodeData],
  );
  const updateNodeField = useApp((s) => s.updateNodeField);
  if (!node) return null;
  const data = node.data as Record<string, unknown>;
  return (
    <form className="inspector-form" onSubmit={(event) => event.preventDefault()}>
      <h3 className={`inspector-kind kind-${node.type}`}>
        <KindIcon kind={node.type} /> {t(`kind.${node.type}`)}
      </h3>
      {fieldsOf(node.type).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={data[field.key]}
          onCommit={(value) => updateNodeField(nodeId, field.key, value)}
        />
      ))}
      {node.type === 'project' && <ProjectPipelineSection node={node} />}
    </form>
  );
}
