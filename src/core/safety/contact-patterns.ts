/** The kinds of contact detail masked in messages to and from minors. */
export type ContactDetailKind = 'phone' | 'email' | 'handle' | 'link';

/**
 * One way a contact detail is written. `pattern` is global and Unicode; `keep`, when given, tells
 * which matches are not contact details after all (a plain "at" with no domain, a date); `prefix`
 * names a capture group that stays visible before the mask (the word "kakao" in "kakao: x").
 */
export interface ContactPattern {
  kind: ContactDetailKind;
  pattern: RegExp;
  keep?: (match: RegExpExecArray) => boolean;
  prefix?: string;
}

// Words for "@" and "." people use to slip an address past filters, in en, fi, sv and ko.
const atWord = `(?:at|ät|snabel-?a|골뱅이|앳)`;
const dotWord = `(?:dot|piste|punkt|점|닷)`;
const open = String.raw`[\(\[\{<]`;
const close = String.raw`[\)\]\}>]`;
const label = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const localPart = String.raw`[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_])?`;
// Top-level domains recognised without a scheme; a closed list keeps "klo 15.30" and "esim." safe.
const tld = `(?:com|net|org|fi|se|kr|io|me|gg|ly|co|app|dev|info|tv|link|site|xyz|eu|uk|us|de|jp|ai|page|chat|live|online|club|store|shop|blog|so|cc|biz|edu)`;
const mailHosts =
  /^(?:gmail|hotmail|outlook|live|yahoo|icloud|naver|daum|hanmail|kakao|nate|proton(?:mail)?|luukku|suomi24)$/iu;

const before = String.raw`(?<![\p{L}\p{N}_.@+%-])`;
const after = String.raw`(?![\p{L}\p{N}_@-])`;

// Messenger and social networks, with Finnish, Swedish and Korean endings ("instassa", "카톡은").
const network = String.raw`(?:kakao\s?talk|kakao|katalk|카카오톡|카카오|카톡|insta(?:gram)?|인스타(?:그램)?|discord|디스코드|디코|snap(?:chat)?|snäp(?:pi|pi)?|스냅(?:챗)?|telegram|텔레그램|텔레|whats\s?app|왓츠앱|tiktok|틱톡|facebook|페북|페이스북|twitter|트위터|wechat|위챗|threads|signal|skype|steam|twitch|roblox|line|라인|ig|sc|tg|fb)`;
const ending = `(?:issa|issä|ssa|ssä|iin|ista|istä|ia|iä|in|ini|is|en|et|ia|ään|aan|n)?(?:에서|으로|로|은|는|이|가|에|도)?`;
const handle = String.raw`@?(?=[A-Za-z0-9._-]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_])?(?:#\d{4})?`;
const handleLike = String.raw`(?:@[A-Za-z0-9_]|(?=[A-Za-z0-9._-]*(?:[0-9_#]|\.[A-Za-z0-9]))(?=[A-Za-z0-9._-]*[A-Za-z])[A-Za-z0-9])(?:[A-Za-z0-9._-]*[A-Za-z0-9_])?(?:#\d{4})?`;
const idWord = `(?:id|아이디|nick(?:name)?|닉(?:네임)?|handle|username|käyttäjä(?:nimi)?|tunnus|användarnamn|namn)(?:은|는|이|가)?`;

/** Patterns in the order they are applied: the most specific shapes first. */
export const contactPatterns: readonly ContactPattern[] = [
  // Links with a scheme or "www.".
  { kind: 'link', pattern: /(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"']+/giu },
  // E-mail addresses, plain and obfuscated: "name@x.com", "name (at) x (dot) com", "name at gmail".
  {
    kind: 'email',
    pattern: new RegExp(
      String.raw`${before}${localPart}(?<at>[@＠]|\s*${open}\s*${atWord}\s*${close}\s*|\s${atWord}\s)(?<domain>${label}(?:(?:\.|\s*${open}\s*${dotWord}\s*${close}\s*|\s${dotWord}\s)${label})*)${after}`,
      'giu',
    ),
    keep: (match) => {
      const at = match.groups?.at ?? '';
      if (!/^\s\S+\s$/u.test(at)) return false;
      // A plain " at " is English too: mask only a real-looking domain or a known mail host.
      const labels = (match.groups?.domain ?? '').split(
        /\.|\s*[([{<]?\s*(?:dot|piste|punkt|점|닷)\s*[)\]}>]?\s*/iu,
      );
      const last = labels[labels.length - 1] ?? '';
      return !(mailHosts.test(labels[0] ?? '') || (labels.length > 1 && /^\p{L}{2,}$/u.test(last)));
    },
  },
  // Phone numbers: "+358 40 123 4567", "0401234567", "040-123 45 67", "010-1234-5678", "010.1234.5678".
  {
    kind: 'phone',
    pattern:
      /(?<![\p{L}\p{N}+])(?:\+|00)\d(?:[ -]?(?:\(\d\)|\d)){6,14}(?!\p{N})|(?<![\p{L}\p{N}.:/,-])0\d(?:[ -]?\d){6,12}(?!\p{N}|[.:/,-]\d)|(?<![\p{L}\p{N}])01[016789]\.\d{3,4}\.\d{4}(?!\p{N})/gu,
    keep: (match) => /^\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4}$/u.test(match[0]),
  },
  // "카톡 아이디 abc123", "kakao: x", "insta: name", "line id: minji01": after an id word or a colon
  // anything that could be a handle counts.
  {
    kind: 'handle',
    pattern: new RegExp(
      String.raw`(?<lead>(?<![\p{L}\p{N}])${network}${ending}(?:\s*${idWord}(?:\s*[:=：]|\s+(?:is|on|är|=))?|\s*[:=：]|\s+-)\s*)${handle}(?![A-Za-z0-9_@]|[:.]\d)`,
      'giu',
    ),
    prefix: 'lead',
  },
  // "add me on insta liisa_k", "discordissa name#1234", "Snäpissä mun nimi on liisa_k", "내 카톡은
  // minji2010이야": after a bare space or up to three words, only a handle-shaped word (a digit, "_",
  // "." or "@" in it) counts, so "kakao is fun" and "Instagramissa on kivoja kuvia" stay.
  {
    kind: 'handle',
    pattern: new RegExp(
      String.raw`(?<lead>(?<![\p{L}\p{N}])${network}${ending}(?:\s+\p{L}{1,12}){0,3}\s+)${handleLike}(?![A-Za-z0-9_@]|[:.]\d)`,
      'giu',
    ),
    prefix: 'lead',
  },
  // Discord tags "name#1234" and "@handles".
  { kind: 'handle', pattern: /(?<![\p{L}\p{N}_.])[A-Za-z0-9_.]{2,32}#\d{4}(?!\p{N})/gu },
  { kind: 'handle', pattern: /(?<![\p{L}\p{N}_.@])@[A-Za-z_][A-Za-z0-9_.]{1,29}(?<!\.)(?![A-Za-z0-9_])/gu },
  // Bare and obfuscated domains: "open.kakao.com/o/abc", "discord.gg/x", "example dot com", "naver 닷컴".
  {
    kind: 'link',
    pattern: new RegExp(
      String.raw`${before}${label}(?:\.${label})*(?:\.|\s*${open}\s*${dotWord}\s*${close}\s*|\s${dotWord}\s)${tld}${after}(?:/[^\s<>"']*)?|${before}[A-Za-z0-9][A-Za-z0-9-]*\s?닷컴`,
      'giu',
    ),
  },
];
