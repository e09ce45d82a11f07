import { type ContactSpan, contactDetailKinds } from './contact-detail-kind.js';
import { detectHandles } from './detect-handles.js';
import { detectEmails, detectLinks } from './detect-links-and-emails.js';
import { detectPhoneNumbers } from './detect-phone-numbers.js';
import { originalRange } from './mapped-text.js';
import { normaliseForMasking } from './normalise-for-masking.js';

/** Longer texts are read in overlapping windows, so the work stays linear in the length. */
export const wholeTextLimit = 20_000;
const window = 4_000;
const margin = 400;

/**
 * The contact details in a text, as ranges of the original text: phone numbers, e-mail addresses,
 * handles and links, however they are disguised (see normaliseForMasking). A range inside another
 * one is left out; ranges that only overlap are both kept.
 *
 * @example
 * detectContactDetails('kakao: minji_07') // [{ start: 7, end: 15, kind: 'handle' }]
 */
export function detectContactDetails(text: string): ContactSpan[] {
  const source = typeof text === 'string' ? text : '';
  if (source.length <= wholeTextLimit) return withoutContained(detectIn(source));
  const spans: ContactSpan[] = [];
  for (let core = 0; core < source.length; core += window) {
    const from = Math.max(0, core - margin);
    const to = Math.min(source.length, core + window + margin);
    for (const span of detectIn(source.slice(from, to))) {
      const start = span.start + from;
      // Each window answers for what starts in its core; its margins are context.
      if (start >= core && start < core + window) spans.push({ ...span, start, end: span.end + from });
    }
  }
  return withoutContained(spans);
}

function detectIn(text: string): ContactSpan[] {
  const normalised = normaliseForMasking(text);
  const found = [
    ...detectEmails(normalised.text),
    ...detectPhoneNumbers(normalised.text),
    ...detectHandles(normalised.text),
    ...detectLinks(normalised.text),
  ];
  return found.map((span) => {
    let [start, end] = originalRange(normalised, span.start, span.end);
    // Invisible and bidi characters around a detail belong to the disguise: they go with it.
    while (start > 0 && invisible.test(text[start - 1] ?? '')) start -= 1;
    while (end < text.length && invisible.test(text[end] ?? '')) end += 1;
    return { start, end, kind: span.kind };
  });
}

const invisible = /^(?:\u034F|[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF])$/u;

// When one detail holds another (an e-mail holds a domain), only the outer one is reported; for the
// same range, the earlier kind in `precedence` wins.
const precedence = ['email', 'phone', 'handle', 'link'] as const;

function withoutContained(spans: readonly ContactSpan[]): ContactSpan[] {
  const sorted = [...spans]
    .filter((span) => span.end > span.start)
    .sort(
      (a, b) => a.start - b.start || b.end - a.end || precedence.indexOf(a.kind) - precedence.indexOf(b.kind),
    );
  const kept: ContactSpan[] = [];
  let reach = -1;
  for (const span of sorted) {
    if (span.end <= reach) continue;
    kept.push(span);
    reach = span.end;
  }
  return kept.sort(
    (a, b) => a.start - b.start || contactDetailKinds.indexOf(a.kind) - contactDetailKinds.indexOf(b.kind),
  );
}
