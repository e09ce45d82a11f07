import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../app/api-client.js';
import { errorMessage } from '../../app/error-message.js';
import { LoadFailure, usePageLoad } from '../../app/page-load.js';
import { usePageTitle } from '../../app/page-title.js';
import { formatClockTime, formatZoneName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSession } from '../accounts/session.js';
import { usePartnership } from '../partnership/partnership-context.js';
import {
  type FreeTime,
  type Level,
  levels,
  type Vocabulary,
  type YouthProfile,
  youthApi,
  youthLanguages,
} from './youth-api.js';
import { AgeBandBadge, useInterestName, useLanguageName, useWeekdayName } from './youth-parts.js';

/** Half hours of a day as 24-hour clock readings, "00:00" … "24:00" (24:00 ends the day). */
const clockTimes = Array.from(
  { length: 49 },
  (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`,
);
const weekdays = [1, 2, 3, 4, 5, 6, 7];

interface Loaded {
  vocabulary: Vocabulary;
  profile: YouthProfile | null;
}

/** The youth profile (/youth/profile): languages with levels, interests, weekly free time, circle size. */
export default function YouthProfilePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const active = me?.status === 'active';
  usePageTitle(t('youth.profile.title'));

  const loaded = usePageLoad(async (): Promise<Loaded | undefined> => {
    if (!active) return undefined;
    const vocabulary = await youthApi.vocabulary();
    let profile: YouthProfile | null = null;
    try {
      profile = await youthApi.profile();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
    }
    return { vocabulary, profile };
  }, [active]);

  if (me === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  if (me === null || me.status !== 'active') {
    return (
      <Stack gap="md">
        <Title order={1}>{t('youth.profile.title')}</Title>
        <Anchor component={Link} to={me === null ? '/sign-in' : '/profile'}>
          {me === null ? t('youth.signIn') : t('youth.awaitingLink')}
        </Anchor>
      </Stack>
    );
  }
  if (loaded.error) return <LoadFailure message={loaded.error} onRetry={loaded.retry} />;
  if (loaded.value === undefined) return <Loader role="status" aria-label={t('common.loading')} />;
  return (
    <ProfileForm vocabulary={loaded.value.vocabulary} profile={loaded.value.profile} timeZone={me.timeZone} />
  );
}

function ProfileForm({
  vocabulary,
  profile,
  timeZone,
}: {
  vocabulary: Vocabulary;
  profile: YouthProfile | null;
  timeZone: string;
}) {
  const { locale, t } = useI18n();
  const { cities } = usePartnership();
  const places = (cities ?? []).map((city) => ({ name: city.name[locale], timeZone: city.timeZone }));
  const clockOptions = clockTimes.map((time) => ({ value: time, label: formatClockTime(time, locale) }));
  const languageName = useLanguageName();
  const interestName = useInterestName();
  const weekdayName = useWeekdayName();
  const [native, setNative] = useState<string[]>(profile?.nativeLanguages ?? []);
  const [learning, setLearning] = useState<Record<string, Level | ''>>(() =>
    Object.fromEntries((profile?.learning ?? []).map((entry) => [entry.language, entry.level as Level])),
  );
  const [interests, setInterests] = useState<string[]>(profile?.interests ?? []);
  const [freeTime, setFreeTime] = useState<FreeTime[]>(
    profile?.availability ?? [{ weekday: 6, from: '10:00', to: '13:00' }],
  );
  const [circleSize, setCircleSize] = useState(
    profile?.preferredCircleSize == null ? '' : String(profile.preferredCircleSize),
  );
  const [ageBand, setAgeBand] = useState(profile?.ageBand);
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const sizes: number[] = [];
  for (let size = vocabulary.circleSize.min; size <= vocabulary.circleSize.max; size += 1) sizes.push(size);

  function setSlot(index: number, change: Partial<FreeTime>) {
    setFreeTime((slots) => slots.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setNotice(undefined);
    if (native.length === 0) return setNotice({ ok: false, text: t('youth.profile.nativeMissing') });
    if (freeTime.some((slot) => slot.from >= slot.to))
      return setNotice({ ok: false, text: t('youth.profile.slotInvalid') });
    setBusy(true);
    try {
      const saved = await youthApi.saveProfile({
        nativeLanguages: native,
        learning: Object.entries(learning)
          .filter((entry): entry is [string, Level] => entry[1] !== '')
          .map(([language, level]) => ({ language, level })),
        interests,
        availability: freeTime,
        ...(circleSize === '' ? {} : { preferredCircleSize: Number(circleSize) }),
      });
      setAgeBand(saved.ageBand);
      setNotice({ ok: true, text: t('youth.profile.saved') });
    } catch (error) {
      setNotice({ ok: false, text: errorMessage(error, t('common.networkError')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg" maw={820}>
      <Stack gap="xs">
        <Title order={1}>{t('youth.profile.title')}</Title>
        <Text>{t('youth.profile.intro')}</Text>
        {ageBand && (
          <Group gap="xs">
            <AgeBandBadge band={ageBand} />
            <Text size="sm">{t('youth.profile.ageBandNote')}</Text>
          </Group>
        )}
      </Stack>
      <form onSubmit={save} noValidate>
        <Stack gap="lg">
          <Checkbox.Group label={t('youth.profile.native')} value={native} onChange={setNative} required>
            <Group gap="lg" mt="xs">
              {youthLanguages.map((code) => (
                <Checkbox key={code} value={code} label={languageName(code)} />
              ))}
            </Group>
          </Checkbox.Group>

          <Fieldset legend={t('youth.profile.learning')}>
            <Text size="sm" mb="sm">
              {t('youth.profile.learningHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {youthLanguages.map((code) => (
                <NativeSelect
                  key={code}
                  label={languageName(code)}
                  value={learning[code] ?? ''}
                  onChange={(event) => {
                    // React clears currentTarget once the handler returns, and the updater may run later.
                    const level = event.currentTarget.value as Level | '';
                    setLearning((current) => ({ ...current, [code]: level }));
                  }}
                  data={[
                    { value: '', label: t('youth.profile.notLearning') },
                    ...levels.map((level) => ({ value: level, label: t(`youth.level.${level}`) })),
                  ]}
                />
              ))}
            </SimpleGrid>
          </Fieldset>

          <Checkbox.Group
            label={t('youth.profile.interests')}
            description={t('youth.profile.interestsHelp')}
            value={interests}
            onChange={setInterests}
          >
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
              {vocabulary.interests.map((interest) => (
                <Checkbox key={interest} value={interest} label={interestName(interest)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>

          <Fieldset legend={t('youth.profile.freeTime')}>
            <Text size="sm" mb="sm">
              {t('youth.profile.freeTimeHelp', {
                zone: formatZoneName(timeZone, locale, places, (city) => t('common.cityTime', { city })),
              })}
            </Text>
            <Stack gap="sm">
              {freeTime.map((slot, index) => (
                <Group
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
                  key={index}
                  gap="sm"
                  align="flex-end"
                  wrap="wrap"
                  role="group"
                  aria-label={t('youth.profile.slot', { number: index + 1 })}
                >
                  <NativeSelect
                    label={t('youth.profile.weekday')}
                    value={String(slot.weekday)}
                    onChange={(event) => setSlot(index, { weekday: Number(event.currentTarget.value) })}
                    data={weekdays.map((day) => ({ value: String(day), label: weekdayName(day) }))}
                  />
                  <NativeSelect
                    label={t('youth.profile.from')}
                    value={slot.from}
                    onChange={(event) => setSlot(index, { from: event.currentTarget.value })}
                    data={clockOptions.slice(0, -1)}
                  />
                  <NativeSelect
                    label={t('youth.profile.to')}
                    value={slot.to}
                    onChange={(event) => setSlot(index, { to: event.currentTarget.value })}
                    data={clockOptions.slice(1)}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    onClick={() => setFreeTime((slots) => slots.filter((_, i) => i !== index))}
                    aria-label={t('youth.profile.removeSlotNamed', { number: index + 1 })}
                  >
                    {t('youth.profile.removeSlot')}
                  </Button>
                </Group>
              ))}
              <Group>
                <Button
                  variant="default"
                  onClick={() =>
                    setFreeTime((slots) => [...slots, { weekday: 6, from: '10:00', to: '12:00' }])
                  }
                >
                  {t('youth.profile.addSlot')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <NativeSelect
            label={t('youth.profile.circleSize')}
            value={circleSize}
            onChange={(event) => setCircleSize(event.currentTarget.value)}
            data={[
              { value: '', label: t('youth.profile.noPreference') },
              ...sizes.map((size) => ({
                value: String(size),
                label: t('youth.profile.people', { count: size }),
              })),
            ]}
            maw={320}
          />

          <Group>
            <Button type="submit" loading={busy}>
              {t('youth.profile.save')}
            </Button>
          </Group>
          <div aria-live="polite">
            {notice && (
              <Alert color={notice.ok ? 'green' : 'red'} role={notice.ok ? 'status' : 'alert'}>
                {notice.text}
              </Alert>
            )}
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
