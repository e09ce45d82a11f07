import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../app/api-client.js';
import { accountsApi, type Me } from './accounts-api.js';

interface Session {
  /** undefined while loading, null when signed out. */
  me: Me | null | undefined;
  setMe(me: Me | null): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

/** Holds who is signed in, loaded once from GET /api/session. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    accountsApi
      .session()
      .then((loaded) => {
        if (!cancelled) setMe(loaded.me);
      })
      .catch((error: unknown) => {
        if (!cancelled) setMe(null);
        if (!(error instanceof ApiError && error.status === 401))
          console.warn('Could not load the session', error);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const signOut = useCallback(async () => {
    await accountsApi.signOut();
    setMe(null);
  }, []);

  const value = useMemo(() => ({ me, setMe, signOut }), [me, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSession outside SessionProvider');
  return session;
}
