import { uiLocale } from '../shared/i18n';

let formatter: Intl.DateTimeFormat | null = null;

/**
 * A date in the reader's locale, or null when missing or unreadable. One
 * formatter for the page: creating one per row made long lists slow to redraw.
 */
export function formatDay(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  formatter ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium' });
  return formatter.format(date);
}
