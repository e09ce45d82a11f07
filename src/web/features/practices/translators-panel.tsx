import { Button, Card, Checkbox, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import { errorMessage } from '../../app/error-message.js';
import { NoticeAlert, useNotice } from '../../app/notice.js';
import { LoadFailure } from '../../app/page-load.js';
import { formatList, languageName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLabels } from './practice-parts.js';
import { type Person, practicesApi, type TranslatorGrant } from './practices-api.js';

/** The panel's element id, for the queue page's link to it. */
export const translatorsAnchor = 'translators';

/**
 * Coordinators' (and admins') side of the translation desk: who translates into which languages,
 * with grant, change and revoke. The server decides whom a coordinator may grant (people of their
 * city) and records every change in the audit log.
 */
export function TranslatorsPanel({ onChange }: { onChange?: () => void }) {
  const { locale, t } = useI18n();
  const labels = useLabels();
  const headingId = useId();
  const [translators, setTranslators] = useState<TranslatorGrant[]>();
  const [people, setPeople] = useState<Person[]>([]);
  const [loadError, setLoadError] = useState<string>();
  const [person, setPerson] = useState('');
  const [languages, setLanguages] = useState<Locale[]>([]);
  const [formError, setFormError] = useState<string>();
  const { notice, setNotice, run } = useNotice();
  const [busy, setBusy] = useState<string>();

  const load = useCallback(async () => {
    setLoadError(undefined);
    try {
      const [granted, known] = await Promise.all([practicesApi.translators(), practicesApi.people()]);
      setTranslators(granted);
      setPeople(known);
    } catch (error) {
      setLoadError(errorMessage(error, t('common.loadFailed')));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const nameOf = (userId: string) =>
    people.find((candidate) => candidate.id === userId)?.displayName ?? userId;
  const languageList = (codes: readonly Locale[]) =>
    formatList(
      [...codes]
        .sort((a, b) => locales.indexOf(a) - locales.indexOf(b))
        .map((code) => languageName(code, locale)),
      locale,
    );

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    if (person === '') {
      setFormError(t('practices.translators.pickPerson'));
      return;
    }
    if (languages.length === 0) {
      setFormError(t('practices.translators.pickLanguage'));
      return;
    }
    setFormError(undefined);
    setBusy('save');
    const saved = await run(
      () => practicesApi.setTranslator(person, languages),
      (grant) =>
        t('practices.translators.saved', {
          name: nameOf(grant.userId),
          languages: languageList(grant.languages),
        }),
    );
    if (saved) {
      setPerson('');
      setLanguages([]);
      await load();
      onChange?.();
    }
    setBusy(undefined);
  }

  async function revoke(grant: TranslatorGrant) {
    setBusy(grant.userId);
    const revoked = await run(
      () => practicesApi.removeTranslator(grant.userId),
      t('practices.translators.revoked', { name: nameOf(grant.userId) }),
    );
    if (revoked) {
      await load();
      onChange?.();
    }
    setBusy(undefined);
  }

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      id={translatorsAnchor}
      aria-labelledby={headingId}
      data-testid="translators"
    >
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('practices.translators.heading')}
        </Title>
        <Text size="sm">{t('practices.translators.intro')}</Text>
        <NoticeAlert notice={notice} />
        {loadError && <LoadFailure message={loadError} onRetry={() => void load()} />}
        {translators === undefined && !loadError && <Loader role="status" aria-label={t('common.loading')} />}
        {translators?.length === 0 && <Text size="sm">{t('practices.translators.none')}</Text>}
        {translators !== undefined && translators.length > 0 && (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {translators.map((grant) => (
              <li key={grant.userId} data-testid="translator">
                <Group justify="space-between" align="center" wrap="wrap" gap="xs">
                  <Text size="sm">
                    <Text span fw={600}>
                      {nameOf(grant.userId)}
                    </Text>
                    {' · '}
                    {[labels.city(grant.cityId), languageList(grant.languages)].filter(Boolean).join(' · ')}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => {
                        setPerson(grant.userId);
                        setLanguages(grant.languages);
                        setFormError(undefined);
                      }}
                      aria-label={`${t('practices.translators.edit')}: ${nameOf(grant.userId)}`}
                    >
                      {t('practices.translators.edit')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      color="red"
                      loading={busy === grant.userId}
                      disabled={busy !== undefined && busy !== grant.userId}
                      onClick={() => void revoke(grant)}
                      aria-label={`${t('practices.translators.revoke')}: ${nameOf(grant.userId)}`}
                    >
                      {t('practices.translators.revoke')}
                    </Button>
                  </Group>
                </Group>
              </li>
            ))}
          </Stack>
        )}
        <form onSubmit={(event) => void save(event)} noValidate>
          <Stack gap="sm">
            <NativeSelect
              label={t('practices.translators.person')}
              value={person}
              onChange={(event) => {
                const chosen = event.currentTarget.value;
                setPerson(chosen);
                setLanguages(translators?.find((grant) => grant.userId === chosen)?.languages ?? []);
              }}
              data={[
                { value: '', label: t('practices.translators.choose') },
                ...people.map((candidate) => ({
                  value: candidate.id,
                  label: `${candidate.displayName} (${candidate.email})`,
                })),
              ]}
            />
            <Checkbox.Group
              label={t('practices.translators.languages')}
              value={languages}
              onChange={(values) => setLanguages(values.filter(isLocale))}
              error={formError}
            >
              <Group gap="md" mt={4}>
                {locales.map((code) => (
                  <Checkbox key={code} value={code} label={languageName(code, locale)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group>
              <Button
                type="submit"
                loading={busy === 'save'}
                disabled={busy !== undefined && busy !== 'save'}
              >
                {t('practices.translators.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
