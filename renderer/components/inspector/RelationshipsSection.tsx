import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ConnectionOption } from '../../../shared/model/edgeRules';
import { displayName, nodeShownName, placeOf } from '../../../shared/model/nodes';
import {
  edgeEnds,
  headedRelationships,
  linkCandidates,
  namesShared,
  relationshipName,
  relationshipsOf,
  type LinkCandidate,
} from '../../../shared/model/relationships';
import { useT } from '../../i18n';
import { indexById, strategyGraphOf, toStrategyNode } from '../../store/flow';
import { selectEdges, selectLanguage } from '../../store/selectors';
import { selectMapNodes } from '../../store/mapNodes';
import { useApp } from '../../store/StoreContext';
import { KindIcon } from '../canvas/KindIcon';
import { NameText } from '../NameText';
import { focusInspector } from './inspectorFocus';
import { isComposingKey } from '../enterKey';
import { useListPlacement } from '../listPlacement';

/** The names of nodes by id in the UI language, for one render. */
function useNameOf(): (id: string) => string {
  const nodes = useApp(selectMapNodes);
  const language = useApp(selectLanguage);
  return useMemo(() => {
    const index = indexById(nodes);
    return (id: string) => {
      const node = index.get(id);
      return node ? displayName(toStrategyNode(node), language) : '';
    };
  }, [nodes, language]);
}

/**
 * Every relationship of a node, grouped by kind: each names the node at the other end, goes there
 * when activated, and can be removed; and "Link to…" to add one without the mouse.
 */
