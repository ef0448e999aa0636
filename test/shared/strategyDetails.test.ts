import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaOf } from '../../shared/live/liveDoc';
import { createDocReader } from '../../shared/live/readDoc';
import {
  classificationIn,
  departmentIn,
  detailsOf,
  EMPTY_DETAILS,
  strategyDetailsSchema,
} from '../../shared/model/strategyDetails';
import { parseStrategyDetails, detailsFormOf } from '../../shared/model/detailsInput';
import type { StrategyMeta } from '../../shared/model/graph';

const stored = {
  department: 'International Relations Division',
  planFirstYear: 2019,
  planLastYear: 2022,
  documentVersion: '1.0',
  documentDate: '',
  classification: 'For internal review',
};

describe('department and classification in both languages', () => {
  it('reads details stored before the Korean fields as having them empty', () => {
    // A database record or a live document's details from before the Korean fields.
    expect(detailsOf({ details: stored as never })).toEqual({
      ...stored,
      departmentKo: '',
      classificationKo: '',
    });
    expect(detailsOf({})).toEqual(EMPTY_DETAILS);
    const parsed = strategyDetailsSchema.safeParse(stored);
    expect(parsed.success && parsed.data).toMatchObject({ departmentKo: '', classificationKo: '' });
  });

  it('shows each in the document’s language, the other language where it has none', () => {
    const details = { ...detailsOf({ details: stored as never }), departmentKo: '국제관계과' };
    expect(departmentIn(details, 'ko')).toBe('국제관계과');
    expect(departmentIn(details, 'en')).toBe('International Relations Division');
    expect(classificationIn(details, 'ko')).toBe('For internal review');
    const koreanOnly = {
      ...details,
      department: '',
      classification: '',
      classificationKo: '대외비',
    };
    expect(departmentIn(koreanOnly, 'en')).toBe('국제관계과');
    expect(classificationIn(koreanOnly, 'en')).toBe('대외비');
    expect(departmentIn(EMPTY_DETAILS, 'ko')).toBe('');
  });

  it('are typed in the details form and saved with the rest, refused when too long', () => {
    const meta = { title: 'Plan', titleKo: '', organization: '', author: '', details: stored };
    const form = detailsFormOf(meta as unknown as StrategyMeta);
    expect(form.departmentKo).toBe('');
    const saved = parseStrategyDetails({
      ...form,
      departmentKo: '국제관계과',
      classificationKo: '내부 검토용',
    });
    expect(saved.ok && saved.patch.details).toMatchObject({
      departmentKo: '국제관계과',
      classificationKo: '내부 검토용',
    });
    const tooLong = parseStrategyDetails({ ...form, departmentKo: '가'.repeat(501) });
    expect(tooLong).toEqual({ ok: false, errors: { departmentKo: 'tooLong' } });
  });

  it('travel in a live document’s details, and a peer’s details without them still read', () => {
    const doc = new Y.Doc();
    metaOf(doc).set('details', stored);
    const older = createDocReader(doc).readAll();
    expect(older.problems).toEqual([]);
    expect(older.meta.details).toMatchObject({ department: stored.department, departmentKo: '' });
    metaOf(doc).set('details', {
      ...stored,
      departmentKo: '국제관계과',
      classificationKo: '대외비',
    });
    const newer = createDocReader(doc).readAll();
    expect(newer.meta.details).toMatchObject({
      departmentKo: '국제관계과',
      classificationKo: '대외비',
    });
  });
});
