import { Button, Group } from '@mantine/core';
import { localeNames, locales } from '../../core/i18n/locales.js';
import { useI18n } from '../i18n/i18n-context.js';

/** The four UI languages, each named in its own language. */
export function LanguageSwitcher() {
  const { locale, t, setLocale } = useI18n();
  return (
    <Group gap={4} role="group" aria-label={t('shell.language')}>
      {locales.map((option) => (
        <Button
          key={option}
          lang={option}
          size="compact-sm"
          variant={option === locale ? 'filled' : 'subtle'}
          aria-pressed={option === locale}
          onClick={() => {
            void setLocale(option);
          }}
        >
          {localeNames[option]}
        </Button>
      ))}
    </Group>
  );
}
