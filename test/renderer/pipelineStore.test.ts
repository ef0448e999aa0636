import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../../renderer/store/flow';
import { makeTestStore, renderApp } from './testStore';

type ProjectNode = Extract<FlowNode, { type: 'project' }>;

async function openSample() {
  const test = await makeTestStore();
  await test.state().openStrategy('sample');
  return test;
}
const project = (nodes: FlowNode[], id: string) => nodes.find((n) => n.id === id) as ProjectNode;

describe('moving projects through the pipeline', () => {
  it('moves at once when the gate is met, and records the move', async () => {
    const { state } = await openSample();
    // TR-06 is in consulting; check its gate first.
    state().toggleGateCheck('project-TR-06', 'consulting-taskforce');
    state().toggleGateCheck('project-TR-06', 'consulting-funding');
    state().requestStageChange('project-TR-06', 'feasibility');
    const moved = project(state().nodes, 'project-TR-06').data;
    expect(moved.stage).toBe('feasibility');
    expect(moved.history.at(-1)).toMatchObject({
      from: 'consulting',
      to: 'feasibility',
      date: '2026-03-01',
    });
    expect(state().pendingStageMove).toBeNull();
  });

  it('asks before passing unchecked items and records the override with its reason', async () => {
    const { state, db, whenSaved } = await openSample();
    state().requestStageChange('project-TR-06', 'feasibility');
    expect(state().pendingStageMove?.unmet.map((i) => i.id)).toEqual([
      'consulting-taskforce',
      'consulting-funding',
    ]);
    expect(project(state().nodes, 'project-TR-06').data.stage).toBe('consulting');
    state().confirmStageMove('Ministry asked to fast-track');
    await whenSaved();
    const saved = (await db.loadStrategy('sample'))!.nodes.find((n) => n.id === 'project-TR-06')!;
    expect(saved.data).toMatchObject({ stage: 'feasibility' });
    const last = (saved.data as ProjectNode['data']).history.at(-1)!;
    expect(last.override).toEqual({
      reason: 'Ministry asked to fast-track',
      unmet: ['Consulting task force formed', 'Funding for consulting secured'],
      unmetKo: ['컨설팅 TF 구성', '컨설팅 재원 확보'],
    });
  });

  it('shows the passed items in the language of whoever reads the history', async () => {
    const test = await makeTestStore({ language: 'ko' });
    await test.state().openStrategy('sample');
    test.state().requestStageChange('project-TR-06', 'feasibility');
    test.state().confirmStageMove('장관 요청');
    test.state().selectOnly('project-TR-06');
    test.state().setEditorView('pipeline');
    renderApp(test.store);
    expect(
      await screen.findByText(
        '미확인 항목(컨설팅 TF 구성, 컨설팅 재원 확보)이 있는 채로 진행: 장관 요청',
      ),
    ).toBeVisible();
    act(() => test.state().setLanguage('en'));
    expect(
      screen.getByText(
        'Moved on with unchecked items (Consulting task force formed, Funding for consulting secured): 장관 요청',
        { exact: false },
      ),
    ).toBeVisible();
  });

  it('undoes a move, history included; moving back needs no gate', async () => {
    const { state } = await openSample();
    const before = project(state().nodes, 'project-TR-01').data;
    state().requestStageChange('project-TR-01', 'feasibility');
    expect(state().pendingStageMove).toBeNull();
    expect(project(state().nodes, 'project-TR-01').data.stage).toBe('feasibility');
    state().undo();
    expect(project(state().nodes, 'project-TR-01').data).toEqual(before);
  });

  it('sends a stage picked in the inspector through the same gate', async () => {
    const { state } = await openSample();
    state().updateNodeField('project-TR-06', 'stage', 'award');
    expect(state().pendingStageMove?.to).toBe('award');
    state().cancelStageMove();
    expect(project(state().nodes, 'project-TR-06').data.stage).toBe('consulting');
  });

  it('starts a new project’s history today', async () => {
    const { state } = await openSample();
    const id = state().addNode('project', { x: 9000, y: 9000 })!;
    expect(project(state().nodes, id).data.history).toEqual([
      { date: '2026-03-01', from: null, to: 'discovery', note: '' },
    ]);
  });

  it('keeps edited pipeline settings with the strategy', async () => {
    const { state, db } = await openSample();
    const settings = state().openMeta!.pipeline;
    await state().updatePipelineSettings({ ...settings, stalledAfterDays: 90 });
    expect((await db.loadStrategy('sample'))!.pipeline.stalledAfterDays).toBe(90);
  });
});
