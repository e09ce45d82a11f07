import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../core/i18n/locales.js';
import { setRequestLocale } from '../app/api-client.js';
import { accountsApi } from '../features/accounts/accounts-api.js';
import { useSession } from '../features/accounts/session.js';
import { loadedMessages, loadMessages, translatorFor } from './load-messages.js';
import { chooseLocale, storedLocaleKey } from './locale-choice.js';
import type { Translate } from './messages.js';

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
  // The language on screen: the chosen one once its catalog has arrived, until then the previous one, so
  // no page ever shows raw keys.
  const [shown, setShown] = useState<{ locale: Locale; t: Translate } | undefined>(() => {
    const messages = loadedMessages(locale);
    return messages && { locale, t: translatorFor(locale, messages) };
  });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (shown?.locale === locale) return;
    let cancelled = false;
    loadMessages(locale).then(
      (messages) => {
        if (!cancelled) setShown({ locale, t: translatorFor(locale, messages) });
      },
      (error: unknown) => {
        console.warn('Could not load the messages', error);
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [locale, shown]);

  useEffect(() => {
    if (me) store(me.locale);
  }, [me]);

  // Until the first catalog arrives, the page's language is already the chosen one.
  useEffect(() => {
    if (shown === undefined) document.documentElement.lang = locale;
  }, [shown, locale]);

  useEffect(() => {
    if (shown === undefined) return;
    document.documentElement.lang = shown.locale;
    document.querySelector('meta[name="description"]')?.setAttribute('content', shown.t('app.tagline'));
  }, [shown]);

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

  const value = useMemo(() => shown && { ...shown, setLocale }, [shown, setLocale]);
  if (value === undefined) return failed ? <CatalogFailed /> : null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Before any catalog has arrived there is no language to speak, so this says it in all four. */
function CatalogFailed() {
  return (
    <main style={{ padding: '1rem' }}>
      <p>
        Silta could not load. Reload the page. · Silta ei latautunut. Lataa sivu uudelleen. · Silta kunde inte
        laddas. Ladda om sidan. · Silta를 불러오지 못했어요. 페이지를 새로 고쳐 주세요.
      </p>
    </main>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === undefined) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
