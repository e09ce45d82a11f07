import { parse } from 'tldts';
import type { ContactSpan } from './contact-detail-kind.js';
import { networkWordPattern } from './contact-networks.js';
import { looksLikeMailDomain } from './obfuscated-punctuation.js';

const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,61}[\p{L}\p{N}])?`;
const host = String.raw`${label}(?:\.${label}){1,8}`;
const path = String.raw`(?::[0-9]{1,5})?(?:[/?#][^\s<>"'\u2022]*)?`;

const schemeLink =
  /(?<![\p{L}\p{N}])(?:https?|ftp):\/\/[^\s<>"'\u2022]+|(?<![\p{L}\p{N}.])www\.[^\s<>"'\u2022]+/giu;
const bareDomain = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.\-])(?<host>${host})(?![\p{L}\p{N}_@\-])(?<path>${path})`,
  'gu',
);
const email = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}_%+\-](?:[\p{L}\p{N}._%+\-]{0,63}[\p{L}\p{N}_%+\-])?(?<before>\s?)@(?<after>\s?)(?<domain>${label}(?:\.${label}){0,8})(?![\p{L}\p{N}_@\-])`,
  'gu',
);

/**
 * E-mail addresses in a normalised text: "name@host" always; "name @ host" with spaces only when
 * the host is a mail host or a real domain ("liisa @ gmail.com", not "party @ Liisa's").
 *
 * @example
 * detectEmails('mail liisa@gmail.com') // [{ start: 5, end: 20, kind: 'email' }]
 */
export function detectEmails(normalised: string): ContactSpan[] {
  const spans: ContactSpan[] = [];
  email.lastIndex = 0;
  for (let match = email.exec(normalised); match !== null; match = email.exec(normalised)) {
    const { before = '', after = '', domain = '' } = match.groups ?? {};
    const spaced = before !== '' || after !== '';
    // "insta @ liisa.k" is a handle after a network word, not an address.
    const local = match[0].slice(0, match[0].indexOf('@')).trim();
    if (spaced && isNetworkWord(local)) continue;
    if (spaced ? looksLikeMailDomain(domain) : /^\p{L}/u.test(domain) || domain.includes('.')) {
      spans.push({ start: match.index, end: match.index + trimEnd(match[0]).length, kind: 'email' });
    }
  }
  return spans;
}

/**
 * Links in a normalised text: anything with a scheme or "www.", and bare domains whose suffix is a
 * real public suffix (tldts), so "example.ru" and "example.co.kr" count and "klo 15.30", "esim.",
 * "moi.Mitä" and "Kiitos.Se" (a capitalised word after a sentence's full stop) do not.
 *
 * @example
 * detectLinks('katso example.ru/chat') // [{ start: 6, end: 21, kind: 'link' }]
 */
export function detectLinks(normalised: string): ContactSpan[] {
  const spans: ContactSpan[] = [];
  schemeLink.lastIndex = 0;
  for (let match = schemeLink.exec(normalised); match !== null; match = schemeLink.exec(normalised)) {
    spans.push({ start: match.index, end: match.index + trimEnd(match[0]).length, kind: 'link' });
  }
  bareDomain.lastIndex = 0;
  for (let match = bareDomain.exec(normalised); match !== null; match = bareDomain.exec(normalised)) {
    const name = match.groups?.host ?? '';
    const hasPath = (match.groups?.path ?? '') !== '';
    if (!isRealDomain(name, hasPath) && !isRealDomain(withPlainSuffix(name), hasPath)) continue;
    spans.push({ start: match.index, end: match.index + trimEnd(match[0]).length, kind: 'link' });
  }
  return spans;
}

function isNetworkWord(word: string): boolean {
  const pattern = networkWordPattern();
  const match = pattern.exec(word);
  return match !== null && match.index === 0 && match[0].length === word.length;
}

// "example.c0m", "example.n3t": a suffix in leetspeak, read as letters.
function withPlainSuffix(name: string): string {
  const dot = name.lastIndexOf('.');
  const suffix = name.slice(dot + 1);
  if (!/[a-z]/i.test(suffix) || !/[0-9]/.test(suffix)) return name;
  const plain = suffix.replace(
    /[01345]/g,
    (digit) => ({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's' })[digit] ?? digit,
  );
  return `${name.slice(0, dot + 1)}${plain}`;
}

function isRealDomain(name: string, hasPath: boolean): boolean {
  const labels = name.split('.');
  const last = labels[labels.length - 1] ?? '';
  const first = labels[0] ?? '';
  // "Kiitos.Se oli kivaa", "moi.It was": a sentence that lost the space after its full stop.
  if (!hasPath && /^\p{Lu}\p{Ll}+$/u.test(last) && !/^\p{Lu}+$/u.test(first)) return false;
  if (!/\p{L}/u.test(last)) return false;
  const parsed = parse(name.toLowerCase());
  return (
    parsed.isIp !== true && parsed.domain !== null && (parsed.isIcann === true || parsed.isPrivate === true)
  );
}

// A sentence's last full stop, comma or closing bracket is not part of the link.
function trimEnd(text: string): string {
  return text.replace(/[.,;:!?)\]}'"]+$/u, '');
}
