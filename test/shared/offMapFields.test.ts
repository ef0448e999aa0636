import { describe, expect, it } from 'vitest';
import { sameOnMap } from '../../shared/map/offMapFields';
import { node } from './fixtures';

describe('fields the map does not show', () => {
  const project = node('project', 'p1', 'Smart transport');
  const goal = node('goal', 'g1', 'Global hub city');

  it('are the long texts: a project differing in its notes, a goal in its description, look the same', () => {
    expect(sameOnMap('project', project.data, { ...project.data, notes: 'Visit agreed' })).toBe(
      true,
    );
    expect(sameOnMap('goal', goal.data, { ...goal.data, description: 'By 2030' })).toBe(true);
  });

  it('leave out nothing the map shows: a name, a stage, a new field all count', () => {
    expect(sameOnMap('project', project.data, { ...project.data, title: 'Smart water' })).toBe(
      false,
    );
    expect(sameOnMap('project', project.data, { ...project.data, stage: 'award' })).toBe(false);
    expect(sameOnMap('project', project.data, { ...project.data, extra: 1 })).toBe(false);
    // A goal's description is a long text; a project has none, so there it counts.
    expect(sameOnMap('project', project.data, { ...project.data, description: 'x' })).toBe(false);
  });

  it('are none for a kind this version does not know', () => {
    const data = { title: 'a', notes: 'b' };
    expect(sameOnMap('region', data, { ...data, notes: 'c' })).toBe(false);
  });
});
