import { describe, expect, it } from 'vitest';
import { planImport } from '../../shared/exchange/csvImport';
import { daysInStage } from '../../shared/pipeline/history';
import { unmetGateItems } from '../../shared/pipeline/gates';
import type { ProjectData } from '../../shared/model/fields';
import { strategyGraphOf } from '../../renderer/store/flow';
import { makeTestStore } from './testStore';

describe('a CSV import that changes a project’s stage', () => {
  it('records the move in its history, with the gate items passed unchecked, as the board does', async () => {
    const test = await makeTestStore();
    await test.state().openStrategy('sample');
    const project = test
      .state()
      .nodes.find((n) => n.type === 'project' && (n.data as ProjectData).stage === 'consulting')!;
    const before = project.data as ProjectData;
    const graph = strategyGraphOf(test.state().nodes, test.state().edges);
    const plan = planImport(
      {
        encoding: 'utf-8',
        delimiter: ',',
        headers: ['Title', 'Country', 'Stage'],
        rows: [[before.title, before.country, 'Award']],
      },
      'project',
      ['title', 'country', 'stage'],
      graph,
    );
    expect(plan.updates).toHaveLength(1);
    expect(test.state().applyCsvImport(plan, true)).toBe(true);

    const after = test.state().nodes.find((n) => n.id === project.id)!.data as ProjectData;
    expect(after.stage).toBe('award');
    expect(after.history).toHaveLength(before.history.length + 1);
    const gates = test.state().openMeta!.pipeline.gates;
    expect(unmetGateItems('consulting', 'award', before.gateChecks, gates).length).toBeGreaterThan(
      0,
    );
    expect(unmetGateItems(before.stage, 'award', before.gateChecks, gates).length).toBeGreaterThan(
      0,
    );
    expect(after.history.at(-1)).toEqual({
      date: test.state().today(),
      from: before.stage,
      to: 'award',
      note: 'Stage set by a CSV import',
      override: {
        reason: 'Stage set by a CSV import',
        unmet: unmetGateItems(before.stage, 'award', before.gateChecks, gates).map((i) => i.label),
        // In Korean too, for the history read on a Korean screen.
        unmetKo: unmetGateItems(before.stage, 'award', before.gateChecks, gates).map(
          (i) => i.labelKo,
        ),
      },
    });
    // Its time in the stage starts from the import, not from its old stage's start.
    expect(daysInStage(after, test.state().today())).toBe(0);

    test.state().undo();
    expect(test.state().nodes.find((n) => n.id === project.id)!.data).toEqual(before);
  });
});
