import { isLocale, type Locale, locales } from '../../../core/i18n/locales.js';
import { isEstablishedReporter } from '../../../core/moderation/reports-hide.js';
import {
  analyzeDocument,
  analyzeQuery,
  analyzerVersion,
  createVocabulary,
  expandQuery,
  type MatchMode,
  markdownPlainText,
  markdownWords,
  matchTopics,
  type SearchQuery,
  snippetMatches,
  type TextSegment,
  type TopicMatch,
  type Vocabulary,
} from '../../../core/text/index.js';
import type { Actor } from '../../platform/auth/actor.js';
import { newId } from '../../platform/auth/tokens.js';
import type { Clock } from '../../platform/clock.js';
import { renderMarkdown } from '../../platform/content/markdown.js';
import {
  contentHash,
  createTranslatable,
  editTranslatable,
  type MachineText,
  originalText,
  parseTranslatable,
  type ReadText,
  readIn,
  type TranslatableText,
  type TranslationState,
  translationState,
  withHumanTranslation,
  withMachineTranslation,
  writtenTexts,
} from '../../platform/content/translatable.js';
import { languageOrFail, type TranslationDesk } from '../../platform/content/translation-desk.js';
import type { TranslationJob, TranslationWorker } from '../../platform/content/translation-jobs.js';
import { AppError } from '../../platform/errors/app-error.js';
import { type ServerMessageKey, t } from '../../platform/i18n/messages.js';
import type { OutgoingMail } from '../../platform/mail/outbox.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { PartnershipService } from '../partnership/partnership.service.js';
import type { SessionsService } from '../sessions/sessions.service.js';
import {
  mayEdit,
  mayModerate,
  maySeeUnpublished,
  mayTranslate,
  moderatedCities,
  publishesAtOnce,
  reportsToHide,
} from './practices.policy.js';
import type {
  IndexDocument,
  NewPracticeRow,
  PracticeRecord,
  PracticeRow,
  PracticesRepository,
  SideEffects,
} from './practices.repository.js';
import type {
  ModerationDecision,
  ModerationItem,
  Practice,
  PracticeBody,
  PracticeHit,
  PracticePatch,
  PracticeQuery,
  PracticeResults,
  ShownText,
  TranslationBody,
} from './practices.schema.js';
import { demoPractices } from './practices.seed.js';

export type { Actor } from '../../platform/auth/actor.js';

export interface PracticesDeps {
  repo: PracticesRepository;
  partnership: PartnershipService;
  sessions: SessionsService;
  accounts: AccountsService;
  translation: TranslationWorker;
  desk: TranslationDesk;
  clock: Clock;
  publicUrl: string;
}

/** The translatable parts of a practice, by the field names the queue and jobs use. */
type Texts = Map<string, TranslatableText>;
interface StoredImage {
  url: string;
  alt: TranslatableText;
}
interface StoredLink {
  url: string;
  label: string;
}

const requiredFields = ['title', 'summary', 'body'] as const;
const stateOrder: TranslationState[] = ['missing', 'outdated', 'machine', 'human', 'original'];
const vocabularyLifetimeMs = 10 * 60_000;
/** How far apart the demo practices' publication times are. */
const demoSpacingMs = 3 * 24 * 60 * 60_000 + 5 * 60 * 60_000;

/**
 * The good-practice library: practices in their original language with human and machine
 * translations (platform/content), searchable in four languages (src/core/text analyses; the
 * database indexes and ranks), proposed by members and published by coordinators, hidden after
 * three reports until a coordinator decides.
 */
