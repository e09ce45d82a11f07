import type { Locale } from '../../../core/i18n/locales.js';

/**
 * The one interface every machine translation provider implements: texts in, texts out, same
 * order. Markdown goes through as plain text; both providers leave its markup alone well enough.
 */
export interface MachineTranslator {
  /** Stored with each translation ("libretranslate", "deepl"). */
  readonly name: string;
  translate(texts: readonly string[], from: Locale, to: Locale): Promise<string[]>;
}

export type MachineTranslationConfig =
  | { provider: 'libretranslate'; url: string; apiKey: string | undefined }
  | { provider: 'deepl'; apiKey: string; url?: string };

/** A provider that answered with an error or something unexpected; the job is retried later. */
export class MachineTranslationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MachineTranslationError';
  }
}

const requestTimeoutMs = 30_000;

/** The configured provider, or undefined: then nothing is machine translated. */
export function createMachineTranslator(
  config: MachineTranslationConfig | undefined,
): MachineTranslator | undefined {
  if (config === undefined) return undefined;
  return config.provider === 'deepl'
    ? createDeepLTranslator({
        apiKey: config.apiKey,
        ...(config.url === undefined ? {} : { url: config.url }),
      })
    : createLibreTranslateTranslator({ url: config.url, apiKey: config.apiKey });
}

/**
 * Any LibreTranslate-compatible server: `POST {url}/translate` with
 * `{ q: [...], source, target, format: "text", api_key }` answering `{ translatedText: [...] }`.
 *
 * @example
 * const mt = createLibreTranslateTranslator({ url: 'http://127.0.0.1:5000', apiKey: undefined });
 * await mt.translate(['Kirjaston paja'], 'fi', 'en') // ['Library workshop']
 */
export function createLibreTranslateTranslator(options: {
  url: string;
  apiKey: string | undefined;
}): MachineTranslator {
  const endpoint = `${options.url.replace(/\/+$/, '')}/translate`;
  return {
    name: 'libretranslate',
    async translate(texts, from, to) {
      if (texts.length === 0) return [];
      const answer = await postJson(endpoint, {
        q: texts,
        source: from,
        target: to,
        format: 'text',
        ...(options.apiKey === undefined ? {} : { api_key: options.apiKey }),
      });
      const translated = (answer as { translatedText?: unknown }).translatedText;
      const list = typeof translated === 'string' ? [translated] : translated;
      if (!Array.isArray(list) || list.length !== texts.length || list.some((t) => typeof t !== 'string')) {
        throw new MachineTranslationError('LibreTranslate answered without translatedText');
      }
      return list as string[];
    },
  };
}

/** DeepL's language codes; English needs a variant as a target. */
const deeplSource: Record<Locale, string> = { fi: 'FI', sv: 'SV', en: 'EN', ko: 'KO' };
const deeplTarget: Record<Locale, string> = { fi: 'FI', sv: 'SV', en: 'EN-GB', ko: 'KO' };

/**
 * DeepL's API v2: `POST /v2/translate` with `Authorization: DeepL-Auth-Key …`. Free-plan keys (ending
 * in ":fx") use api-free.deepl.com.
 */
export function createDeepLTranslator(options: { apiKey: string; url?: string }): MachineTranslator {
  const base =
    options.url ?? (options.apiKey.endsWith(':fx') ? 'https://api-free.deepl.com' : 'https://api.deepl.com');
  const endpoint = `${base.replace(/\/+$/, '')}/v2/translate`;
  return {
    name: 'deepl',
    async translate(texts, from, to) {
      if (texts.length === 0) return [];
      const answer = await postJson(
        endpoint,
        { text: texts, source_lang: deeplSource[from], target_lang: deeplTarget[to] },
        { authorization: `DeepL-Auth-Key ${options.apiKey}` },
      );
      const translations = (answer as { translations?: { text?: unknown }[] }).translations;
      if (!Array.isArray(translations) || translations.length !== texts.length) {
        throw new MachineTranslationError('DeepL answered without translations');
      }
      return translations.map((entry) => {
        if (typeof entry.text !== 'string') throw new MachineTranslationError('DeepL answered without text');
        return entry.text;
      });
    },
  };
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    throw new MachineTranslationError(`${response.status} from ${new URL(url).host}: ${detail}`);
  }
  try {
    return await response.json();
  } catch {
    throw new MachineTranslationError(`invalid JSON from ${new URL(url).host}`);
  }
}
