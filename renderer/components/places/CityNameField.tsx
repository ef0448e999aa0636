import { useMemo, useState } from 'react';
import { parseFieldInput, type FieldDef, type FieldError } from '../../../shared/model/fields';
import { newId } from '../../../shared/model/ids';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/model/graph';
import type { Place } from '../../../shared/places/place';
import { placePartnerCity, setProjectCity } from '../../../shared/places/placeChanges';
import { useT } from '../../i18n';
import { strategyGraphOf, toStrategyNode } from '../../store/flow';
import { selectLanguage } from '../../store/selectors';
import { selectMapNodes } from '../../store/mapNodes';
import { useApp, useAppStore } from '../../store/StoreContext';
import { CityCombobox, type PartnerOption } from './CityCombobox';

interface CityNameFieldProps {
  nodeId: string;
  field: FieldDef;
  value: unknown;
}

/**
 * A city's name typed as any text field is (kept as typed, judged as typed), with the world's
 * cities suggested as it is typed. `onPlace` and the partners come from the kind of node.
 */
function CityTextField({
  nodeId,
  field,
  value,
  onPlace,
  partners,
  onPartner,
  nameLanguage,
}: CityNameFieldProps & {
  onPlace(place: Place): void;
  partners?: readonly PartnerOption[];
  onPartner?(partnerId: string): void;
  nameLanguage?: Language;
}) {
  const t = useT();
  const language = useApp(selectLanguage);
  const updateNodeField = useApp((s) => s.updateNodeField);
  const text = typeof value === 'string' ? value : '';
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  const [error, setError] = useState<FieldError | null>(null);
  // Changed elsewhere (undo, a chosen city): show it.
  if (text !== shown) {
    setShown(text);
    setDraft(text);
    setError(null);
  }
  const errorId = `${nodeId}-${field.key}-error`;
  return (
    <>
      <CityCombobox
        label={t(`field.${field.key}` as MessageKey)}
        value={draft}
        language={language}
        nameLanguage={nameLanguage}
        partners={partners}
        onPartner={onPartner}
        onPlace={onPlace}
        onInput={(raw) => {
          setDraft(raw);
          const result = parseFieldInput(field, raw);
          if (!result.ok) return setError(result.error);
          setError(null);
          setShown(String(result.value ?? ''));
          updateNodeField(nodeId, field.key, result.value);
        }}
        inputProps={{
          'data-field': field.key,
          'aria-invalid': error !== null,
          'aria-describedby': error ? errorId : undefined,
        }}
      />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {t(FIELD_ERROR_MESSAGES[error])}
        </p>
      )}
    </>
  );
}

/**
 * A partner city's name, English or Korean: choosing a suggested city places the partner city
 * there, the same from either field. The Korean field lists the cities' Korean names.
 */
export function PartnerCityNameField(props: CityNameFieldProps) {
  const store = useAppStore();
  const onPlace = (place: Place) => {
    const state = store.getState();
    const node = state.nodes.find((n) => n.id === props.nodeId);
    if (node) state.commit(placePartnerCity(toStrategyNode(node), place));
  };
  return (
    <CityTextField
      {...props}
      onPlace={onPlace}
      nameLanguage={props.field.key === 'nameKo' ? 'ko' : undefined}
    />
  );
}

/**
 * A project's city, chosen from the strategy's partner cities or the world's: the choice also
 * ties the project to the partner city it is in, in the same step.
 */
export function ProjectCityField(props: CityNameFieldProps) {
  const store = useAppStore();
  const nodes = useApp(selectMapNodes);
  const partners = useMemo(
    () =>
      nodes.flatMap((node) => {
        if (node.type !== 'partnerCity') return [];
        const data = node.data as { name: string; nameKo: string; country: string };
        return [{ id: node.id, name: data.name, nameKo: data.nameKo, country: data.country }];
      }),
    [nodes],
  );
  const choose = (choice: { partnerId: string } | { place: Place }) => {
    const state = store.getState();
    const project = state.nodes.find((n) => n.id === props.nodeId);
    if (!project) return;
    const graph = strategyGraphOf(state.nodes, state.edges);
    state.commit(setProjectCity(graph, toStrategyNode(project), choice, newId('e')));
  };
  return (
    <CityTextField
      {...props}
      partners={partners}
      onPartner={(partnerId) => choose({ partnerId })}
      onPlace={(place) => choose({ place })}
    />
  );
}
