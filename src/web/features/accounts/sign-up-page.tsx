import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Locale, localeNames, locales } from '../../../core/i18n/locales.js';
import { ageOn, minimumAge } from '../../../core/people/age.js';
import { isCalendarDate } from '../../../core/time/calendar-date.js';
import { errorMessage } from '../../app/error-message.js';
import { usePageTitle } from '../../app/page-title.js';
import { browserTimeZone, formatDate, todayIn } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { usePartnership } from '../partnership/partnership-context.js';
import { accountsApi, minimumPasswordLength } from './accounts-api.js';
import { useSession } from './session.js';

type Step =
  | { name: 'birthDate' }
  | { name: 'tooYoung' }
  | { name: 'account'; birthDate: string; age: number };

/** Sign-up in two steps: the birth date first and alone, then the account. */
export default function SignUpPage() {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ name: 'birthDate' });
  const [birthDate, setBirthDate] = useState('');
  usePageTitle(t('signUp.title'));

  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t('signUp.title')}</Title>
      {step.name === 'birthDate' && (
        <BirthDateStep
          value={birthDate}
          onChange={setBirthDate}
          onDone={(age) =>
            setStep(age < minimumAge ? { name: 'tooYoung' } : { name: 'account', birthDate, age })
          }
        />
      )}
      {step.name === 'tooYoung' && <TooYoung />}
      {step.name === 'account' && (
        <AccountStep
          birthDate={step.birthDate}
          age={step.age}
          onBack={() => setStep({ name: 'birthDate' })}
        />
      )}
    </Stack>
  );
}

function BirthDateStep(props: { value: string; onChange(value: string): void; onDone(age: number): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const today = todayIn(browserTimeZone());

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!isCalendarDate(props.value)) return setError(t('signUp.birthDateInvalid'));
    if (props.value > today) return setError(t('signUp.birthDateFuture'));
    props.onDone(ageOn(props.value, today));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" id="birth-date-step">
          {t('signUp.stepBirthDate')}
        </Title>
        <TextInput
          type="date"
          label={t('signUp.birthDate')}
          description={t('signUp.birthDateHelp')}
          autoComplete="bday"
          required
          max={today}
          min="1900-01-01"
          value={props.value}
          error={error}
          onChange={(event) => {
            props.onChange(event.currentTarget.value);
            setError(undefined);
          }}
          styles={{ wrapper: { maxWidth: 260 } }}
        />
        <Group>
          <Button type="submit">{t('common.continue')}</Button>
        </Group>
        <Text>
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/sign-in">
            {t('nav.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}

function TooYoung() {
  const { t } = useI18n();
  return (
    <Alert color="blue" title={t('signUp.tooYoungTitle')} role="status" data-testid="too-young">
      <Stack gap="sm">
        <Text>{t('signUp.tooYoungBody')}</Text>
        <Anchor component={Link} to="/">
          {t('signUp.backHome')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function AccountStep({ birthDate, age, onBack }: { birthDate: string; age: number; onBack(): void }) {
  const { locale, t } = useI18n();
  const { cities } = usePartnership();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [cityId, setCityId] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [errors, setErrors] = useState<
    Partial<Record<'email' | 'password' | 'displayName' | 'cityId', string>>
  >({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const city = cities?.find((c) => c.id === cityId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (email.trim() === '') found.email = t('signUp.required');
    if (password.length < minimumPasswordLength) found.password = t('signUp.passwordTooShort');
    if (displayName.trim() === '') found.displayName = t('signUp.required');
    if (cityId === '') found.cityId = t('signUp.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const me = await accountsApi.register({
        birthDate,
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        cityId,
        locale: language,
        timeZone: browserTimeZone(),
      });
      setMe(me);
      await navigate('/profile');
    } catch (error) {
      setFailure(errorMessage(error, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3" id="account-step">
          {t('signUp.stepAccount')}
        </Title>
        <Group gap="sm">
          <Text>{t('signUp.birthDateShown', { date: formatDate(birthDate, locale) })}</Text>
          <Button variant="subtle" size="compact-sm" onClick={onBack}>
            {t('signUp.changeBirthDate')}
          </Button>
        </Group>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('signUp.email')}
          type="email"
          autoComplete="email"
          required
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('signUp.password')}
          description={t('signUp.passwordHelp')}
          autoComplete="new-password"
          required
          minLength={minimumPasswordLength}
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <TextInput
          label={t('signUp.displayName')}
          autoComplete="nickname"
          required
          maxLength={100}
          value={displayName}
          error={errors.displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('signUp.city')}
          required
          value={cityId}
          error={errors.cityId}
          onChange={(event) => setCityId(event.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...(cities ?? []).map((c) => ({ value: c.id, label: c.name[locale] })),
          ]}
        />
        {city !== undefined && age < city.consentAge && (
          <Alert color="yellow" role="status" data-testid="guardian-notice">
            {t('signUp.guardianNotice', { city: city.name[locale], age: city.consentAge })}
          </Alert>
        )}
        <NativeSelect
          label={t('signUp.language')}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value as Locale)}
          data={locales.map((option) => ({ value: option, label: localeNames[option] }))}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('signUp.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
