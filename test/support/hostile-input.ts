/**
 * Hostile values for the API fuzzer (src/server/api-fuzz.test.ts): what an attacker or a broken client
 * sends in path parameters, query strings and JSON bodies, and a way to build a plausible body from
 * an operation's JSON schema so that mutations get past validation to the services.
 */

/** A JSON text that `JSON.stringify` cannot produce (numbers past double range), spliced in by {@link toJson}. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Serialises a body that may hold {@link RawJson} values. */
export function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return item;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => raws[Number(index)] ?? 'null');
}

const longText = 'x'.repeat(100_000);

/** Values for a path segment, already encoded for the URL. */
export const hostilePathValues = [
  '%E0%A4%A',
  '%ED%A0%80', // a lone surrogate, UTF-8 encoded
  '%00',
  encodeURIComponent("' or 1=1 --"),
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(101), // past Fastify's parameter length limit
  '__proto__',
  '1e999',
];

/** Values for a query parameter, already encoded. */
export const hostileQueryValues = [
  '1e999',
  '-Infinity',
  'NaN',
  '-0',
  '1.5',
  '18446744073709551616',
  '',
  '%00',
  '%ED%A0%80',
  '+275760-09-13T00%3A00%3A00.001Z',
  '2026-13-45T25%3A61%3A00Z',
  'x'.repeat(10_000),
];

