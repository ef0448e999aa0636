import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { lastContactOf } from '../../../shared/activity/exchangeLog';
import type { Exchange } from '../../../shared/activity/types';
import { newId } from '../../../shared/model/ids';
import { projectLabels } from '../../../shared/activity/exchangeProjects';
import type { StrategyNode } from '../../../shared/model/graph';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectLanguage, selectReadOnly } from '../../store/selectors';
import { selectMapNodes } from '../../store/mapNodes';
import { useApp } from '../../store/StoreContext';
import { focusInspector } from '../inspector/inspectorFocus';
import { ExchangeForm } from './ExchangeForm';
import { sameButLongTexts } from './sameButLongTexts';
import './activity.css';

const blankExchange = (): Exchange => ({
  id: newId('exchange'),
  kind: 'visitOut',
  date: '',
  who: '',
  topic: '',
  followUp: false,
  projectId: '',
});

/** `text` with `part` of it never broken across lines: a date breaks at its hyphens. */
function KeptWhole({ text, part }: { text: string; part: string }) {
  const at = text.indexOf(part);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className="kept-whole">{part}</span>
      {text.slice(at + part.length)}
    </>
  );
}

/**
 * A partner's exchange log in the inspector: newest first, each editable in place. Typing the
 * partner's notes, or any node's, renders nothing here.
 */
export const ExchangeLogSection = memo(ExchangeLog, (before, after) =>
  sameButLongTexts(before.partner, after.partner),
);

