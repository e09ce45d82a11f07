import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';

/**
 * The deepest nesting of arrays and objects a JSON body may have. Silta's bodies are at most four or five
 * levels deep; the limit keeps every later walk (schema validation, the input checks, services) far from
 * the call-stack limit.
 */
export const maximumJsonDepth = 32;

/**
 * How deeply a JSON text nests arrays and objects, counted over its characters in one pass with no
 * recursion and nothing built, so that 20,000 `[` cost a loop rather than a stack overflow. Brackets
 * inside strings do not count. Stops as soon as the depth passes `limit`. Whether the text is valid
 * JSON is the parser's business, afterwards.
 *
 * @example
 * jsonDepth('{"a":[1,[2]]}') // 3
 * jsonDepth('"[[["') // 0
 */
export function jsonDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === backslash) index += 1;
      else if (char === quote) inString = false;
    } else if (char === quote) {
      inString = true;
    } else if (char === openBrace || char === openBracket) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (char === closeBrace || char === closeBracket) {
      depth -= 1;
    }
  }
  return deepest;
}

const quote = 0x22;
const backslash = 0x5c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

/**
 * Replaces Fastify's JSON body parser with the same parser (prototype-poisoning checks included) behind
 * a depth check: a body nested deeper than {@link maximumJsonDepth} answers 400 BODY_TOO_DEEP before it
 * is parsed. Fastify's body limit has already bounded the text's size.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text, maximumJsonDepth) > maximumJsonDepth) {
      done(new AppError('BODY_TOO_DEEP'), undefined);
      return;
    }
    void parse(request, text, done);
  });
}
