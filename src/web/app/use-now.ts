import { useEffect, useState } from 'react';
import { msUntilNextMinute } from '../i18n/format.js';

/** The current instant, refreshed on every whole minute, for clocks. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(new Date());
        schedule();
      }, msUntilNextMinute(new Date()) + 50);
    };
    schedule();
    return () => clearTimeout(timer);
  }, []);
  return now;
}
