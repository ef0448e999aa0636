import { Component, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import { formatMessage, useT } from '../../i18n';
import type { DamagedStrategyError } from '../../persistence/database';
import { viewDamageMessage } from '../../store/damagedMessage';
import { selectLanguage, selectOpenMeta } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

interface Props {
  /** Names the part of the window in the message, in the interface language. */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * One view that fails to draw (an unexpected record, a bug) shows what failed in its own
 * place; the rest of the window, and the strategy in the store, stay as they were.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <ViewFailure
        area={this.props.area}
        error={this.state.error}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function ViewFailure({
  area,
  error,
  onRetry,
}: {
  area: string;
  error: Error;
  onRetry: () => void;
}) {
  const t = useT();
  const openMeta = useApp(selectOpenMeta);
  const exportStrategyFile = useApp((s) => s.exportStrategyFile);
  const closeStrategy = useApp((s) => s.closeStrategy);
  const damageIn = useApp((s) => s.damageIn);
  const language = useApp(selectLanguage);
  const damage = useDamageIn(openMeta?.id ?? null, damageIn);
  const notArrived = isScriptNotArrived(error);
  return (
    <section className="view-failure" role="alert">
      <h2>{t('viewFailedTitle', { area })}</h2>
      {/* The general text offers "try again", which a script that did not arrive cannot use. */}
      <p>{t(notArrived ? 'scriptNotArrived' : 'viewFailedBody')}</p>
      {damage && <p>{formatMessage(t, viewDamageMessage(damage, language))}</p>}
      <pre className="view-failure-detail">{error.message}</pre>
      <div className="toolbar-group">
        {openMeta && (
          <button className="primary" onClick={() => void exportStrategyFile()}>
            {t('exportUnsaved')}
          </button>
        )}
        {notArrived ? (
          <button onClick={() => location.reload()}>{t('reloadPage')}</button>
        ) : (
          <button onClick={onRetry}>{t('tryAgain')}</button>
        )}
        {openMeta && <button onClick={() => void closeStrategy()}>{t('backToLibrary')}</button>}
      </div>
    </section>
  );
}

/**
 * A script of the app that failed to arrive (a browser that joined a live session over a network
 * that dropped the request). The browser keeps that failure for the page's life, so trying
 * again cannot help; reloading the page does, and what was typed is already saved.
 */
function isScriptNotArrived(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed/.test(error.message);
}

/**
 * A view may fail over a record damaged outside the app: the strategy's records are checked
 * once it has, so the user reads which record is damaged beside what the code tripped on.
 */
function useDamageIn(
  strategyId: string | null,
  damageIn: (id: string) => Promise<DamagedStrategyError | null>,
): DamagedStrategyError | null {
  const [damage, setDamage] = useState<DamagedStrategyError | null>(null);
  useEffect(() => {
    if (!strategyId) return;
    let current = true;
    damageIn(strategyId).then(
      (found) => current && setDamage(found),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [strategyId, damageIn]);
  return damage;
}
