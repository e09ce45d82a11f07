import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type City, type Partnership, partnershipApi } from './partnership-api.js';

interface PartnershipState {
  cities: City[] | undefined;
  partnership: Partnership | undefined;
  failed: boolean;
  reload(): void;
  cityById(id: string | null | undefined): City | undefined;
}

const PartnershipContext = createContext<PartnershipState | undefined>(undefined);

/** Loads the cities and the partnership once: the header clocks and most pages need them. */
export function PartnershipProvider({ children }: { children: ReactNode }) {
  const [cities, setCities] = useState<City[]>();
  const [partnership, setPartnership] = useState<Partnership>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the load on purpose.
  useEffect(() => {
    let cancelled = false;
    setFailed(false);
    Promise.all([partnershipApi.cities(), partnershipApi.partnership()])
      .then(([loadedCities, loadedPartnership]) => {
        if (cancelled) return;
        setCities(loadedCities);
        setPartnership(loadedPartnership);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const cityById = useCallback((id: string | null | undefined) => cities?.find((c) => c.id === id), [cities]);
  const value = useMemo(
    () => ({ cities, partnership, failed, reload, cityById }),
    [cities, partnership, failed, reload, cityById],
  );
  return <PartnershipContext.Provider value={value}>{children}</PartnershipContext.Provider>;
}

export function usePartnership(): PartnershipState {
  const state = useContext(PartnershipContext);
  if (state === undefined) throw new Error('usePartnership outside PartnershipProvider');
  return state;
}
