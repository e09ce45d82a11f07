import type { Locale } from '../../../core/i18n/locales.js';
import { api } from '../../app/api-client.js';
import type { Me } from '../accounts/accounts-api.js';

/** Where a shown text came from: the author's own language, a person's translation, or a machine's. */
export type Provenance = 'original' | 'human' | 'machine';
export type PracticeStatus = 'published' | 'pending' | 'hidden' | 'rejected';
/** The state of one language of a practice, as the translation queue sees it. */
export type TranslationState = 'original' | 'human' | 'machine' | 'outdated' | 'missing';

/** A text in the language it is shown in, with where it came from. */
export interface ShownText {
  text: string;
  language: Locale;
  provenance: Provenance;
  /** The original changed after this translation was made. */
  outdated: boolean;
}

/** A practice as GET /api/practices/:id answers: texts in the reader's language, the body as safe HTML. */
export interface Practice {
  id: string;
  status: PracticeStatus;
  title: ShownText;
  summary: ShownText;
  body: { html: string; language: Locale; provenance: Provenance; outdated: boolean };
  originalLanguage: Locale;
  cityId: string;
  topics: string[];
  translations: Partial<Record<Locale, TranslationState>>;
  /** What people wrote per language (original and human translations); the body as Markdown. */
  written: { title: Record<string, string>; summary: Record<string, string>; body: Record<string, string> };
  targetGroups: string[];
  links: { url: string; label: string }[];
  contact: { name: string; email?: string; organisation?: string } | null;
  relatedSessions: string[];
  images: { url: string; alt: ShownText }[];
  authorId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A run of snippet text; `matched` runs are what the query found. Always rendered as text. */
export interface Segment {
  text: string;
  matched: boolean;
}

export interface PracticeHit {
  id: string;
  title: ShownText;
  snippet: string;
  highlights: Segment[];
  cityId: string;
  topics: string[];
}

export interface PracticeResults {
  items: PracticeHit[];
  total: number;
  /** A search counts up to 1,000 matches: `total` is then "at least". */
  totalIsLowerBound?: boolean;
  /** Topics (ids) the query names, not already the filter: offered as a one-click filter. */
  suggestedTopics?: string[];
}

export interface PracticeSearch {
  q?: string;
  topic?: string;
  city?: string;
  limit?: number;
  offset?: number;
}

/** What the editor sends: texts keyed by language, the original language's required. */
export interface PracticeInput {
  title: Record<string, string>;
  summary: Record<string, string>;
  body: Record<string, string>;
  originalLanguage: Locale;
  cityId: string;
  topics: string[];
}

export type PracticePatch = Partial<Pick<PracticeInput, 'title' | 'summary' | 'body' | 'topics'>> & {
  /** The version edited; the server answers 409 when someone saved in between. */
  version: number;
};

export interface TranslationInput {
  title?: string;
  summary?: string;
  body?: string;
}

export interface QueueItem {
  subjectType: string;
  subjectId: string;
  field: string;
  language: Locale;
  state: 'missing' | 'machine' | 'outdated';
  originalLanguage: Locale;
  cityId: string | null;
  label: string;
  path: string;
  updatedAt: string;
}

export interface TranslationQueue {
  language: Locale;
  items: QueueItem[];
  total: number;
}

/** `dismiss` closes the reports of a practice still published (below the hiding threshold). */
export type ModerationDecision = 'publish' | 'hide' | 'restore' | 'reject' | 'dismiss';

export interface ModerationItem {
  id: string;
  status: PracticeStatus;
  title: ShownText;
  cityId: string;
  authorId: string | null;
  reports: { reason: string; createdAt: string }[];
  /** Published and still visible, with open reports below the hiding threshold. */
  flagged: boolean;
  /** Open reports that hide a published practice. */
  reportsToHide: number;
  updatedAt: string;
}

/** Someone a coordinator made a translator, with the languages they translate into. */
export interface TranslatorGrant {
  userId: string;
  languages: Locale[];
  cityId: string | null;
}

/** A person of the coordinator's cities (GET /api/users), to choose translators from. */
export interface Person {
  id: string;
  displayName: string;
  email: string;
  cityId: string;
}

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const practicesApi = {
  search: (search: PracticeSearch) =>
    api<PracticeResults>('GET', `/api/practices${query({ ...search, q: search.q?.trim() })}`),
  /** In the UI language, or in `lang` (the original, for "show original"). */
  get: (id: string, lang?: Locale) =>
    api<Practice>('GET', `/api/practices/${encodeURIComponent(id)}${query({ lang })}`),
  create: (input: PracticeInput) => api<Practice>('POST', '/api/practices', input),
  update: (id: string, patch: PracticePatch) =>
    api<Practice>('PATCH', `/api/practices/${encodeURIComponent(id)}`, patch),
  translate: (id: string, lang: Locale, translation: TranslationInput) =>
    api<Practice>(
      'PUT',
      `/api/practices/${encodeURIComponent(id)}/translations/${encodeURIComponent(lang)}`,
      translation,
    ),
  report: (id: string, reason: string) =>
    api<{ practiceId: string; received: boolean }>(
      'POST',
      `/api/practices/${encodeURIComponent(id)}/reports`,
      { reason },
    ),
  queue: (lang: Locale) =>
    api<TranslationQueue>('GET', `/api/translations/queue${query({ lang, limit: 200 })}`),
  moderationQueue: () => api<ModerationItem[]>('GET', '/api/practices/moderation'),
  translators: () => api<TranslatorGrant[]>('GET', '/api/translations/translators'),
  /** Grants the translator role for the given languages (replacing the previous ones). */
  setTranslator: (userId: string, languages: Locale[]) =>
    api<TranslatorGrant>('PUT', `/api/translations/translators/${encodeURIComponent(userId)}`, { languages }),
  removeTranslator: (userId: string) =>
    api<void>('DELETE', `/api/translations/translators/${encodeURIComponent(userId)}`),
  people: () => api<Person[]>('GET', '/api/users'),
  moderate: (id: string, decision: ModerationDecision) =>
    api<Practice>('POST', `/api/practices/${encodeURIComponent(id)}/moderation`, { decision }),
};

/** Admin, or a coordinator of the city (mirrors the server's policy only to show or hide controls). */
export function mayModerate(me: Me | null | undefined, cityId?: string): boolean {
  return (
    me?.roles.some(
      (grant) =>
        grant.role === 'admin' ||
        (grant.role === 'coordinator' && (cityId === undefined || grant.cityId === cityId)),
    ) ?? false
  );
}

/** The author, the city's coordinators and admin edit a practice. */
export function mayEdit(me: Me | null | undefined, practice: Practice): boolean {
  return me != null && (practice.authorId === me.id || mayModerate(me, practice.cityId));
}