export const RelationshipsSection = memo(function RelationshipsSection({
  nodeId,
}: {
  nodeId: string;
}) {
  const t = useT();
  const headingId = useId();
  const nodes = useApp(selectMapNodes);
  const edges = useApp(selectEdges);
  const nameOf = useNameOf();
  const language = useApp(selectLanguage);
  const revealNode = useApp((s) => s.revealNode);
  const removeEdge = useApp((s) => s.removeEdge);
  const section = useRef<HTMLElement>(null);
  const { groups, shared } = useMemo(() => {
    const all = relationshipsOf(strategyGraphOf(nodes, edges).edges, nodeId, nameOf);
    return { groups: headedRelationships(all), shared: namesShared(all, nameOf) };
  }, [nodes, edges, nodeId, nameOf]);
  const index = indexById(nodes);
  const own = nameOf(nodeId);

  return (
    <section
      ref={section}
      className="relationships"
      aria-labelledby={headingId}
      // Where the keyboard goes when the row it was on is removed.
      tabIndex={-1}
    >
      <h4 id={headingId}>{t('relationships')}</h4>
      {groups.length === 0 && <p className="empty">{t('noRelationships')}</p>}
      {groups.map((part) => {
        const relation = t(`edge.${part.kind}`);
        return (
          <div key={part.heading} className="relationship-group">
            <h5 className={`relationship-kind edge-kind-${part.kind}`}>{t(part.heading)}</h5>
            <ul>
              {part.relationships.map((r) => {
                const otherNode = index.get(r.otherId);
                const kind = otherNode?.type;
                const place =
                  otherNode && shared.has(r.otherId)
                    ? placeOf(toStrategyNode(otherNode), language)
                    : '';
                // Where two share a name, their place tells them apart, to the ear as well.
                const other = place ? `${nameOf(r.otherId)} (${place})` : nameOf(r.otherId);
                return (
                  <li key={r.edgeId}>
                    <button
                      type="button"
                      className="relationship-other"
                      title={
                        r.outgoing
                          ? relationshipName(own, relation, other)
                          : relationshipName(other, relation, own)
                      }
                      onClick={() => {
                        revealNode(r.otherId);
                        focusInspector();
                      }}
                    >
                      <span aria-hidden="true" className="relationship-direction">
                        {r.outgoing ? '→' : '←'}
                      </span>
                      {kind && <KindIcon kind={kind} />}
                      <span>
                        {otherNode ? (
                          <NameText
                            name={nodeShownName(toStrategyNode(otherNode), language)}
                            thing={otherNode.type}
                            t={t}
                          />
                        ) : (
                          other
                        )}
                        {place && <span className="relationship-place">{place}</span>}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="ghost relationship-remove"
                      aria-label={t('removeRelationship', {
                        relationship: relation,
                        name: other,
                      })}
                      onClick={() => {
                        removeEdge(r.edgeId);
                        section.current?.focus();
                      }}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <LinkTo nodeId={nodeId} />
    </section>
  );
});

/** The list's tallest, as in app.css. */
const LIST_MAX_HEIGHT = 240;

/** A combobox over the nodes this one may be linked to, then the relationship when several fit. */
function LinkTo({ nodeId }: { nodeId: string }) {
  const t = useT();
  const id = useId();
  const nodes = useApp(selectMapNodes);
  const edges = useApp(selectEdges);
  const language = useApp(selectLanguage);
  const nameOf = useNameOf();
  const link = useApp((s) => s.link);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<LinkCandidate | null>(null);
  const [optionIndex, setOptionIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const select = useRef<HTMLSelectElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const candidates = useMemo(
    () => linkCandidates(strategyGraphOf(nodes, edges), nodeId, query, 12),
    [nodes, edges, nodeId, query],
  );
  const open = query.trim() !== '' && !chosen;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeIndex = Math.min(active, candidates.length - 1);

  const placed = useListPlacement({
    open,
    fieldRef: input,
    listRef: list,
    maxHeight: LIST_MAX_HEIGHT,
    optionsKey: candidates,
    activeOptionId: activeIndex >= 0 ? optionId(activeIndex) : undefined,
  });

  const reset = () => {
    setQuery('');
    setActive(0);
    setChosen(null);
    setOptionIndex(0);
  };

  const create = (candidate: LinkCandidate, option: ConnectionOption) => {
    link(nodeId, candidate.node.id, option);
    reset();
    input.current?.focus();
  };

  const choose = (candidate: LinkCandidate | undefined) => {
    if (!candidate) return;
    if (candidate.options.length === 1) return create(candidate, candidate.options[0]!);
    setChosen(candidate);
    setOptionIndex(0);
  };

  // The relationship is the next thing to decide: the keyboard goes there.
  useEffect(() => {
    if (chosen) select.current?.focus();
  }, [chosen]);

  const describe = (option: ConnectionOption) => {
    const ends = edgeEnds(nodeId, chosen!.node.id, option);
    return relationshipName(nameOf(ends.source), t(`edge.${option.kind}`), nameOf(ends.target));
  };

  return (
    <div className="link-to">
      <label htmlFor={`${id}-input`}>{t('linkTo')}</label>
      <div className="link-to-field">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder={t('linkToPlaceholder')}
          value={chosen ? displayName(chosen.node, language) : query}
          maxLength={200}
          onChange={(event) => {
            setChosen(null);
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            // Keys that end a Korean syllable being composed belong to the input method.
            if (isComposingKey(event)) return;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              const count = candidates.length;
              if (count > 0) setActive((activeIndex + step + count) % count);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              if (open) choose(candidates[activeIndex]);
            } else if (event.key === 'Escape' && (query !== '' || chosen)) {
              event.preventDefault();
              reset();
            }
          }}
        />
        <ul
          ref={list}
          id={listId}
          role="listbox"
          aria-label={t('linkMatches')}
          hidden={!open}
          className={placed.opensUp ? 'opens-up' : undefined}
          style={placed.style}
        >
          {open && candidates.length === 0 && <li className="empty">{t('linkNoMatches')}</li>}
          {open &&
            candidates.map((candidate, index) => (
              <li
                key={candidate.node.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                // Keeps focus in the input, where the keyboard path goes on.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(candidate)}
              >
                <KindIcon kind={candidate.node.kind} />
                <span>{displayName(candidate.node, language)}</span>{' '}
                <span className="search-kind">{t(`kind.${candidate.node.kind}`)}</span>
              </li>
            ))}
        </ul>
      </div>
      {chosen && (
        <div className="link-choice">
          <label htmlFor={`${id}-kind`}>{t('edgeKind')}</label>
          <select
            ref={select}
            id={`${id}-kind`}
            value={optionIndex}
            onChange={(event) => setOptionIndex(Number(event.target.value))}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                create(chosen, chosen.options[optionIndex]!);
              } else if (event.key === 'Escape') {
                event.preventDefault();
                reset();
                input.current?.focus();
              }
            }}
          >
            {chosen.options.map((option, index) => (
              <option key={`${option.kind}-${option.reversed}`} value={index}>
                {describe(option)}
              </option>
            ))}
          </select>
          <div className="link-actions">
            <button
              type="button"
              className="primary"
              onClick={() => create(chosen, chosen.options[optionIndex]!)}
            >
              {t('link')}
            </button>
            <button
              type="button"
              onClick={() => {
                reset();
                input.current?.focus();
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
