import type { Translate } from '../../shared/i18n/translate';
import type { NamedThing, ShownName } from '../../shared/model/names';

/**
 * A name shown by the rule of shownName. A name in the other language carries a small language
 * tag, and screen readers hear it is untranslated; a thing with no name shows its kind, muted.
 * It takes the translations as given, so the many cards of a canvas add no store subscriptions.
 */
export function NameText({ name, thing, t }: { name: ShownName; thing: NamedThing; t: Translate }) {
  if (name.empty) return <span className="name-untitled">{t(`untitled.${thing}`)}</span>;
  if (!name.untranslated) return <>{name.text}</>;
  return (
    <>
      <span className="name-untranslated" lang={name.language}>
        {name.text}
      </span>{' '}
      <span className="language-tag" aria-hidden="true" title={t(`onlyIn.${name.language}`)}>
        {t(`languageTag.${name.language}`)}
      </span>
      <span className="visually-hidden"> {t('untranslatedMark')}</span>
    </>
  );
}
