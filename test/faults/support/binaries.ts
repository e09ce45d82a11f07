import { existsSync, readdirSync } from 'node:fs';

/**
 * Finds a server binary the fault suite needs. Without it the suite is skipped locally; with CI=true
 * it fails, so that CI never passes without having injected the faults.
 */
export function requireBinary(what: string, candidates: string[]): string | undefined {
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined && process.env.CI === 'true') {
    throw new Error(
      `the fault suite needs ${what} (looked for ${candidates.join(', ')}); CI=true does not skip it`,
    );
  }
  return found;
}

/** PostgreSQL's server binaries (initdb, pg_ctl), newest installed major version first. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const initdb = requireBinary(
    'PostgreSQL server binaries (initdb, pg_ctl)',
    versions.map((version) => `${root}/${version}/bin/initdb`),
  );
  return initdb === undefined ? undefined : initdb.replace(/\/initdb$/, '');
}
