import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { type Locale, localeNames, locales } from '../../../core/i18n/locales.js';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { supportedTimeZones } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { AskGuardianPanel } from '../youth/ask-guardian-panel.js';
import { accountsApi, type Me } from './accounts-api.js';
import { CityChange } from './city-change-panel.js';
import { useSession } from './session.js';

/** The signed-in person's settings, or, for an account awaiting a guardian, only that state. */
export default function ProfilePage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('profile.title'));

  if (me === undefined) return null;
  if (me === null) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('profile.title')}</Title>
        <Anchor component={Link} to="/sign-in">
          {t('nav.signIn')}
        </Anchor>
      </Stack>
    );
  }
  if (me.status === 'awaiting_guardian_consent') return <AwaitingConsent me={me} />;
  return <Profile me={me} />;
}

function AwaitingConsent({ me }: { me: Me }) {
  const { locale, t } = useI18n();
  const { cityById } = usePartnership();
  const city = cityById(me.cityId);
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('profile.title')}</Title>
      <Text>{t('profile.signedInAs', { name: me.displayName })}</Text>
      <Alert color="yellow" title={t('profile.awaitingTitle')} data-testid="awaiting-consent">
        <Stack gap="xs">
          {city && (
            <Text>{t('profile.awaitingBody', { city: city.name[locale], age: city.consentAge })}</Text>
          )}
          <Text>{t('profile.awaitingNext')}</Text>
        </Stack>
      </Alert>
      <AskGuardianPanel />
    </Stack>
  );
}

function Profile({ me }: { me: Me }) {
  const { locale, t } = useI18n();
  const { setMe } = useSession();
  const { cityById } = usePartnership();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState<Locale>(me.locale);
  const [timeZone, setTimeZone] = useState<string | null>(me.timeZone);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => supportedTimeZones(), []);

  // The header's language switcher changes the account's language too; keep the form in step.
  useEffect(() => setLanguage(me.locale), [me.locale]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setNotice(undefined);
    try {
      const updated = await accountsApi.update({
        displayName: displayName.trim(),
        locale: language,
        ...(timeZone ? { timeZone } : {}),
      });
      setMe(updated);
      // The confirmation text is chosen at render time, so it follows a language that just changed.
      setNotice({ ok: true, text: '' });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xl" maw={640}>
      <Stack gap="xs">
        <Title order={1}>{t('profile.title')}</Title>
        <Text>{t('profile.signedInAs', { name: me.displayName })}</Text>
      </Stack>

      <section aria-labelledby="details-heading">
        <form onSubmit={save} noValidate>
          <Stack gap="md">
            <Title order={2} size="h3" id="details-heading">
              {t('profile.detailsHeading')}
            </Title>
            <TextInput
              label={t('profile.displayName')}
              required
              maxLength={100}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
            />
            <NativeSelect
              label={t('profile.language')}
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
            >
              {locales.map((option) => (
                <option key={option} value={option} lang={option}>
                  {localeNames[option]}
                </option>
              ))}
            </NativeSelect>
            <Select
              label={t('profile.timeZone')}
              description={t('profile.timeZoneHelp')}
              searchable
              data={zones}
              limit={50}
              value={timeZone}
              onChange={setTimeZone}
              nothingFoundMessage={t('profile.timeZoneNothing')}
              allowDeselect={false}
            />
            <Group>
              <Button type="submit" loading={busy}>
                {t('profile.save')}
              </Button>
            </Group>
            <div aria-live="polite">
              {notice && (
                <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
                  {notice.ok ? t('profile.saved') : notice.text}
                </Alert>
              )}
            </div>
          </Stack>
        </form>
      </section>

      <CityChange me={me} />

      <EmailVerification me={me} />

      {me.roles.length > 0 && (
        <section aria-labelledby="roles-heading">
          <Title order={2} size="h3" id="roles-heading" mb="sm">
            {t('profile.rolesHeading')}
          </Title>
          <Group gap="xs">
            {me.roles.map((grant) => (
              <Badge
                key={`${grant.role}-${grant.cityId}`}
                variant="light"
                color="blue"
                c="blue.9"
                tt="none"
                size="lg"
              >
                {grant.cityId === null
                  ? t(`role.${grant.role}`)
                  : t('role.inCity', {
                      role: t(`role.${grant.role}`),
                      city: cityById(grant.cityId)?.name[locale] ?? grant.cityId,
                    })}
              </Badge>
            ))}
          </Group>
        </section>
      )}
    </Stack>
  );
}

function EmailVerification({ me }: { me: Me }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);

  async function resend() {
    setBusy(true);
    try {
      await accountsApi.resendVerification();
      setNotice({ ok: true, text: t('profile.resent') });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="email-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="email-heading">
          {t('profile.emailHeading')}
        </Title>
        <Group gap="sm">
          <Text fw={600}>{me.email}</Text>
          <Badge color={me.emailVerified ? 'teal.9' : 'red.9'} variant="outline" tt="none" size="lg">
            {me.emailVerified ? t('profile.emailVerified') : t('profile.emailNotVerified')}
          </Badge>
        </Group>
        {!me.emailVerified && (
          <>
            <Text>{t('profile.emailNotVerifiedHelp', { email: me.email })}</Text>
            <Group>
              <Button variant="default" onClick={() => void resend()} loading={busy}>
                {t('profile.resend')}
              </Button>
            </Group>
          </>
        )}
        <div aria-live="polite">
          {notice && (
            <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
              {notice.text}
            </Alert>
          )}
        </div>
      </Stack>
    </section>
  );
}
