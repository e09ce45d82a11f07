import { parse } from 'tldts';
import { mailHosts } from './contact-networks.js';
import { type MappedText, rewriteMatches } from './mapped-text.js';

const single = String.raw`[A-Za-z0-9@.:/_#\-]`;
// Three or more single characters with the same separator between them: "k a k a o",
// "l i i s a @ g m a i l . c o m", "k.a.k.a.o", "0-4-0-1-2-3". Prose has no such runs.
const spacedOut = new RegExp(
  String.raw`(?<![^\s(\[{"'])${single}(?<sep>[ \t]{1,3}|[.\-_*~+])(?:${single}\k<sep>){1,60}${single}(?=[.,!?;:=)\]}"']?(?:\s|$))`,
  'gu',
);

/**
 * Joins letters and digits written one at a time: "k a k a o" → "kakao", "h t t p s : / /" →
 * "https://".
 *
 * @example
 * joinSpacedOutLetters(mappedText('k a k a o: abc')).text // 'kakao: abc'
 */
export function joinSpacedOutLetters(source: MappedText): MappedText {
  return rewriteMatches(source, spacedOut, (match) => {
    const sep = match.groups?.sep ?? '';
    const chars = match[0].split(sep);
    // Three letters or digits at least, so "liisa . k @ gmail" keeps its words apart.
    const alphanumeric = chars.filter((char) => /[A-Za-z0-9]/.test(char)).length;
    return chars.every((char) => char.length === 1) && alphanumeric >= 3 ? chars.join('') : undefined;
  });
}

/**
 * Repairs defanged and spaced links: "hxxps://", "https : / / example", "http[:]//".
 *
 * @example
 * repairLinkSchemes(mappedText('hxxps://example[.]com')).text // 'https://example[.]com'
 */
export function repairLinkSchemes(source: MappedText): MappedText {
  return rewriteMatches(
    source,
    /(?<![\p{L}\p{N}])h(?:xx|tt|\*\*|XX|TT|Xx|xX|Tt|tT)p(s?)\s*(?:\[:\]|\(:\)|:)\s*\/\s*\/\s*|(?<![\p{L}\p{N}])(?:www|WWW)\s+\.\s*/gu,
    (match) => (match[0].startsWith('w') || match[0].startsWith('W') ? 'www.' : `http${match[1] ?? ''}://`),
  );
}

const dotWord = `(?:dot|DOT|Dot|d0t|D0T|piste|PISTE|punkt|PUNKT|punktum|점|닷)`;
const atWord = `(?:at|AT|At|ät|ÄT|snabel[-s]?a|SNABEL[-s]?A|골뱅이|앳)`;

/**
 * Turns spelled-out dots into "." where they join two words: "example[.]com", "example (dot) com",
 * "example dot com", "esimerkki piste fi", "example . com", "naver 점 com", "naver 닷컴".
 *
 * @example
 * spelledDotsToDots(mappedText('example dot com')).text // 'example.com'
 */
export function spelledDotsToDots(source: MappedText): MappedText {
  const bracketed = rewriteMatches(
    source,
    new RegExp(
      String.raw`(?<=[\p{L}\p{N}])\s*[(\[{<]\s*(?:\.|${dotWord})\s*[)\]}>]\s*(?=[\p{L}\p{N}])`,
      'gu',
    ),
    () => '.',
  );
  const worded = rewriteMatches(
    bracketed,
    /(?<=[\p{L}\p{N}])\s+(?:dot|DOT|Dot|d0t|D0T|piste|PISTE|punkt|PUNKT|punktum|\.)\s+(?=[\p{L}\p{N}])|(?<=[A-Za-z0-9])\s*(?:점|닷)\s*(?=[A-Za-z]|컴|넷|케이알|오알지)|(?<=[\p{L}\p{N}])\s*닷\s*(?=컴|넷|케이알|오알지)/gu,
    () => '.',
  );
  // A stray space on one side of the dot ("example .com", "example. com") or a comma for the dot
  // ("example,com"), only before a suffix that is no word of its own, so "kotona. Se" stays.
  const stray = rewriteMatches(
    worded,
    /(?<=[\p{L}\p{N}])(?:\s+\.|\.\s+|,)(?=(?:com|net|org|kr|ru|io|gg|fi|info|xyz|co\.kr)(?![\p{L}\p{N}]))/gu,
    () => '.',
  );
  return rewriteMatches(stray, /(?<=[\p{L}\p{N}]\.)(?:컴|넷|케이알|오알지)(?![\p{L}\p{N}])/gu, ([word]) =>
    word === '컴' ? 'com' : word === '넷' ? 'net' : word === '케이알' ? 'kr' : 'org',
  );
}

/**
 * Turns spelled-out "@" into "@": always in brackets ("(at)", "[ät]") and for the unambiguous words
 * ("snabel-a", "골뱅이", "앳"); a bare "at"/"ät" only before a mail host or a real domain, so "see you
 * at school" stays.
 *
 * @example
 * spelledAtsToAts(mappedText('liisa at gmail.com')).text // 'liisa@gmail.com'
 */
export function spelledAtsToAts(source: MappedText): MappedText {
  const bracketed = rewriteMatches(
    source,
    new RegExp(
      String.raw`(?<=[\p{L}\p{N}_.])\s*[(\[{<]\s*(?:@|${atWord})\s*[)\]}>]\s*(?=[\p{L}\p{N}])`,
      'gu',
    ),
    () => '@',
  );
  const unambiguous = rewriteMatches(
    bracketed,
    /(?<=[A-Za-z0-9_.])\s*(?:snabel[-\s]?a|SNABEL[-\s]?A|골뱅이|앳)\s*(?=[A-Za-z0-9])/gu,
    () => '@',
  );
  // A bare "at", or "(a)" which also numbers a list, only before a mail host or a real domain.
  return rewriteMatches(
    unambiguous,
    /(?<=[\p{L}\p{N}_])(?:\s+(?:at|AT|ät|ÄT)\s+|\s*[([{<][aA][)\]}>]\s*)(?=(?<domain>[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:\.[\p{L}\p{N}-]{1,63}){0,4}))/gu,
    (match) => (looksLikeMailDomain(match.groups?.domain ?? '') ? '@' : undefined),
  );
}

/**
 * Whether a word after "@" is a mail domain: a known mail host or a name with a real public suffix.
 *
 * @example
 * looksLikeMailDomain('gmail') // true
 * looksLikeMailDomain('school') // false
 */
export function looksLikeMailDomain(domain: string): boolean {
  const lower = domain.toLowerCase().replace(/\.+$/, '');
  const first = lower.split('.')[0] ?? '';
  if (mailHosts.has(first)) return true;
  if (!lower.includes('.')) return false;
  const parsed = parse(lower);
  return parsed.isIcann === true && parsed.domain !== null && /\p{L}/u.test(parsed.publicSuffix ?? '');
}