/** Whole bodies that are hostile in their shape, sent as application/json. */
export const hostileJsonTexts = {
  brackets: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
  braces: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`,
  unclosed: '{"a":',
  invalid: "{'a': 1}",
  empty: '',
  null: 'null',
  array: '[]',
  string: '"text"',
  number: '1e999',
  proto: '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  nul: '{"a":"\\u0000"}',
  surrogate: '{"a":"\\ud800"}',
  long: `{"a":"${longText}"}`,
  wide: `[${'0,'.repeat(100_000)}0]`,
};

/** Bodies with a content type the API does not take, or headers that lie about the body. */
export const hostileContentTypes: { name: string; headers: Record<string, string>; payload: string }[] = [
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, payload: '{"a":1}' },
  { name: 'form', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1&b=2' },
  { name: 'xml', headers: { 'content-type': 'application/xml' }, payload: '<a>1</a>' },
  {
    name: 'multipart',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    payload: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
  },
  { name: 'utf-16', headers: { 'content-type': 'application/json; charset=utf-16' }, payload: '{"a":1}' },
  {
    name: 'gzip',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    payload: '{}',
  },
  {
    name: 'bad length',
    headers: { 'content-type': 'application/json', 'content-length': '2' },
    payload: '{"a":1}',
  },
  { name: 'bad type', headers: { 'content-type': ';;;' }, payload: '{}' },
];

/** Replacements for one value of a body, by the kind of value it replaces. */
export function hostileValuesFor(example: unknown): unknown[] {
  if (typeof example === 'number') {
    return [
      new RawJson('1e999'),
      new RawJson('-1e999'),
      new RawJson('18446744073709551616'),
      2 ** 31,
      1.5,
      -1,
      'NaN',
      null,
      {},
    ];
  }
  if (typeof example === 'string') {
    return [
      '\ud800',
      'a\u0000b',
      longText,
      '',
      '+275760-09-13T00:00:00.001Z',
      '2026-13-45T25:61:00Z',
      new RawJson('1e999'),
      12345,
      null,
      [],
    ];
  }
  if (Array.isArray(example))
    return [[], Array.from({ length: 5_000 }, () => example[0] ?? 1), [null], 'text', null];
  if (example !== null && typeof example === 'object') return ['text', [], null, { unknownField: 1 }];
  return ['text', new RawJson('1e999'), null];
}

/** A JSON schema as @fastify/swagger writes it into the OpenAPI document (the parts we read). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: JsonSchema | boolean;
  description?: string;
}

/**
 * A plausible value for a schema: enough to pass validation in the common cases, so that mutating one
 * part of it reaches the service rather than stopping at the schema. `known` gives real values for
 * string fields by name (`userId`, `topics`).
 */
export function exampleOf(
  schema: JsonSchema | undefined,
  known: (name: string) => string | undefined = () => undefined,
  name = '',
  depth = 0,
): unknown {
  if (schema === undefined || depth > 6) return 'x';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives !== undefined && alternatives.length > 0) {
    const concrete = alternatives.find((alternative) => alternative.type !== 'null') ?? alternatives[0];
    return exampleOf(concrete, known, name, depth + 1);
  }
  if (schema.allOf !== undefined) {
    return Object.assign({}, ...schema.allOf.map((part) => exampleOf(part, known, name, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        value[key] = exampleOf(property, known, key, depth + 1);
      }
      // A record: text per language, or a number per city.
      const record = schema.additionalProperties;
      if (typeof record === 'object') {
        const key = /city/i.test(schema.description ?? '') ? 'espoo' : 'en';
        value[key] = exampleOf(record, known, key, depth + 1);
      }
      return value;
    }
    case 'array':
      // Distinct items, for schemas that want them unique (candidate times of a poll).
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, (_, index) =>
        distinct(exampleOf(schema.items, known, name, depth + 1), index),
      );
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    default:
      return known(name) ?? exampleString(schema, name);
  }
}

function distinct(item: unknown, index: number): unknown {
  if (typeof item !== 'string' || index === 0) return item;
  const instant = Date.parse(item);
  return Number.isNaN(instant) ? `${item} ${index}` : new Date(instant + index * 86_400_000).toISOString();
}

function exampleString(schema: JsonSchema, name: string): string {
  const lower = name.toLowerCase();
  if (
    schema.format === 'date-time' ||
    /(at|from|to|since|start)$/i.test(name) ||
    /ISO 8601/.test(schema.description ?? '')
  ) {
    return '2027-03-28T07:00:00Z';
  }
  if (schema.format === 'date' || lower.includes('date') || lower === 'checkedon') return '2010-05-17';
  if (schema.format === 'email' || lower.includes('email')) return 'fuzz@example.test';
  if (lower.includes('password')) return 'correct horse battery';
  if (lower.includes('timezone')) return 'Europe/Helsinki';
  if (lower.includes('city')) return 'espoo';
  if (lower.includes('language') || lower === 'locale' || lower === 'lang') return 'en';
  if (lower.includes('url') || lower.includes('link')) return 'https://example.test/a';
  const text = 'Fuzz text';
  const minimum = schema.minLength ?? 0;
  const value = text.length >= minimum ? text : text.padEnd(minimum, 'x');
  return schema.maxLength === undefined ? value : value.slice(0, schema.maxLength);
}

/**
 * Every place in a body worth replacing (objects and arrays too, not only leaves), as paths of keys,
 * down to `maxDepth`.
 */
export function bodyPaths(value: unknown, maxDepth = 3): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.path.length > 0) paths.push(next.path);
    if (next.path.length >= maxDepth || next.value === null || typeof next.value !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(next.value)
      ? next.value.slice(0, 1).map((item, index) => [index, item])
      : Object.entries(next.value);
    for (const [key, item] of entries) stack.push({ value: item, path: [...next.path, key] });
  }
  return paths.reverse();
}

/** A copy of `body` with the value at `path` replaced. */
export function replaceAt(body: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(body)) {
    const copy = [...body];
    copy[head as number] = replaceAt(copy[head as number], rest, replacement);
    return copy;
  }
  const object = (body ?? {}) as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head as string], rest, replacement) };
}

/** The value at `path`. */
export function valueAt(body: unknown, path: (string | number)[]): unknown {
  let value = body;
  for (const key of path) value = (value as Record<string | number, unknown> | null)?.[key];
  return value;
}
