/**
 * Messenger and social networks people pass handles on, as written in fi, sv, en and ko. A
 * `distinctive` name is rarely anything else, so the word right after it counts as a handle; a
 * `common` name is also an ordinary word ("line up", "steam", "signal"), so it needs a colon, an id
 * word or an "@"; a `short` name ("ig", "x") needs a colon or "=".
 */
export const networkNames = {
  distinctive: [
    'kakaotalk',
    'kakao talk',
    'kakao',
    'katalk',
    'katok',
    'kakaotok',
    '카카오톡',
    '카카오',
    '카톡',
    'instagram',
    'insta',
    '인스타그램',
    '인스타그람',
    '인스타',
    'discord',
    '디스코드',
    '디코',
    'snapchat',
    'snäppi',
    'snäpp',
    'snäp',
    'snappi',
    '스냅챗',
    '스냅',
    'telegram',
    '텔레그램',
    '텔레',
    'whatsapp',
    'whats app',
    'watsapp',
    'wapp',
    '왓츠앱',
    '왓츠업',
    'tiktok',
    'tik tok',
    '틱톡',
    'facebook',
    'messenger',
    '페이스북',
    '페북',
    'twitter',
    '트위터',
    'wechat',
    'weixin',
    '위챗',
    'skype',
    '스카이프',
    'roblox',
    '로블록스',
    'zepeto',
    '제페토',
    'youtube',
    '유튜브',
    'reddit',
    'bluesky',
    'mastodon',
    'viber',
    'wickr',
    'threema',
    'kik',
    'battlenet',
    'battle.net',
    'gamertag',
    'psn',
    'xbox',
    '트위치',
  ],
  common: [
    'line',
    '라인',
    'signal',
    'steam',
    '스팀',
    'snap',
    'twitch',
    'threads',
    'tele',
    'band',
    '밴드',
    'epic',
    'riot',
  ],
  short: ['ig', 'sc', 'tg', 'fb', 'dc', 'wa', 'yt', 'x', 'vk', 'qq', 'tt'],
} as const;

/** Every network name in ASCII, longest first: what look-alike folding tries to restore ("d1scord"). */
export const asciiNetworkNames: readonly string[] = [
  ...networkNames.distinctive,
  ...networkNames.common,
  ...networkNames.short,
]
  .filter((name) => /^[a-z]{3,}$/.test(name))
  .sort((a, b) => b.length - a.length);

function alternation(names: readonly string[]): string {
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?'))
    .join('|');
}

// Finnish cases and possessives ("instassa", "discordiin", "snäpissäni"), Swedish definite forms
// ("snapen", "instan"), English possessive, and Korean particles ("카톡은", "인스타에서").
const ending = `(?:'s|:n|:ssa|:ssä)?(?:i?(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|hin|iin|aan|ään|oon|een|ta|tä|na|nä|ksi|[aeiouyäö]?n|a|ä|et|s))?(?:ni|si|mme|nne)?(?:아이디|아디|닉네임|닉|계정)?(?:에서|으로|이랑|한테|에도|은|는|이|가|에|로|도|을|를|의|랑)?`;

/**
 * A sticky-free global pattern for network words with their endings; group `net` is the name,
 * group `tier` tells which list it came from (`d`, `c` or `s`).
 *
 * @example
 * networkWordPattern().exec('add me on instassa')?.groups?.net // 'insta'
 */
export function networkWordPattern(): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}_.@#/\-])(?:(?<d>${alternation(networkNames.distinctive)})|(?<c>${alternation(networkNames.common)})|(?<s>${alternation(networkNames.short)}))${ending}(?![\p{L}\p{N}_])`,
    'giu',
  );
}

/** Words that say "my id/name is" before a handle, in en, fi, sv and ko. */
export const idWords = String.raw`(?:id|아이디|아디|닉네임|닉|nick(?:name)?|handle|username|user\s?name|user|käyttäjä(?:nimi)?|käyttis|tunnus|nimi|nimeni|användarnamn|namn|name|addy|tag)(?:은|는|이|가)?`;

/** Mail hosts that are masked even without a top-level domain ("liisa at gmail"). */
export const mailHosts: ReadonlySet<string> = new Set([
  'gmail',
  'googlemail',
  'hotmail',
  'outlook',
  'msn',
  'yahoo',
  'icloud',
  'naver',
  'daum',
  'hanmail',
  'kakao',
  'nate',
  'proton',
  'protonmail',
  'luukku',
  'suomi24',
  'gmx',
  'yandex',
  'aol',
  'zoho',
]);
