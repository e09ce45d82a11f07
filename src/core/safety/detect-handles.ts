import type { ContactSpan } from './contact-detail-kind.js';
import { asciiNetworkNames, idWords, networkWordPattern } from './contact-networks.js';
import { isOrdinaryWord } from './ordinary-words.js';

// A handle is ASCII; a Finnish or Swedish word with ä, ö or å is not cut into one ("tänään").
const name = String.raw`[A-Za-z0-9_](?:[A-Za-z0-9._\-]{0,40}[A-Za-z0-9_])?(?:#[0-9]{4})?(?![\p{Script=Latin}\p{N}_@])`;
// After a colon, "=" or an id word anything handle-like counts: "kakao: x", "line id: minji01".
const afterColon = new RegExp(
  String.raw`^(?:\s*${idWords})?\s*(?:[:=→➡⇒>]|-+>|=>)\s*(?<handle>@?\s?${name})`,
  'iu',
);
const afterIdWord = new RegExp(
  String.raw`^\s+(?:(?:my|mun|mu|min|mitt|ni|내|제)\s+)?${idWords}\s+(?:(?:is|on|är|=|oli)\s+)?(?!(?:is|on|är|oli)\s)(?<handle>@?${name})`,
  'iu',
);
const afterAt = new RegExp(String.raw`^\s*(?<handle>@\s?${name})`, 'u');
const nextWord = new RegExp(String.raw`^\s+(?:[-–]\s+)?(?<handle>@?${name})(?![:.][A-Za-z0-9])`, 'u');
const withinWords = new RegExp(
  String.raw`^(?:\s+[\p{L}'’]{1,15}){0,3}\s+(?<handle>@?${name})(?![:.][A-Za-z0-9])`,
  'u',
);
// Words with digits that are not handles: "10am", "2nd", "5v5", "ps5", "cs2", "4k", "mp3".
const notHandle =
  /^(?:[0-9]+(?:st|nd|rd|th|am|pm|v[0-9]+|h|min|k|x|p|fps|hz|gb|mb|kb|ms|s|e|lla|llä|ssa|ssä|sta|stä)?|[0-9]{1,2}[.:][0-9]{2}(?:am|pm)?|[A-Za-z]{1,4}[0-9]{1,2})$/i;

/**
 * Handles in a normalised text: "@name", "name#1234", and names after a messenger or network word
 * ("kakao: abc", "kakao abc", "insta @ liisa_k", "카톡 아이디 abc123", "my discord is liisa#1234",
 * "Snäpissä mun nimi on liisa_k"). The network word stays outside the span, so it stays visible.
 *
 * @example
 * detectHandles('kakao: minji_07') // [{ start: 7, end: 15, kind: 'handle' }]
 */
export function detectHandles(normalised: string): ContactSpan[] {
  const spans: ContactSpan[] = [];
  const add = (start: number, handle: string) => {
    const trimmed = handle.replace(/[._-]+$/u, '');
    if (trimmed !== '' && trimmed !== '@') spans.push({ start, end: start + trimmed.length, kind: 'handle' });
  };
  const network = networkWordPattern();
  for (let match = network.exec(normalised); match !== null; match = network.exec(normalised)) {
    const end = match.index + match[0].length;
    const rest = normalised.slice(end, end + 200);
    const tier =
      match.groups?.d !== undefined ? 'distinctive' : match.groups?.c !== undefined ? 'common' : 'short';
    const found =
      afterColon.exec(rest) ?? (tier === 'short' ? null : (afterIdWord.exec(rest) ?? afterAt.exec(rest)));
    const foundHandle = found?.groups?.handle ?? '';
    // "x = 5", "line: 2" are not handles; after an ordinary word a handle has a letter in it.
    if (found !== null && (tier === 'distinctive' || /[A-Za-z]/.test(foundHandle))) {
      add(end + found[0].length - foundHandle.length, foundHandle);
      continue;
    }
    if (tier !== 'distinctive') {
      const shaped = withinWords.exec(rest);
      const handle = shaped?.groups?.handle ?? '';
      if (shaped !== null && /[_#@]/.test(handle)) add(end + shaped[0].length - handle.length, handle);
      continue;
    }
    const next = nextWord.exec(rest);
    const nextHandle = next?.groups?.handle ?? '';
    // "Whatsappiin huomenna", "Discordin kautta": after a Finnish or Swedish case ending the next
    // plain word is prose; a handle there still shows by its shape ("instassa liisa.k").
    const ending = match[0].slice((match.groups?.d ?? '').length).toLowerCase();
    // The illative says where to go ("lisää mut kakaoon liisa"), so a name may follow it.
    const inflected =
      /\p{Script=Latin}/u.test(ending) && !/^(?:i?(?:aan|ään|oon|een|iin|uun|yyn|hin)|on)$/u.test(ending);
    if (next !== null && isBareHandle(nextHandle, rest.slice(next[0].length), inflected)) {
      add(end + next[0].length - nextHandle.length, nextHandle);
      continue;
    }
    const shaped = withinWords.exec(rest);
    const handle = shaped?.groups?.handle ?? '';
    if (shaped !== null && isHandleShaped(handle)) add(end + shaped[0].length - handle.length, handle);
  }
  const tag = /(?<![\p{L}\p{N}_.])[A-Za-z0-9_.]{2,32}#[0-9]{4}(?![0-9])/gu;
  for (let match = tag.exec(normalised); match !== null; match = tag.exec(normalised))
    add(match.index, match[0]);
  const at = /(?<![\p{L}\p{N}_.@])@[A-Za-z_][A-Za-z0-9_.]{1,29}/gu;
  for (let match = at.exec(normalised); match !== null; match = at.exec(normalised))
    add(match.index, match[0]);
  return spans;
}

// Right after a distinctive network word: a word with a digit, "_" or "." in it, five digits or
// more, or a plain lowercase word that ends the sentence ("kakao abc", "add me on insta liisa!").
// A plain word that goes on into more words ("YouTube videon eilen", "Snapchat streak") is prose.
function isBareHandle(word: string, after: string, inflected: boolean): boolean {
  if (isOrdinaryWord(word) || isNetworkName(word)) return false;
  if (/^[0-9]{5,}$/.test(word)) return true;
  if (notHandle.test(word)) return false;
  if (/[0-9_.#@]/.test(word)) return true;
  // A plain word: lowercase like a handle ("Kakao Pay", "YouTube Shorts" are products), not a
  // question ("Is Roblox safe?"), and not after a case ending.
  if (inflected || !/^[a-z]+$/.test(word) || /^\s*\?/u.test(after)) return false;
  // A placeholder counts as a word, so masking once more finds nothing new.
  return !/^\s*[\p{Script=Latin}\p{N}[\u2022]/u.test(after);
}

function isNetworkName(word: string): boolean {
  return asciiNetworkNames.includes(word.toLowerCase());
}

// A word that can only be a handle: a letter with a digit, "_", ".", "#" or a leading "@" in it.
function isHandleShaped(word: string): boolean {
  return /[A-Za-z]/.test(word) && /[0-9_.#@]/.test(word) && !notHandle.test(word);
}
