import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { registerJsonBodyParser } from './json-body.js';

/**
 * Input that cannot hurt, checked on every request:
 *
 * - JSON bodies nested deeper than 32 levels are refused before they are parsed (see json-body.ts);
 * - a NUL character anywhere in the path, the query or the body is refused: PostgreSQL cannot take it
 *   in text (not even to compare), and no person types it;
 * - numbers that survived validation must be finite and safe integers at most: Ajv coerces
 *   `?limit=1e999` to Infinity and then skips `maximum` for it, and no Silta field means a number
 *   beyond 2^53.
 *
 * Each answers a validation error naming the field, never a 500. The walks use an explicit stack, so
 * no input can exhaust the call stack.
 */
export function registerInputHygiene(app: FastifyInstance): void {
  registerJsonBodyParser(app);
  app.addHook('preValidation', (request, _reply, done) => {
    done(refuse([request.params, request.query, request.body], holdsNul));
  });
  app.addHook('preHandler', (request, _reply, done) => {
    done(refuse([request.query, request.params, request.body], isOutOfRange));
  });
}

function refuse(parts: unknown[], offends: (value: unknown) => boolean): AppError | undefined {
  for (const part of parts) {
    const field = part === undefined ? undefined : findField(part, offends);
    if (field !== undefined) return new AppError('VALIDATION_FAILED', { field: field || 'body' });
  }
  return undefined;
}

function holdsNul(value: unknown): boolean {
  return typeof value === 'string' && value.includes('\u0000');
}

function isOutOfRange(value: unknown): boolean {
  return typeof value === 'number' && !(Math.abs(value) <= Number.MAX_SAFE_INTEGER);
}

/**
 * The path (`people[2].name`) of the first value in a parsed body that `offends`, or of the object whose
 * key does; undefined when none does. Iterative: an explicit stack instead of recursion.
 *
 * @example
 * findField({ a: [1, 'x\u0000'] }, holdsNul) // 'a[1]'
 */
export function findField(root: unknown, offends: (value: unknown) => boolean): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value: root, path: '' }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value, path } = next;
    if (offends(value)) return path;
    if (value === null || typeof value !== 'object') continue;
    // Pushed in reverse, so the first offending field in reading order is the one named.
    const entries = Array.isArray(value)
      ? value.map((item, index) => [`${path}[${index}]`, item, ''] as const)
      : Object.entries(value).map(
          ([key, item]) => [path === '' ? key : `${path}.${key}`, item, key] as const,
        );
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [itemPath, item] = entries[index] as (typeof entries)[number];
      stack.push({ value: item, path: itemPath });
    }
    for (const [, , key] of entries) if (offends(key)) return path;
  }
  return undefined;
}
