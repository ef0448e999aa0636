import { useState } from 'react';
import { useT } from '../../i18n';
import { Board } from './Board';
import { BoardFilters } from './BoardFilters';
import { GapsList } from './GapsList';
import { PipelineSettingsDialog } from './PipelineSettingsDialog';
import { PipelineSummary } from './PipelineSummary';
import { usePipelineData } from './usePipelineData';

export function PipelineView() {
  const t = useT();
  const { graph, projects } = usePipelineData();
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <div className="pipeline-view">
      <div className="pipeline-toolbar">
        <BoardFilters projects={projects} />
        <button onClick={() => setSettingsOpen(true)}>{t('pipelineSettings')}</button>
      </div>
      <Board projects={projects} />
      <div className="pipeline-panels">
        <PipelineSummary projects={projects} />
        <GapsList graph={graph} />
      </div>
      {settingsOpen && <PipelineSettingsDialog onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
