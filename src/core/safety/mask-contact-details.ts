import { type ContactDetailKind, type ContactSpan, contactDetailKinds } from './contact-detail-kind.js';
import { detectContactDetails } from './detect-contact-details.js';

export type { ContactDetailKind } from './contact-detail-kind.js';

/** What replaces a contact detail: the same in every language, and matched by no detector. */
export const contactPlaceholder = '[•••]';

/** A masked text and the kinds of contact detail that were found in it. */
export interface MaskedText {
  text: string;
  masked: ContactDetailKind[];
}

// Masking can bring pieces together ("040 12[x]3 4567" loses its middle): mask again until
// nothing changes, so the result is a fixed point. No real text needs more than a couple of rounds.
const maxRounds = 6;

/**
 * Masks phone numbers, e-mail addresses, messenger and social handles and links in a message to or
 * from a minor, however they are disguised: full-width or look-alike letters, invisible characters,
 * digits spelled out in fi, sv, en or Hangul, "(at)" and "dot", spaced-out letters, separators
 * inside numbers (DESIGN.md, "Minors and safety"). Only the detected ranges change; a network word
 * before a handle stays visible. Never throws; masking a masked text changes nothing; no run of
 * seven digits survives, even after normalisation; times, dates, years and prose stay as written.
 *
 * @example
 * maskContactDetails('soita 040 123 4567 tai kakao: minji_07')
 * // { text: 'soita [•••] tai kakao: [•••]', masked: ['phone', 'handle'] }
 * maskContactDetails('공일공 일이삼사 오육칠팔로 연락해')
 * // { text: '[•••]로 연락해', masked: ['phone'] }
 */
export function maskContactDetails(text: string, placeholder: string = contactPlaceholder): MaskedText {
  const found = new Set<ContactDetailKind>();
  let current = typeof text === 'string' ? text : '';
  try {
    for (let round = 0; round < maxRounds; round += 1) {
      const spans = detectContactDetails(current);
      if (spans.length === 0) return { text: current, masked: reported(found) };
      for (const span of spans) found.add(span.kind);
      current = replaceSpans(current, spans, placeholder);
    }
    if (detectContactDetails(current).length === 0) return { text: current, masked: reported(found) };
  } catch {
    // Fall through: a safety filter that fails must fail closed.
  }
  return { text: placeholder, masked: found.size > 0 ? reported(found) : [...contactDetailKinds] };
}

/**
 * Whether a text holds a contact detail, disguised or not; the same test maskContactDetails makes.
 *
 * @example
 * containsContactDetails('nolla neljä nolla 123 4567') // true
 * containsContactDetails('Tavataan klo 15.30 kirjastossa') // false
 */
export function containsContactDetails(text: string): boolean {
  try {
    return detectContactDetails(text).length > 0;
  } catch {
    return true;
  }
}

function reported(found: ReadonlySet<ContactDetailKind>): ContactDetailKind[] {
  return contactDetailKinds.filter((kind) => found.has(kind));
}

// Replaces each range, overlapping or touching ranges merged, with one placeholder.
function replaceSpans(text: string, spans: readonly ContactSpan[], placeholder: string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  let open: { start: number; end: number } | undefined;
  for (const span of sorted) {
    if (open !== undefined && span.start <= open.end) {
      open.end = Math.max(open.end, span.end);
      continue;
    }
    if (open !== undefined) {
      parts.push(text.slice(cursor, open.start), placeholder);
      cursor = open.end;
    }
    open = { start: Math.max(span.start, cursor), end: span.end };
  }
  if (open !== undefined) {
    parts.push(text.slice(cursor, open.start), placeholder);
    cursor = open.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
