import { useId } from 'react';
import type { PlaceLookup } from '../../../shared/places/importPlaces';
import { useT } from '../../i18n';
import { Dialog } from '../Dialog';

/** After an import: the partner cities that could not be placed, so they can be by hand. */
export function UnplacedCities({
  unplaced,
  onClose,
}: {
  unplaced: PlaceLookup[] | 'failed';
  onClose(): void;
}) {
  const t = useT();
  const id = useId();
  return (
    <Dialog
      title={t('importCsv')}
      onCancel={onClose}
      actions={
        <button className="primary" onClick={onClose}>
          {t('close')}
        </button>
      }
    >
      {unplaced === 'failed' ? (
        <p role="alert">{t('citiesNotPlacedFailed')}</p>
      ) : (
        <>
          <p id={id}>{t('citiesNotPlaced')}</p>
          <ul aria-labelledby={id}>
            {unplaced.map((lookup) => (
              <li key={lookup.row}>
                {t('cityNotPlacedRow', { row: lookup.row, name: lookup.name })}
              </li>
            ))}
          </ul>
        </>
      )}
    </Dialog>
  );
}
