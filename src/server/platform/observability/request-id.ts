import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header a request id arrives in (from a load balancer) and is answered in. */
export const requestIdHeader = 'x-request-id';

// Letters, digits and a few separators, as load balancers and tracing systems generate them: nothing
// that could forge a log line or a header.
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Fastify's `genReqId`: the caller's `x-request-id` when it looks like an id, else a new UUID. The id
 * is in every log line of the request (`reqId`) and in the response's `x-request-id` header.
 *
 * @example
 * Fastify({ genReqId: requestIdFor })
 */
export function requestIdFor(request: IncomingMessage): string {
  const incoming = request.headers[requestIdHeader];
  return typeof incoming === 'string' && saneRequestId.test(incoming) ? incoming : randomUUID();
}
