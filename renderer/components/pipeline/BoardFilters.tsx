import { useMemo } from 'react';
import { displayName } from '../../../shared/model/nodes';
import { FUNDING_SOURCES, PROJECT_DOMAINS, REGIONS } from '../../../shared/model/vocabulary';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { BoardFilter, ProjectContext } from '../../../shared/pipeline/projects';
import { SORT_KEYS, type SortKey } from '../../../shared/pipeline/sorting';
import { useT } from '../../i18n';
import { selectBoardFilter, selectBoardSort, selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <label className="inline-field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BoardFilters({ projects }: { projects: ProjectContext[] }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const filter = useApp(selectBoardFilter);
  const sort = useApp(selectBoardSort);
  const setBoardFilter = useApp((s) => s.setBoardFilter);
  const setBoardSort = useApp((s) => s.setBoardSort);
  const all = { value: '', label: t('filterAll') };
  const set = (patch: Partial<BoardFilter>) => setBoardFilter({ ...filter, ...patch });
  const option = (code: string) => ({ value: code, label: t(`option.${code}` as MessageKey) });
  const cities = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of projects)
      if (p.partnerCity)
        seen.set(
          p.partnerCity.id,
          displayName({ kind: 'partnerCity', data: p.partnerCity.data }, language),
        );
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [projects, language]);

  return (
    <div className="board-filters" role="group" aria-label={t('filters')}>
      <FilterSelect
        label={t('field.domain')}
        value={filter.domain}
        options={[all, ...PROJECT_DOMAINS.filter(Boolean).map(option)]}
        onChange={(domain) => set({ domain })}
      />
      <FilterSelect
        label={t('field.region')}
        value={filter.region}
        options={[all, ...REGIONS.filter(Boolean).map(option)]}
        onChange={(region) => set({ region })}
      />
      <FilterSelect
        label={t('partnerCityFilter')}
        value={filter.partnerCityId}
        options={[all, ...cities]}
        onChange={(partnerCityId) => set({ partnerCityId })}
      />
      <FilterSelect
        label={t('field.fundingSource')}
        value={filter.fundingSource}
        options={[all, ...FUNDING_SOURCES.filter(Boolean).map(option)]}
        onChange={(fundingSource) => set({ fundingSource })}
      />
      <FilterSelect
        label={t('sortBy')}
        value={sort}
        options={SORT_KEYS.map((key) => ({ value: key, label: t(`sort.${key}`) }))}
        onChange={(key) => setBoardSort(key as SortKey)}
      />
    </div>
  );
}