function ExchangeLog({ partner }: { partner: StrategyNode }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const readOnly = useApp(selectReadOnly);
  const nodes = useApp(selectMapNodes);
  const putExchange = useApp((s) => s.putExchange);
  const deleteExchange = useApp((s) => s.deleteExchange);
  const createProject = useApp((s) => s.createProjectFromExchange);
  const revealNode = useApp((s) => s.revealNode);
  const [editing, setEditing] = useState<Exchange | null>(null);
  const section = useRef<HTMLElement>(null);
  const rowId = useId();
  const addButton = useRef<HTMLButtonElement>(null);
  // A closing form takes the focus with it: it goes to the exchange just saved (or left), shown
  // in the list, or back to "Add exchange", once that is rendered.
  const focusAfterForm = useRef<{ exchangeId: string } | 'addButton' | null>(null);
  useEffect(() => {
    const target = focusAfterForm.current;
    if (target === null) return;
    const element =
      target === 'addButton'
        ? addButton.current
        : [...(section.current?.querySelectorAll<HTMLElement>('[data-exchange-id]') ?? [])].find(
            (item) => item.dataset.exchangeId === target.exchangeId,
          );
    if (!element) return;
    focusAfterForm.current = null;
    element.scrollIntoView?.({ block: 'nearest' });
    element.focus();
  });
  const closeForm = (focusTo: NonNullable<typeof focusAfterForm.current>) => {
    focusAfterForm.current = focusTo;
    setEditing(null);
  };
  // The exchange goes with its Delete button: the keyboard goes to the exchange after it, or
  // before it, or with none left to "Add exchange" (or to the new exchange's form, open in its
  // place), rather than to the page.
  const deleteKeepingKeyboard = (exchangeId: string) => {
    const items = [...(section.current?.querySelectorAll<HTMLElement>('[data-exchange-id]') ?? [])];
    const at = items.findIndex((item) => item.dataset.exchangeId === exchangeId);
    const neighbour = items[at + 1] ?? items[at - 1];
    const newForm = section.current?.querySelector<HTMLElement>(
      ':scope > .exchange-form :is(input, select, textarea)',
    );
    deleteExchange(partner.id, exchangeId);
    (neighbour ?? addButton.current ?? newForm)?.focus();
  };
  const exchanges = useMemo(() => {
    const log =
      partner.kind === 'partnerCity' || partner.kind === 'network' ? partner.data.exchanges : [];
    return [...(log ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  }, [partner]);
  const lastContact = lastContactOf(partner);
  // Named as the form lists them: five projects of one name are told apart here too.
  const labels = useMemo(
    () =>
      exchanges.some((exchange) => exchange.projectId)
        ? projectLabels(strategyGraphOf(nodes, []).nodes, language)
        : null,
    [exchanges, nodes, language],
  );
  const projectName = (id: string) => labels?.get(id) ?? null;

  return (
    <section ref={section} className="exchange-log" aria-label={t('exchanges')}>
      <h4>{t('exchanges')}</h4>
      {lastContact && (
        <p className="muted">
          <KeptWhole text={t('lastContactFromLog', { date: lastContact })} part={lastContact} />
        </p>
      )}
      {exchanges.length === 0 && <p className="empty">{t('noExchanges')}</p>}
      <ul className="exchange-list">
        {exchanges.map((exchange, at) =>
          editing?.id === exchange.id ? (
            <li key={exchange.id}>
              <ExchangeForm
                partner={partner}
                initial={exchange}
                onSave={(saved) => {
                  if (putExchange(partner.id, saved)) closeForm({ exchangeId: saved.id });
                }}
                onCancel={() => closeForm({ exchangeId: exchange.id })}
              />
            </li>
          ) : (
            <li
              key={exchange.id}
              className="exchange-item"
              data-exchange-id={exchange.id}
              tabIndex={-1}
            >
              <p className="exchange-head">
                <span id={`${rowId}-${at}-summary`}>
                  {t('exchangeSummary', {
                    date: exchange.date,
                    kind: t(`option.${exchange.kind}`),
                  })}
                </span>
                {exchange.followUp && (
                  <span className="promise-badge">{t('exchangePromised')}</span>
                )}
              </p>
              {(exchange.who || exchange.topic) && (
                <p id={`${rowId}-${at}-topic`}>
                  {[exchange.who, exchange.topic].filter(Boolean).join(' — ')}
                </p>
              )}
              {exchange.projectId && projectName(exchange.projectId) && (
                <p className="muted">
                  {t('exchangeLedTo', { project: projectName(exchange.projectId)! })}{' '}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('goToLedToProject', {
                      project: projectName(exchange.projectId)!,
                    })}
                    onClick={() => {
                      // The exchange's partner gives way to the project in the inspector: the
                      // keyboard goes on there.
                      revealNode(exchange.projectId);
                      focusInspector();
                    }}
                  >
                    {t('goToProject')}
                  </button>
                </p>
              )}
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    onClick={() => setEditing(exchange)}
                    aria-label={`${t('editExchange')} ${exchange.date}`}
                  >
                    {t('editExchange')}
                  </button>
                  <button
                    type="button"
                    onClick={() => deleteKeepingKeyboard(exchange.id)}
                    aria-label={`${t('deleteExchange')} ${exchange.date}`}
                  >
                    {t('deleteExchange')}
                  </button>
                  {exchange.followUp && !exchange.projectId && (
                    <button
                      type="button"
                      // Named alike on every exchange: the row's date and topic tell them apart.
                      aria-describedby={
                        exchange.who || exchange.topic
                          ? `${rowId}-${at}-summary ${rowId}-${at}-topic`
                          : `${rowId}-${at}-summary`
                      }
                      onClick={() => {
                        // The button goes once the project is made: the keyboard stays on the
                        // exchange, which now names the project it led to.
                        focusAfterForm.current = { exchangeId: exchange.id };
                        if (!createProject(partner.id, exchange.id)) focusAfterForm.current = null;
                      }}
                    >
                      {t('createProjectFromExchange')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {!readOnly &&
        (editing && !exchanges.some((e) => e.id === editing.id) ? (
          <ExchangeForm
            partner={partner}
            initial={editing}
            // Refused, the form stays open so what was typed is not lost.
            onSave={(saved) => {
              if (putExchange(partner.id, saved)) closeForm({ exchangeId: saved.id });
            }}
            onCancel={() => closeForm('addButton')}
          />
        ) : (
          <button ref={addButton} type="button" onClick={() => setEditing(blankExchange())}>
            {t('addExchange')}
          </button>
        ))}
    </section>
  );
}
