import type { FieldError } from '../model/fields';
import type { MessageKey } from './en';

/** The message that explains each way a field's input can be wrong. */
export const FIELD_ERROR_MESSAGES: Record<FieldError, MessageKey> = {
  required: 'errorRequired',
  year: 'errorYear',
  money: 'errorMoney',
  percent: 'errorPercent',
  count: 'errorCount',
  date: 'errorDate',
  noSuchDate: 'errorNoSuchDate',
  yearOrder: 'errorYearOrder',
  targetBeforeBaseline: 'errorTargetBeforeBaseline',
  wholeWon: 'errorWholeWon',
  latitude: 'errorLatitude',
  longitude: 'errorLongitude',
  country: 'errorCountry',
  option: 'errorOption',
  tooLong: 'errorTooLong',
  control: 'errorControl',
};
