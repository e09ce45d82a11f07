import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales.js';
import { setRequestLocale } from '../app/api-client.js';
import { accountsApi } from '../features/accounts/accounts-api.js';
import { useSession } from '../features/accounts/session.js';
import { chooseLocale, storedLocaleKey } from './locale-choice.js';
import { type Translate, translatorFor } from './messages.js';

interface I18n {
  locale: Locale;
  t: Translate;
  /** Switches the UI language; saved on the account when signed in, else in this browser. */
  setLocale(locale: Locale): Promise<void>;
}

const I18nContext = createContext<I18n | undefined>(undefined);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(storedLocaleKey);
  } catch {
    return null;
  }
}

function store(locale: Locale) {
  try {
    window.localStorage.setItem(storedLocaleKey, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** Removes ?lang= from the address once the person has chosen, so a reload keeps the new choice. */
function dropLangQuery() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('lang')) return;
  url.searchParams.delete('lang');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const { me, setMe } = useSession();
  const [choice, setChoice] = useState<Locale>(() =>
    chooseLocale({
      query: new URLSearchParams(window.location.search).get('lang'),
      stored: readStored(),
      browser: navigator.languages,
    }),
  );
  const locale = chooseLocale({ account: me?.locale, query: choice });
  setRequestLocale(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
    // Keep the account's language after signing out, so the page does not jump to another language.
    if (me) store(me.locale);
  }, [locale, me]);

  const setLocale = useCallback(
    async (next: Locale) => {
      setChoice(next);
      store(next);
      dropLangQuery();
      setRequestLocale(next);
      if (me && me.locale !== next) {
        setMe({ ...me, locale: next });
        setMe(await accountsApi.update({ locale: next }));
      }
    },
    [me, setMe],
  );

  const value = useMemo(() => ({ locale, t: translatorFor(locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
