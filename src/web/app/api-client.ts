import type { Locale } from '../../core/i18n/locales.js';

/** An answer from the API that was not a success: its stable code and a message already translated. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let requestLocale: Locale = 'en';

/** The language the server should answer errors in (sent as `?lang=`). */
export function setRequestLocale(locale: Locale) {
  requestLocale = locale;
}

/**
 * Calls the JSON API. Throws ApiError with the server's translated message; a network failure
 * becomes ApiError with code NETWORK and the given fallback message.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  networkMessage = 'Network error',
): Promise<T> {
  // A path that names its own ?lang= (content read or queued in another language) keeps it.
  const url = /[?&]lang=/.test(path) ? path : `${path}${path.includes('?') ? '&' : '?'}lang=${requestLocale}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', networkMessage);
  }
  if (response.status === 204 || response.status === 202) {
    return undefined as T;
  }
  const text = await response.text();
  const parsed: unknown = text === '' ? undefined : safeJson(text);
  if (!response.ok) {
    const problem = (parsed ?? {}) as { code?: string; message?: string };
    throw new ApiError(response.status, problem.code ?? 'UNKNOWN', problem.message ?? response.statusText);
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
