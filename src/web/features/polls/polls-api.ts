import { api } from '../../app/api-client.js';
import type { Session, SessionInput } from '../sessions/sessions-api.js';

export type PollAnswer = 'yes' | 'if_need_be' | 'no';
export const pollAnswers: readonly PollAnswer[] = ['yes', 'if_need_be', 'no'];

/** A candidate start time with its tally, as GET /api/polls/:id answers. */
export interface PollOption {
  id: string;
  startsAt: string;
  /** The start in every city's zone, ISO with offset. */
  localTimes: Record<string, string>;
  yes: number;
  ifNeedBe: number;
  no: number;
}

export interface PollResponse {
  id: string;
  name: string;
  answers: Record<string, PollAnswer>;
}

export interface Poll {
  id: string;
  title: string;
  description: string;
  /** The language title and description are in. */
  language: string;
  durationMinutes: number;
  anchorTimeZone: string;
  status: 'open' | 'closed';
  options: PollOption[];
  responses: PollResponse[];
  chosenOptionId: string | null;
  sessionId: string | null;
}

/** What POST /api/polls takes: a session without its start, plus the candidate starts. */
export type PollInput = Omit<SessionInput, 'startsAt' | 'status'> & { options: string[] };

export interface AnswerInput {
  token?: string;
  name?: string;
  email?: string;
  timeZone?: string;
  answers: Record<string, PollAnswer>;
  editToken?: string;
}

/** A poll takes 2 to 20 candidate times (the server's limits). */
export const minOptions = 2;
export const maxOptions = 20;

function pollPath(id: string, rest = ''): string {
  return `/api/polls/${encodeURIComponent(id)}${rest}`;
}

export const pollsApi = {
  create: (input: PollInput) => api<{ poll: Poll; shareUrl: string }>('POST', '/api/polls', input),
  /** Without a token only the host city's staff get an answer; everyone else gets 404. */
  get: (id: string, token?: string) =>
    api<Poll>(
      'GET',
      token === undefined ? pollPath(id) : `${pollPath(id)}?token=${encodeURIComponent(token)}`,
    ),
  answer: (id: string, input: AnswerInput) =>
    api<{ id: string; editToken?: string }>('POST', pollPath(id, '/responses'), input),
  pick: (id: string, optionId: string) =>
    api<{ poll: Poll; session: Session }>('POST', pollPath(id, '/pick'), { optionId }),
};

/**
 * What this browser remembers about a poll: the answer it sent (to show and change it), the guest's
 * edit token, and for the staff member who created it, the invitation link (GET does not give it back).
 */
export interface RememberedPoll {
  responseId?: string;
  editToken?: string;
  shareUrl?: string;
}

const storageKey = (id: string) => `silta.poll.${id}`;

export function rememberedPoll(id: string): RememberedPoll {
  try {
    const stored = window.localStorage.getItem(storageKey(id));
    return stored === null ? {} : (JSON.parse(stored) as RememberedPoll);
  } catch {
    return {};
  }
}

export function rememberPoll(id: string, changes: RememberedPoll) {
  try {
    window.localStorage.setItem(storageKey(id), JSON.stringify({ ...rememberedPoll(id), ...changes }));
  } catch {
    // Private mode or storage disabled: the answer is saved, only changing it later needs the token.
  }
}

/** The in-app address of a share URL ("/polls/…?token=…"), whatever host PUBLIC_URL names. */
export function sharePath(shareUrl: string): string {
  const url = new URL(shareUrl, window.location.origin);
  return `${url.pathname}${url.search}`;
}
