import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as sessions from './0002-sessions.js';
import * as practices from './0003-practices.js';
import * as esports from './0004-esports.js';
import * as youth from './0005-youth.js';
import * as polls from './0006-polls.js';
import * as circleMeetings from './0007-circle-meetings.js';
import * as practiceSearch from './0008-practice-search.js';
import * as cityFacts from './0009-city-facts.js';
import * as teamInvitations from './0010-team-invitations.js';

/** Every migration in order. Names never change once released. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-sessions': sessions,
  '0003-practices': practices,
  '0004-esports': esports,
  '0005-youth': youth,
  '0006-polls': polls,
  '0007-circle-meetings': circleMeetings,
  '0008-practice-search': practiceSearch,
  '0009-city-facts': cityFacts,
  '0010-team-invitations': teamInvitations,
};
