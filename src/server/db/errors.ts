/**
 * Whether a database error is a unique-key violation. SQLite and PostgreSQL report it differently;
 * repositories turn it into an expected outcome (e-mail taken, role held) instead of a 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
