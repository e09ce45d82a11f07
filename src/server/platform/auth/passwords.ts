import argon2 from 'argon2';

/** Shorter passwords are refused (WEAK_PASSWORD). */
export const minimumPasswordLength = 10;

// OWASP's second argon2id profile: 19 MiB, 2 passes, 1 lane. Fast enough for a 2-core machine,
// far beyond what an offline guesser can afford per try.
const options = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash, so that an unknown e-mail costs as much time as a wrong password
 * and sign-in does not reveal who has an account.
 */
export async function verifyDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoyHash, password);
  return false;
}
