import { useNow } from '../../app/use-now.js';
import { browserTimeZone, formatTime } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from './partnership-context.js';

/**
 * Local time in every partnership city, ticking each minute; the viewer's own time comes first when
 * the viewer is in none of the cities' zones.
 */
export function CityClocks() {
  const { cities } = usePartnership();
  const { me } = useSession();
  const { locale, t } = useI18n();
  const now = useNow();
  if (cities === undefined || cities.length === 0) return null;
  const viewerZone = me?.timeZone ?? browserTimeZone();
  const viewerElsewhere = !cities.some((city) => city.timeZone === viewerZone);
  return (
    <ul className="city-clocks" aria-label={t('shell.cityClocks')} data-testid="city-clocks">
      {viewerElsewhere && (
        <li>
          <time dateTime={now.toISOString()}>{formatTime(now, locale, viewerZone)}</time>{' '}
          {t('common.yourTime')}
        </li>
      )}
      {cities.map((city) => (
        <li key={city.id}>
          <time dateTime={now.toISOString()}>{formatTime(now, locale, city.timeZone)}</time>{' '}
          {city.name[locale]}
        </li>
      ))}
    </ul>
  );
}
