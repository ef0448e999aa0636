import { STAGES, type Stage } from '../model/vocabulary';
import type { Gates, PipelineSettings, ProjectPipelineData } from './types';

/** What must be true to leave each stage, from the export manual's process. */
export const DEFAULT_GATES: Gates = {
  discovery: [
    {
      id: 'discovery-channel',
      label: 'Channel recorded (agreement, promotion, training, organization)',
      labelKo: '발굴 경로 기록(협정·홍보·초청연수·국제기구)',
    },
    { id: 'discovery-demand', label: 'Partner demand confirmed', labelKo: '상대 도시의 수요 확인' },
  ],
  consulting: [
    {
      id: 'consulting-taskforce',
      label: 'Consulting task force formed',
      labelKo: '컨설팅 TF 구성',
    },
    {
      id: 'consulting-funding',
      label: 'Funding for consulting secured',
      labelKo: '컨설팅 재원 확보',
    },
  ],
  feasibility: [
    { id: 'feasibility-firm', label: 'Feasibility firm selected', labelKo: '타당성조사 업체 선정' },
    { id: 'feasibility-report', label: 'F/S report accepted', labelKo: '타당성조사 보고서 승인' },
    {
      id: 'feasibility-funding',
      label: 'Main project funding identified (MDB, KOICA, ODA fund)',
      labelKo: '본사업 재원 확인(MDB·KOICA·ODA 기금)',
    },
  ],
  award: [
    {
      id: 'award-consortium',
      label: 'Public–private consortium formed',
      labelKo: '민관컨소시엄 구성',
    },
    { id: 'award-bid', label: 'Bid submitted', labelKo: '입찰 참여' },
    { id: 'award-contract', label: 'Contract signed', labelKo: '계약 체결' },
  ],
  feedback: [
    { id: 'feedback-handover', label: 'Operation handed over', labelKo: '운영 이관' },
    { id: 'feedback-review', label: 'Follow-up review held', labelKo: '사후 점검 실시' },
  ],
};

export const DEFAULT_PIPELINE_SETTINGS: PipelineSettings = {
  stalledAfterDays: 180,
  gates: DEFAULT_GATES,
};

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

export function previousStage(stage: Stage): Stage | null {
  return stageIndex(stage) > 0 ? STAGES[stageIndex(stage) - 1]! : null;
}

/**
 * Gate items not yet checked that stand between a project and a later stage: every gate it
 * would leave behind, so skipping a stage does not skip its checks. Moving back has no gate.
 */
export function unmetGateItems(
  from: Stage,
  to: Stage,
  checks: ProjectPipelineData['gateChecks'],
  gates: Gates,
) {
  if (stageIndex(to) <= stageIndex(from)) return [];
  const checked = new Set(checks);
  return STAGES.slice(stageIndex(from), stageIndex(to)).flatMap((stage) =>
    gates[stage].filter((item) => !checked.has(item.id)),
  );
}
