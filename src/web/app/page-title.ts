import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/** Sets the document title to "<page> · Silta" in the current language. */
export function usePageTitle(page: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [t, page]);
}
