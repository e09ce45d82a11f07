import type { Clock } from '../../platform/clock.js';
import type { SessionBody } from './sessions.schema.js';
import type { Actor, SessionsService } from './sessions.service.js';

type DemoSession = Pick<
  SessionBody,
  'title' | 'description' | 'originalLanguage' | 'mode' | 'audience' | 'topics'
> & {
  host: 'espoo' | 'osan';
  durationMinutes: number;
  venues?: Record<string, string>;
};

/** Demo sessions: what the partnership does, written by each city in its own language. */
const demoSessions: DemoSession[] = [
  {
    host: 'espoo',
    title: {
      fi: 'Kirjastojen pajat: näin Sellon maker space toimii',
      en: 'Library maker spaces: how Sello’s maker space works',
    },
    description: {
      fi: 'Espoon kirjastojen pajaohjaajat kertovat, miten 3D-tulostus, ompelu ja elektroniikka tuodaan kaikkien ulottuville.',
    },
    originalLanguage: 'fi',
    mode: 'hybrid',
    audience: 'staff',
    topics: ['maker-spaces', 'digital-learning'],
    durationMinutes: 90,
    venues: { espoo: 'Sellon kirjasto, Paja' },
  },
  {
    host: 'osan',
    title: { ko: '오산 주민 정원 100곳 이야기', en: 'Osan’s 100 resident gardens' },
    description: { ko: '주민이 직접 가꾸는 정원이 어떻게 평생학습의 장이 되었는지 함께 나눠요.' },
    originalLanguage: 'ko',
    mode: 'online',
    audience: 'everyone',
    topics: ['resident-gardens', 'sustainable-development'],
    durationMinutes: 60,
  },
  {
    host: 'osan',
    title: { en: 'Learning labs: what Osan built after studying Espoo’s workshops' },
    description: {
      en: 'Osan’s lifelong-learning team shows its learning labs and what it changed for local needs.',
    },
    originalLanguage: 'en',
    mode: 'online',
    audience: 'staff',
    topics: ['digital-learning', 'maker-spaces'],
    durationMinutes: 90,
  },
  {
    host: 'espoo',
    title: { en: 'Korean language café for Espoo youth', fi: 'Korean kielen kahvila espoolaisille nuorille' },
    description: { en: 'Say hello, order tteokbokki and talk about school with young people from Osan.' },
    originalLanguage: 'en',
    mode: 'online',
    audience: 'youth',
    topics: ['language-culture'],
    durationMinutes: 60,
  },
  {
    host: 'osan',
    title: { ko: '핀란드어 카페: 사우나와 숲 이야기', en: 'Finnish café: saunas and forests' },
    description: { ko: '에스포 청소년과 함께 핀란드어 인사말과 일상 표현을 배워요.' },
    originalLanguage: 'ko',
    mode: 'online',
    audience: 'youth',
    topics: ['language-culture'],
    durationMinutes: 60,
  },
  {
    host: 'osan',
    title: { en: 'E-sports coaching clinic: communication in team play' },
    description: {
      en: 'Coaches from Osan University’s e-sports programme on calls, roles and staying calm.',
    },
    originalLanguage: 'en',
    mode: 'online',
    audience: 'youth',
    topics: ['esports'],
    durationMinutes: 90,
  },
  {
    host: 'espoo',
    title: { sv: 'Hållbar utveckling i skolans vardag', fi: 'Kestävä kehitys koulun arjessa' },
    description: { sv: 'Lärare i Esbo berättar hur eleverna mäter skolans energi och avfall.' },
    originalLanguage: 'sv',
    mode: 'online',
    audience: 'staff',
    topics: ['sustainable-development'],
    durationMinutes: 60,
  },
  {
    host: 'espoo',
    title: { en: 'Wellbeing for learning: sleep, screens and study' },
    description: {
      en: 'Researchers and youth workers from both cities compare what helps young people learn well.',
    },
    originalLanguage: 'en',
    mode: 'online',
    audience: 'everyone',
    topics: ['wellbeing'],
    durationMinutes: 75,
  },
  {
    host: 'osan',
    title: { ko: '시민에게 열린 공공시설: 여가 학습 공간 운영', en: 'City premises open for leisure study' },
    description: { ko: '오산시가 공공시설을 저녁과 주말에 학습 공간으로 개방한 경험을 나눠요.' },
    originalLanguage: 'ko',
    mode: 'online',
    audience: 'staff',
    topics: ['open-premises'],
    durationMinutes: 60,
  },
  {
    host: 'espoo',
    title: {
      en: 'Youth voice: what should our cities do together?',
      fi: 'Nuorten ääni: mitä kaupunkien pitäisi tehdä yhdessä?',
    },
    description: { en: 'An open workshop where young people from Espoo and Osan choose next year’s themes.' },
    originalLanguage: 'en',
    mode: 'online',
    audience: 'youth',
    topics: ['youth-participation'],
    durationMinutes: 60,
  },
];

/**
 * Creates a year of demo sessions, one a fortnight from a few days ahead, each at a time the slot
 * finder suggests for its audience in both cities (so the demo shows sensible hours on both sides).
 */
export async function seedDemoSessions(
  sessions: SessionsService,
  hosts: Record<'espoo' | 'osan', Actor>,
  clock: Clock,
): Promise<number> {
  const now = clock.now();
  let created = 0;
  for (let index = 0; index < 24; index += 1) {
    const demo = demoSessions[index % demoSessions.length];
    if (demo === undefined) continue;
    // Every fortnight from a few days ahead, so the current month already has sessions to show.
    const windowStart = new Date(now.getTime() + (3 + index * 15) * 86_400_000);
    const from = windowStart.toISOString().slice(0, 10);
    const to = new Date(windowStart.getTime() + 12 * 86_400_000).toISOString().slice(0, 10);
    const { slots } = await sessions.suggest(
      {
        durationMinutes: demo.durationMinutes,
        from,
        to,
        audience: demo.audience,
        cities: ['espoo', 'osan'],
        count: 1,
      },
      'en',
    );
    const slot = slots[0];
    if (slot === undefined) continue;
    await sessions.create(
      hosts[demo.host],
      {
        title: demo.title,
        description: demo.description,
        originalLanguage: demo.originalLanguage,
        startsAt: slot.startsAt,
        durationMinutes: demo.durationMinutes,
        anchorTimeZone: demo.host === 'espoo' ? 'Europe/Helsinki' : 'Asia/Seoul',
        mode: demo.mode,
        audience: demo.audience,
        seats: demo.audience === 'staff' ? { espoo: 15, osan: 15 } : { espoo: 10, osan: 10 },
        waitlist: true,
        topics: demo.topics ?? [],
        ...(demo.venues === undefined ? {} : { venues: demo.venues }),
      },
      'en',
    );
    created += 1;
  }
  return created;
}
