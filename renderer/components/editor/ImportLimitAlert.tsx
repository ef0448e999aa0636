import type { ExchangeLimit } from '../../../shared/format/activitySchema';
import type { GraphLimit } from '../../../shared/format/strategyFile';
import { formatCount } from '../../../shared/i18n/formatNumbers';
import { useT } from '../../i18n';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/**
 * Said in an import's preview, before Confirm: rows that would pass a limit of the strategy
 * file are refused whole, so the user learns it while they can still change the file or the
 * columns. `id` lets the disabled Confirm button point at the reason.
 */
export function ImportLimitAlert({
  passed,
  id,
}: {
  passed: GraphLimit | ExchangeLimit | null;
  id: string;
}) {
  const t = useT();
  const language = useApp(selectLanguage);
  if (!passed) return null;
  return (
    <p className="field-error" id={id} role="alert">
      {t(`importPassesLimit.${passed.limit}`, {
        maximum: formatCount(passed.maximum, language),
      })}
    </p>
  );
}
