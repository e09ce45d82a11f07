import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A new unguessable token (256 bits) for a cookie or an e-mailed link. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a leaked table yields no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newId(): string {
  return randomUUID();
}