export function createPracticesService(deps: PracticesDeps) {
  const { repo, partnership, sessions, accounts, translation, desk, clock, publicUrl } = deps;
  let vocabulary: { terms: Vocabulary; loadedAt: number } | undefined;
  let vocabularyLoading: Promise<Vocabulary> | undefined;

  // ---------- reading ----------

  function textsOf(row: Pick<PracticeRow, 'title' | 'summary' | 'body' | 'images'>): Texts {
    const texts: Texts = new Map([
      ['title', parseTranslatable(row.title)],
      ['summary', parseTranslatable(row.summary)],
      ['body', parseTranslatable(row.body)],
    ]);
    (JSON.parse(row.images) as StoredImage[]).forEach((image, index) => {
      texts.set(`images.${index}.alt`, image.alt);
    });
    return texts;
  }

  function field(texts: Texts, name: string): TranslatableText {
    const found = texts.get(name);
    if (found === undefined) throw new Error(`no field ${name}`);
    return found;
  }

  /** The text of one language of a field, whoever wrote it, for the index and snippets. */
  function textIn(value: TranslatableText, language: Locale): string | undefined {
    return value.texts[language]?.text ?? value.machine?.[language]?.text;
  }

  function shown(read: ReadText): ShownText {
    return { text: read.text, language: read.language, provenance: read.source, outdated: read.outdated };
  }

  function translationsOf(texts: Texts, original: Locale): Record<string, TranslationState> {
    const result: Record<string, TranslationState> = {};
    for (const language of locales) {
      if (language === original) {
        result[language] = 'original';
        continue;
      }
      const states = requiredFields.map((name) => translationState(field(texts, name), language));
      result[language] = stateOrder.find((state) => states.includes(state)) ?? 'missing';
    }
    return result;
  }

  function toPractice(record: PracticeRecord, locale: Locale): Practice {
    const { practice } = record;
    const texts = textsOf(practice);
    const original = isLocale(practice.original_language) ? practice.original_language : 'en';
    const body = readIn(field(texts, 'body'), locale);
    const images = JSON.parse(practice.images) as StoredImage[];
    return {
      id: practice.id,
      status: practice.status,
      title: shown(readIn(field(texts, 'title'), locale)),
      summary: shown(readIn(field(texts, 'summary'), locale)),
      body: {
        html: renderMarkdown(body.text),
        language: body.language,
        provenance: body.source,
        outdated: body.outdated,
      },
      originalLanguage: original,
      cityId: practice.city_id,
      topics: record.topics,
      translations: translationsOf(texts, original),
      written: {
        title: writtenTexts(field(texts, 'title')),
        summary: writtenTexts(field(texts, 'summary')),
        body: writtenTexts(field(texts, 'body')),
      },
      targetGroups: JSON.parse(practice.target_groups) as string[],
      links: JSON.parse(practice.links) as StoredLink[],
      contact: practice.contact === null ? null : (JSON.parse(practice.contact) as Practice['contact']),
      relatedSessions: JSON.parse(practice.related_sessions) as string[],
      images: images.map((image) => ({ url: image.url, alt: shown(readIn(image.alt, locale)) })),
      authorId: practice.author_id,
      version: Number(practice.version),
      createdAt: practice.created_at,
      updatedAt: practice.updated_at,
      publishedAt: practice.published_at,
    };
  }

  function visibleOrFail(record: PracticeRecord | undefined, viewer: Actor | null): PracticeRecord {
    if (record === undefined) throw new AppError('PRACTICE_NOT_FOUND');
    const { practice } = record;
    if (
      practice.status !== 'published' &&
      !maySeeUnpublished(viewer?.roles ?? [], viewer?.userId, {
        authorId: practice.author_id,
        cityId: practice.city_id,
      })
    ) {
      throw new AppError('PRACTICE_NOT_FOUND');
    }
    return record;
  }

  // ---------- what a save changes ----------

  function indexDocuments(texts: Texts): IndexDocument[] {
    const title = field(texts, 'title');
    const summary = field(texts, 'summary');
    const body = field(texts, 'body');
    const documents: IndexDocument[] = [];
    for (const language of locales) {
      const parts = [textIn(title, language), textIn(summary, language), textIn(body, language)];
      if (parts.every((part) => part === undefined)) continue;
      documents.push({
        language,
        title: analyzeDocument(parts[0] ?? '', language),
        summary: analyzeDocument(parts[1] ?? '', language),
        body: analyzeDocument(markdownWords(parts[2] ?? ''), language),
      });
    }
    return documents;
  }

  function translationJobs(practiceId: string, texts: Texts): TranslationJob[] {
    if (!translation.enabled) return [];
    const jobs: TranslationJob[] = [];
    for (const [name, value] of texts) {
      const source = originalText(value);
      if (source === '') continue;
      for (const language of locales) {
        if (language === value.original || value.texts[language] !== undefined) continue;
        const machine = value.machine?.[language];
        if (machine !== undefined && !machine.outdated) continue;
        jobs.push({
          subjectType: 'practice',
          subjectId: practiceId,
          field: name,
          sourceLanguage: value.original,
          targetLanguage: language,
          sourceHash: contentHash(source),
        });
      }
    }
    return jobs;
  }

  /** Index, queue and machine-translation jobs that follow a practice's state after a save. */
  function publicEffects(saved: PracticeRow, options: { jobs: boolean }): SideEffects {
    const texts = textsOf(saved);
    const original = isLocale(saved.original_language) ? saved.original_language : 'en';
    const subject = {
      type: 'practice',
      id: saved.id,
      cityId: saved.city_id,
      originalLanguage: original,
      label: originalText(field(texts, 'title')),
      path: `/practices/${saved.id}`,
    };
    if (saved.status !== 'published') return { index: null, queue: { subject, fields: null } };
    const fields = [...texts].map(([name, value]) => ({
      field: name,
      states: Object.fromEntries(
        locales.map((language) => [language, translationState(value, language)]),
      ) as Record<Locale, TranslationState>,
    }));
    const documents = indexDocuments(texts);
    rememberTerms(documents);
    return {
      index: documents,
      queue: { subject, fields },
      ...(options.jobs ? { jobs: translationJobs(saved.id, texts) } : {}),
    };
  }

  function snapshot(row: PracticeRow, topics: string[]) {
    return {
      status: row.status,
      title: parseTranslatable(row.title),
      summary: parseTranslatable(row.summary),
      body: parseTranslatable(row.body),
      cityId: row.city_id,
      topics,
      targetGroups: JSON.parse(row.target_groups) as unknown,
      links: JSON.parse(row.links) as unknown,
      contact: row.contact === null ? null : (JSON.parse(row.contact) as unknown),
      relatedSessions: JSON.parse(row.related_sessions) as unknown,
      images: JSON.parse(row.images) as unknown,
    };
  }

  // ---------- validation ----------

  async function checkCity(cityId: string): Promise<void> {
    if ((await partnership.findCity(cityId)) === undefined) throw new AppError('UNKNOWN_CITY');
  }

  async function checkTopics(topics: string[]): Promise<string[]> {
    const known = new Set((await partnership.getPartnership())?.topics.map((topic) => topic.id) ?? []);
    const unique = [...new Set(topics)];
    if (unique.some((topic) => !known.has(topic))) throw new AppError('UNKNOWN_TOPIC');
    return unique;
  }

  function checkUrl(raw: string, protocols: string[]): string {
    try {
      const url = new URL(raw.trim());
      if (!protocols.includes(url.protocol)) throw new Error('protocol');
      return url.href;
    } catch {
      throw new AppError('INVALID_LINK');
    }
  }

  function checkLinks(links: { url: string; label?: string }[]): StoredLink[] {
    return links.map((link) => ({
      url: checkUrl(link.url, ['https:', 'http:']),
      label: link.label?.trim() ?? '',
    }));
  }

  function checkImages(
    images: { url: string; alt: Record<string, string> }[],
    original: Locale,
    current: StoredImage[] = [],
  ): StoredImage[] {
    return images.map((image, index) => {
      const before = current[index];
      return {
        url: checkUrl(image.url, ['https:']),
        alt:
          before !== undefined && before.url === image.url
            ? editTranslatable(before.alt, image.alt, `images.${index}.alt`)
            : createTranslatable(image.alt, original, `images.${index}.alt`, { maxLength: 500 }),
      };
    });
  }

  async function checkSessions(ids: string[], locale: Locale): Promise<string[]> {
    const unique = [...new Set(ids)];
    for (const id of unique) {
      try {
        await sessions.get(id, null, locale);
      } catch (error) {
        if (error instanceof AppError && error.statusCode === 404) throw new AppError('UNKNOWN_SESSION');
        throw error;
      }
    }
    return unique;
  }

  function cleanGroups(groups: string[]): string[] {
    return [...new Set(groups.map((group) => group.trim()).filter((group) => group !== ''))];
  }

  function contactJson(contact: PracticeBody['contact']): string | null {
    if (contact === undefined || contact === null) return null;
    const email = contact.email?.trim();
    if (email !== undefined && email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new AppError('VALIDATION_FAILED', { field: 'contact.email' });
    }
    return JSON.stringify({
      name: contact.name.trim(),
      ...(email ? { email } : {}),
      ...(contact.organisation?.trim() ? { organisation: contact.organisation.trim() } : {}),
    });
  }

  // ---------- mail ----------

  async function authorMail(
    practice: PracticeRow,
    kind: 'hidden' | 'restored' | 'rejected' | 'published',
  ): Promise<OutgoingMail[]> {
    if (practice.author_id === null) return [];
    let author: Awaited<ReturnType<AccountsService['me']>>;
    try {
      author = await accounts.me(practice.author_id);
    } catch {
      return [];
    }
    const locale = isLocale(author.locale) ? author.locale : 'en';
    const title = readIn(parseTranslatable(practice.title), locale).text;
    const name = (await partnership.getPartnership())?.name[locale] ?? 'Silta';
    return [
      {
        to: author.email,
        subject: t(locale, `mail.practice.${kind}.subject` as ServerMessageKey, { title }),
        text: [
          t(locale, 'mail.greeting', { name: author.displayName }),
          '',
          t(locale, `mail.practice.${kind}.body` as ServerMessageKey, {
            title,
            link: `${publicUrl}/practices/${practice.id}`,
            reports: reportsToHide,
          }),
          '',
          t(locale, 'mail.signature', { partnership: name }),
        ].join('\n'),
      },
    ];
  }

  // ---------- search ----------

  function rememberTerms(documents: IndexDocument[]): void {
    if (vocabulary === undefined) return;
    for (const document of documents) {
      for (const token of [...document.title, ...document.summary, ...document.body])
        vocabulary.terms.add(token);
    }
  }

  /**
   * The indexed terms, read from the database at first use and again every ten minutes (another
   * instance may have indexed new words); this instance's own saves add theirs at once.
   */
  async function currentVocabulary(): Promise<Vocabulary> {
    if (vocabulary !== undefined && clock.now().getTime() - vocabulary.loadedAt < vocabularyLifetimeMs) {
      return vocabulary.terms;
    }
    vocabularyLoading ??= repo
      .indexedTerms()
      .then((terms) => {
        const loaded = createVocabulary(terms);
        vocabulary = { terms: loaded, loadedAt: clock.now().getTime() };
        return loaded;
      })
      .finally(() => {
        vocabularyLoading = undefined;
      });
    return vocabularyLoading;
  }

  /**
   * The query as highlighting should see it: highlighting marks one word at a time, so a compound
   * found through its parts written apart marks each part.
   */
  function highlightQuery(query: SearchQuery): SearchQuery {
    return {
      ...query,
      terms: query.terms.map((term) => ({
        ...term,
        alternatives: term.alternatives.flatMap((alternative) =>
          alternative.kind === 'compound'
            ? alternative.tokens.map((token) => ({ ...alternative, tokens: [token] }))
            : [alternative],
        ),
      })),
    };
  }

  /**
   * `query` as `highlightQuery` gives it (once per page: highlighting remembers its answers per
   * query). `inBodies`: the match may be in a body only (the index's last tier), so look there too.
   */
  function snippetOf(
    texts: Texts,
    languages: Locale[],
    query: SearchQuery,
    inBodies: boolean,
  ): TextSegment[] {
    // Summaries first (short, plain), bodies only when no summary matches, read as plain text
    // without rendering the Markdown (the costly part of a page of results).
    const candidates: { text: () => string; language: Locale }[] = [];
    for (const language of languages) {
      const summary = textIn(field(texts, 'summary'), language);
      if (summary !== undefined) candidates.push({ text: () => summary, language });
    }
    for (const language of inBodies ? languages : []) {
      const body = textIn(field(texts, 'body'), language);
      if (body !== undefined) candidates.push({ text: () => markdownPlainText(body), language });
    }
    for (const candidate of candidates) {
      const segments = snippetMatches(candidate.text(), query, candidate.language, 200);
      if (segments.some((segment) => segment.matched)) return segments;
    }
    const first = candidates[0];
    return first === undefined ? [] : snippetMatches(first.text(), query, first.language, 200);
  }

  function hitOf(
    record: PracticeRecord,
    reader: Locale,
    hitLanguage: Locale,
    query: SearchQuery | undefined,
    tier = 2,
  ): PracticeHit {
    const texts = textsOf(record.practice);
    const title = readIn(field(texts, 'title'), reader);
    const segments =
      query === undefined
        ? [{ text: readIn(field(texts, 'summary'), reader).text, matched: false }]
        : snippetOf(
            texts,
            [...new Set([title.language, hitLanguage, ...locales])],
            query,
            // A title or summary match (tier 1) has its snippet there; others may be in a body.
            tier !== 1,
          );
    return {
      id: record.practice.id,
      title: shown(title),
      snippet: segments.map((segment) => segment.text).join(''),
      highlights: segments,
      cityId: record.practice.city_id,
      topics: record.topics,
    };
  }

  /** The topics a query names, in any language (`matchTopics`), of the partnership's topics. */
  async function topicsNamedBy(q: string, reader: Locale): Promise<TopicMatch[]> {
    const topics = (await partnership.getPartnership())?.topics ?? [];
    return matchTopics(
      q,
      reader,
      topics.map((topic) => ({ id: topic.id, names: topic.label })),
    );
  }

  async function searchWith(
    query: SearchQuery,
    mode: MatchMode,
    filter: { cityId?: string; topic?: string },
    reader: Locale,
    limit: number,
    offset: number,
    topics: readonly TopicMatch[] = [],
  ): Promise<Omit<PracticeResults, 'suggestedTopics'> | undefined> {
    if (query.terms.length === 0) return undefined;
    const { hits, total, totalIsLowerBound } = await repo.search(
      {
        query,
        mode,
        reader,
        // Topics said by name lead; a topic named by one of its words follows the text's matches.
        topics: { ids: topics.map((topic) => topic.id), lead: topics.some((topic) => topic.byName) },
      },
      filter,
      offset + limit,
    );
    const page = hits.slice(offset, offset + limit);
    const highlighting = highlightQuery(query);
    const records = new Map(
      (await repo.findByKeys(page.map((hit) => hit.searchKey))).map((record) => [
        record.practice.search_key,
        record,
      ]),
    );
    return {
      items: page.flatMap((hit) => {
        const record = records.get(hit.searchKey);
        // The snippet comes from the text that matched: the title's language, the reader's, any.
        return record === undefined ? [] : [hitOf(record, reader, reader, highlighting, hit.tier)];
      }),
      total,
      totalIsLowerBound,
    };
  }

  async function insertPractice(
    body: PracticeBody,
    authorId: string | null,
    published: boolean,
    locale: Locale,
    at: Date = clock.now(),
  ): Promise<Practice> {
    const original = languageOrFail(body.originalLanguage);
    await checkCity(body.cityId);
    const topics = await checkTopics(body.topics ?? []);
    const title = createTranslatable(body.title, original, 'title', { maxLength: 200 });
    const summary = createTranslatable(body.summary, original, 'summary', { maxLength: 1000 });
    const text = createTranslatable(body.body, original, 'body', { maxLength: 20_000 });
    const links = checkLinks(body.links ?? []);
    const images = checkImages(body.images ?? [], original);
    const related = await checkSessions(body.relatedSessions ?? [], locale);
    const now = at.toISOString();
    const row: NewPracticeRow = {
      id: newId(),
      title: JSON.stringify(title),
      summary: JSON.stringify(summary),
      body: JSON.stringify(text),
      original_language: original,
      city_id: body.cityId,
      status: published ? 'published' : 'pending',
      author_id: authorId,
      target_groups: JSON.stringify(cleanGroups(body.targetGroups ?? [])),
      links: JSON.stringify(links),
      contact: contactJson(body.contact),
      related_sessions: JSON.stringify(related),
      images: JSON.stringify(images),
      version: 1,
      created_at: now,
      updated_at: now,
      published_at: published ? now : null,
      hidden_at: null,
    };
    const saved = await repo.insert(row, topics, (inserted) => ({
      ...publicEffects(inserted, { jobs: true }),
      revision: { editorId: authorId, change: 'created', snapshot: snapshot(inserted, topics) },
    }));
    return toPractice({ practice: saved, topics }, locale);
  }

  // ---------- the service ----------

  const service = {
    async create(actor: Actor, body: PracticeBody, locale: Locale): Promise<Practice> {
      return insertPractice(body, actor.userId, publishesAtOnce(actor.roles, body.cityId), locale);
    },

    /** Demo content for a first look: on an empty library only. Returns how many were added. */
    async seedDemo(): Promise<number> {
      if ((await repo.countPractices()) > 0) return 0;
      // Published a few days apart, the first of the list newest, so the library's order is stable.
      const now = clock.now().getTime();
      for (const [index, body] of demoPractices.entries()) {
        await insertPractice(body, null, true, 'en', new Date(now - index * demoSpacingMs));
      }
      return demoPractices.length;
    },

    async get(id: string, viewer: Actor | null, locale: Locale): Promise<Practice> {
      return toPractice(visibleOrFail(await repo.find(id), viewer), locale);
    },
    /**
     * Rebuilds the search index from the published practices, page by page, each page analysed
     * and written in one transaction. Returns how many practices were indexed. Run it when nothing
     * else saves practices (at start, as `ensureSearchIndex` does, or from the command line).
     */
    async rebuildSearchIndex(options: { pageSize?: number } = {}): Promise<number> {
      const pageSize = options.pageSize ?? 2_000;
      let afterKey = 0;
      let indexed = 0;
      let first = true;
      await repo.mergeIndexLess(true);
      for (;;) {
        const rows = await repo.publishedAfter(afterKey, pageSize);
        if (rows.length === 0 && !first) break;
        await repo.writeIndex(
          rows.map((row) => ({ searchKey: row.search_key, documents: indexDocuments(textsOf(row)) })),
          { clearFirst: first, rebuilding: true },
        );
        first = false;
        indexed += rows.length;
        const last = rows.at(-1);
        if (last === undefined || rows.length < pageSize) break;
        afterKey = last.search_key;
      }
      await repo.mergeIndexLess(false);
      await repo.recordIndexBuild(analyzerVersion);
      vocabulary = undefined;
      return indexed;
    },

    /**
     * Rebuilds the search index when it was built by another version of the text analysis (or
     * never): at start, before the first search. Returns whether it rebuilt.
     */
    async ensureSearchIndex(): Promise<boolean> {
      if ((await repo.indexBuiltWith()) === analyzerVersion) return false;
      await service.rebuildSearchIndex();
      return true;
    },

    /** Search (with `q`) or browse (without): published practices only. */
    async search(query: PracticeQuery, locale: Locale): Promise<PracticeResults> {
      const reader = isLocale(query.lang) ? query.lang : locale;
      const limit = query.limit ?? 20;
      const offset = query.offset ?? 0;
      if (query.city !== undefined) await checkCity(query.city);
      if (query.topic !== undefined) await checkTopics([query.topic]);
      const filter = {
        ...(query.city === undefined ? {} : { cityId: query.city }),
        ...(query.topic === undefined ? {} : { topic: query.topic }),
      };
      const q = query.q?.trim() ?? '';
      if (q === '') {
        const { records, total } = await repo.listPublished({ ...filter, limit, offset });
        return {
          items: records.map((record) => hitOf(record, reader, reader, undefined)),
          total,
          totalIsLowerBound: false,
          suggestedTopics: [],
        };
      }
      const analysed = analyzeQuery(q, reader);
      const expanded = expandQuery(analysed, await currentVocabulary());
      // A query that names a topic finds that topic's practices first, and offers it as a filter.
      const named = await topicsNamedBy(q, reader);
      const topics = named.filter((topic) => query.topic === undefined || topic.id === query.topic);
      const suggestedTopics = named.map((topic) => topic.id).filter((topic) => topic !== query.topic);
      const all = await searchWith(expanded, 'all', filter, reader, limit, offset, topics);
      if (all === undefined) return { items: [], total: 0, totalIsLowerBound: false, suggestedTopics };
      // Several words that no practice has all of: show those with some of them rather than nothing.
      if (all.total === 0 && expanded.terms.length > 1) {
        const some = await searchWith(expanded, 'any', filter, reader, limit, offset);
        return { ...(some ?? all), suggestedTopics };
      }
      return { ...all, suggestedTopics };
    },

    async update(id: string, actor: Actor, patch: PracticePatch, locale: Locale): Promise<Practice> {
      const record = visibleOrFail(await repo.find(id), actor);
      const { practice } = record;
      if (!mayEdit(actor.roles, actor.userId, { authorId: practice.author_id, cityId: practice.city_id })) {
        throw new AppError('FORBIDDEN');
      }
      if (patch.version !== undefined && patch.version !== Number(practice.version)) {
        throw new AppError('PRACTICE_EDIT_CONFLICT');
      }
      const changes: Partial<NewPracticeRow> = {};
      const original = isLocale(practice.original_language) ? practice.original_language : 'en';
      for (const name of requiredFields) {
        const given = patch[name];
        if (given === undefined) continue;
        const edited = editTranslatable(parseTranslatable(practice[name]), given, name);
        if (edited.texts[original] === undefined)
          throw new AppError('ORIGINAL_TEXT_REQUIRED', { field: name });
        changes[name] = JSON.stringify(edited);
      }
      const topics = patch.topics === undefined ? undefined : await checkTopics(patch.topics);
      if (patch.targetGroups !== undefined)
        changes.target_groups = JSON.stringify(cleanGroups(patch.targetGroups));
      if (patch.links !== undefined) changes.links = JSON.stringify(checkLinks(patch.links));
      if (patch.contact !== undefined) changes.contact = contactJson(patch.contact);
      if (patch.relatedSessions !== undefined) {
        changes.related_sessions = JSON.stringify(await checkSessions(patch.relatedSessions, locale));
      }
      if (patch.images !== undefined) {
        changes.images = JSON.stringify(
          checkImages(patch.images, original, JSON.parse(practice.images) as StoredImage[]),
        );
      }
      changes.version = Number(practice.version) + 1;
      changes.updated_at = clock.now().toISOString();
      const saved = await repo.update(
        practice,
        changes,
        topics,
        (row) => ({
          ...publicEffects(row, { jobs: true }),
          revision: {
            editorId: actor.userId,
            change: 'edited',
            snapshot: snapshot(row, topics ?? record.topics),
          },
        }),
        { version: Number(practice.version) },
      );
      if (saved === undefined) throw new AppError('PRACTICE_EDIT_CONFLICT');
      return toPractice({ practice: saved, topics: topics ?? record.topics }, locale);
    },

    /** A person's translation of the practice into `lang` (PUT: the given fields replace theirs). */
    async translate(id: string, actor: Actor, lang: string, body: TranslationBody): Promise<Practice> {
      const language = languageOrFail(lang);
      const record = visibleOrFail(await repo.find(id), actor);
      const { practice } = record;
      if (language === practice.original_language) throw new AppError('TRANSLATION_OF_ORIGINAL');
      const given = requiredFields.filter((name) => body[name] !== undefined);
      if (given.length === 0 && body.imageAlts === undefined) throw new AppError('EMPTY_TRANSLATION');
      const languages = await desk.languagesOf(actor.userId);
      if (!mayTranslate(actor.roles, actor.userId, { authorId: practice.author_id }, languages, language)) {
        throw new AppError('FORBIDDEN');
      }
      const changes: Partial<NewPracticeRow> = {};
      for (const name of given) {
        changes[name] = JSON.stringify(
          withHumanTranslation(parseTranslatable(practice[name]), language, body[name] ?? ''),
        );
      }
      if (body.imageAlts !== undefined) {
        const images = JSON.parse(practice.images) as StoredImage[];
        changes.images = JSON.stringify(
          images.map((image, index) => {
            const alt = body.imageAlts?.[index];
            return alt === undefined
              ? image
              : { ...image, alt: withHumanTranslation(image.alt, language, alt) };
          }),
        );
      }
      changes.version = Number(practice.version) + 1;
      changes.updated_at = clock.now().toISOString();
      const saved = await repo.update(
        practice,
        changes,
        undefined,
        (row) => ({
          ...publicEffects(row, { jobs: false }),
          revision: {
            editorId: actor.userId,
            change: `translated:${language}`,
            snapshot: snapshot(row, record.topics),
          },
        }),
        { version: Number(practice.version) },
      );
      if (saved === undefined) throw new AppError('PRACTICE_EDIT_CONFLICT');
      return toPractice({ practice: saved, topics: record.topics }, language);
    },

    async report(
      id: string,
      actor: Actor,
      reason: string,
    ): Promise<{ practiceId: string; received: boolean }> {
      const record = visibleOrFail(await repo.find(id), actor);
      const text = reason.trim();
      if (text === '') throw new AppError('VALIDATION_FAILED', { field: 'reason' });
      const mail = await authorMail(record.practice, 'hidden');
      const [reporter] = await accounts.facts([actor.userId]);
      if (reporter === undefined) throw new AppError('UNAUTHENTICATED');
      const voice = {
        userId: actor.userId,
        cityId: reporter.cityId,
        established: isEstablishedReporter(reporter, clock.now()),
      };
      await repo.report(record.practice, voice, text, reportsToHide, (hidden) => ({
        ...publicEffects(hidden, { jobs: false }),
        revision: { editorId: null, change: 'hidden', snapshot: snapshot(hidden, record.topics) },
        mail,
      }));
      return { practiceId: id, received: true };
    },

    async moderationQueue(actor: Actor, locale: Locale): Promise<ModerationItem[]> {
      const entries = await repo.awaitingDecision(moderatedCities(actor.roles));
      return entries.map(({ practice, reports }) => ({
        id: practice.id,
        status: practice.status,
        title: shown(readIn(parseTranslatable(practice.title), locale)),
        cityId: practice.city_id,
        authorId: practice.author_id,
        reports: reports.map((report) => ({ reason: report.reason, createdAt: report.created_at })),
        flagged: practice.status === 'published',
        reportsToHide,
        updatedAt: practice.updated_at,
      }));
    },

    /**
     * A coordinator's decision: publish a proposal, hide a published practice, restore a hidden one
     * (its reports are closed), or reject a proposal or a hidden practice. The author is told.
     * `dismiss` closes the reports of a practice still published (below the hiding threshold) and
     * keeps it as it is; the author was never told of those reports, so is not told now.
     */
    async moderate(
      id: string,
      actor: Actor,
      decision: ModerationDecision,
      locale: Locale,
    ): Promise<Practice> {
      const record = await repo.find(id);
      if (record === undefined) throw new AppError('PRACTICE_NOT_FOUND');
      const { practice } = record;
      if (!mayModerate(actor.roles, practice.city_id)) throw new AppError('FORBIDDEN');
      if (decision === 'dismiss') {
        if ((await repo.dismissReports(id)) === 0) throw new AppError('PRACTICE_DECISION_NOT_POSSIBLE');
        return toPractice(record, locale);
      }
      const allowed: Record<Exclude<ModerationDecision, 'dismiss'>, PracticeRow['status'][]> = {
        publish: ['pending', 'rejected'],
        hide: ['published'],
        restore: ['hidden'],
        reject: ['pending', 'hidden'],
      };
      if (!allowed[decision].includes(practice.status)) throw new AppError('PRACTICE_DECISION_NOT_POSSIBLE');
      const now = clock.now().toISOString();
      const status: PracticeRow['status'] =
        decision === 'hide' ? 'hidden' : decision === 'reject' ? 'rejected' : 'published';
      const changes: Partial<NewPracticeRow> = {
        status,
        version: Number(practice.version) + 1,
        updated_at: now,
        hidden_at: status === 'hidden' ? now : null,
        ...(status === 'published' && practice.published_at === null ? { published_at: now } : {}),
      };
      const mailKind =
        decision === 'publish'
          ? 'published'
          : decision === 'restore'
            ? 'restored'
            : decision === 'reject'
              ? 'rejected'
              : 'hidden';
      const mail = await authorMail(practice, mailKind);
      const saved = await repo.update(
        practice,
        changes,
        undefined,
        (row) => ({
          ...publicEffects(row, { jobs: true }),
          revision: { editorId: actor.userId, change: decision, snapshot: snapshot(row, record.topics) },
          mail,
        }),
        { version: Number(practice.version) },
      );
      if (saved === undefined) throw new AppError('PRACTICE_EDIT_CONFLICT');
      if (decision === 'restore' || decision === 'reject') await repo.resolveReports(id);
      return toPractice({ practice: saved, topics: record.topics }, locale);
    },

    async history(id: string, actor: Actor) {
      const record = visibleOrFail(await repo.find(id), actor);
      const { practice } = record;
      if (!mayEdit(actor.roles, actor.userId, { authorId: practice.author_id, cityId: practice.city_id })) {
        throw new AppError('FORBIDDEN');
      }
      const revisions = await repo.revisions(id);
      return revisions.map((revision) => ({
        version: Number(revision.version),
        change: revision.change,
        editorId: revision.editor_id,
        createdAt: revision.created_at,
        snapshot: JSON.parse(revision.snapshot) as Record<string, unknown>,
      }));
    },

    /** For the machine translation worker: the current original of a field of a published practice. */
    async translationSource(
      id: string,
      name: string,
    ): Promise<{ language: Locale; text: string } | undefined> {
      const record = await repo.find(id);
      if (record === undefined || record.practice.status !== 'published') return undefined;
      const value = textsOf(record.practice).get(name);
      if (value === undefined) return undefined;
      return { language: value.original, text: originalText(value) };
    },

    /**
     * Stores a machine translation unless the text changed meanwhile (compare and set on the column,
     * so a person's save in between is never overwritten). Machine text is no edit: no new version.
     */
    async applyMachineTranslation(
      id: string,
      name: string,
      language: Locale,
      machine: MachineText,
    ): Promise<void> {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const record = await repo.find(id);
        if (record === undefined || record.practice.status !== 'published') return;
        const { practice } = record;
        const texts = textsOf(practice);
        const value = texts.get(name);
        if (value === undefined) return;
        const next = withMachineTranslation(value, language, machine);
        if (next === undefined) return;
        const changes: Partial<NewPracticeRow> = {};
        const expected: { title?: string; summary?: string; body?: string; images?: string } = {};
        const image = /^images\.(\d+)\.alt$/.exec(name);
        if (image !== null) {
          const images = JSON.parse(practice.images) as StoredImage[];
          const index = Number(image[1]);
          const target = images[index];
          if (target === undefined) return;
          images[index] = { ...target, alt: next };
          changes.images = JSON.stringify(images);
          expected.images = practice.images;
        } else if (name === 'title' || name === 'summary' || name === 'body') {
          changes[name] = JSON.stringify(next);
          expected[name] = practice[name];
        } else {
          return;
        }
        const saved = await repo.update(
          practice,
          changes,
          undefined,
          (row) => publicEffects(row, { jobs: false }),
          {
            columns: expected,
          },
        );
        if (saved !== undefined) return;
      }
    },

    countPractices: () => repo.countPractices(),
  };

  translation.register('practice', {
    source: (id, name) => service.translationSource(id, name),
    apply: (id, name, language, machine) => service.applyMachineTranslation(id, name, language, machine),
  });

  return service;
}

export type PracticesService = ReturnType<typeof createPracticesService>;
