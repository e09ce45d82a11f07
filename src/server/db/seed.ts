import type { Services } from '../app.js';
import { seedDemoSessions } from '../modules/sessions/sessions.seed.js';
import { seedDemoYouth } from '../modules/youth/youth.seed.js';
import { type Clock, systemClock } from '../platform/clock.js';

/** Accounts the demo content creates, so that a first look can sign in as each kind of user. */
export const demoAccounts = [
  {
    email: 'coordinator.espoo@demo.silta.test',
    role: 'coordinator',
    cityId: 'espoo',
    displayName: 'Aino Virtanen',
    locale: 'fi',
  },
  {
    email: 'coordinator.osan@demo.silta.test',
    role: 'coordinator',
    cityId: 'osan',
    displayName: '김민지',
    locale: 'ko',
  },
  {
    email: 'facilitator.espoo@demo.silta.test',
    role: 'facilitator',
    cityId: 'espoo',
    displayName: 'Elsa Lindqvist',
    locale: 'sv',
  },
  { email: 'admin@demo.silta.test', role: 'admin', displayName: 'Silta Admin', locale: 'en' },
] as const;

/** The demo password, printed by `npm start` when demo content is on. Never use demo content in production. */
export const demoPassword = 'silta-demo-2026';

export interface SeedResult {
  partnership: boolean;
  demoAccounts: number;
}

/**
 * Fills an empty database: the default partnership always, demo content when asked. Running it again
 * changes nothing.
 */
export async function seedDatabase(
  services: Services,
  options: { demo: boolean; clock?: Clock },
): Promise<SeedResult> {
  const clock = options.clock ?? systemClock;
  const partnership = await services.partnership.seedDefault();
  // The e-sports games catalogue (an empty catalogue only).
  await services.esports.seedDefault();
  let created = 0;
  if (options.demo && (await services.accounts.countUsers()) === 0) {
    const accounts: Awaited<ReturnType<Services['accounts']['createByOperator']>>[] = [];
    for (const account of demoAccounts) {
      accounts.push(await services.accounts.createByOperator({ ...account, password: demoPassword }));
      created += 1;
    }
    const host = (cityId: string) => {
      const me = accounts.find((a) => a.roles.some((r) => r.role === 'coordinator' && r.cityId === cityId));
      if (me === undefined) throw new Error(`no demo coordinator for ${cityId}`);
      return { userId: me.id, cityId: me.cityId, roles: me.roles };
    };
    await seedDemoSessions(services.sessions, { espoo: host('espoo'), osan: host('osan') }, clock);
    // Demo youth of both cities in matched circles with vetted facilitators, and the culture kit.
    await seedDemoYouth(
      services.youth,
      services.accounts,
      { espoo: host('espoo'), osan: host('osan') },
      clock,
      demoPassword,
    );
  }
  // A search index built by an older text analysis is rebuilt before anyone searches it.
  await services.practices.ensureSearchIndex();
  // Demo practices of both cities in their own languages (an empty library only).
  if (options.demo) await services.practices.seedDemo();
  // Demo e-sports clubs and tournaments (when there are no tournaments yet).
  if (options.demo) await services.esports.seedDemo();
  return { partnership, demoAccounts: created };
}
