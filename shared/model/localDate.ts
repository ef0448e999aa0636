/**
 * The calendar day a moment falls on where the user is, as YYYY-MM-DD. A stage moved in Seoul
 * at 08:00 happened that day, though in UTC it is still the day before.
 */
export function localIsoDate(date: Date): string {
  const year = String(date.getFullYear()).padStart(4, '0');
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
