import { ApiError } from './api-client.js';

/** The text to show for a failed call: the server's translated message, or a fallback. */
export function errorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.code !== 'NETWORK' && error.message !== ''
    ? error.message
    : fallback;
}
