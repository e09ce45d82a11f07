import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const webRoot = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

it('formats dates and times only in i18n/format.ts', () => {
  const offenders = sourceFiles(webRoot)
    .filter((file) => !file.endsWith(path.join('i18n', 'format.ts')))
    .filter((file) => /toLocale(Date|Time)?String|DateTimeFormat/.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(webRoot, file));
  expect(offenders).toEqual([]);
});
