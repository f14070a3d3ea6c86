import { uiLocale } from './i18n';

/** A published date in the reader's locale, or null when the page's date is missing or unreadable. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'long' }).format(date);
}
