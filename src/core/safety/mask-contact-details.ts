import { type ContactDetailKind, contactPatterns } from './contact-patterns.js';

/** What replaces a contact detail: the same in every language, and matched by no pattern. */
export const contactPlaceholder = '[•••]';

/** A masked text and the kinds of contact detail that were found in it. */
export interface MaskedText {
  text: string;
  masked: ContactDetailKind[];
}

const kindOrder: readonly ContactDetailKind[] = ['phone', 'email', 'handle', 'link'];

function maskOnce(text: string, placeholder: string, found: Set<ContactDetailKind>): string {
  let result = text;
  for (const { kind, pattern, keep, prefix } of contactPatterns) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const last = args[args.length - 1];
      const groups = (typeof last === 'object' && last !== null ? last : {}) as Record<
        string,
        string | undefined
      >;
      const execLike = Object.assign([match], {
        groups,
        index: 0,
        input: result,
      }) as unknown as RegExpExecArray;
      if (keep?.(execLike)) return match;
      found.add(kind);
      const visible = prefix === undefined ? '' : (groups[prefix] ?? '');
      return `${visible}${placeholder}`;
    });
  }
  return result;
}

/**
 * Masks phone numbers, e-mail addresses (also "name at domain dot com"), messenger and social
 * handles (KakaoTalk, Instagram, Discord, Snapchat, Telegram, LINE…) and links (also "example dot
 * com") in a message to or from a minor, in Finnish, Swedish, English and Korean phrasings.
 * Never throws; masking a masked text changes nothing; times and dates ("klo 15.30", "2027-03-28",
 * "10:00") stay as they are.
 *
 * @example
 * maskContactDetails('soita 040 123 4567 tai kakao: minji_07')
 * // { text: 'soita [•••] tai kakao: [•••]', masked: ['phone', 'handle'] }
 */
export function maskContactDetails(text: string, placeholder: string = contactPlaceholder): MaskedText {
  const found = new Set<ContactDetailKind>();
  let current = typeof text === 'string' ? text : '';
  // Masking can bring pieces together ("kakao: [x] abc_1"): repeat until nothing changes, so the
  // result is a fixed point and masking it again is a no-op.
  for (let round = 0; round < 8; round += 1) {
    const next = maskOnce(current, placeholder, found);
    if (next === current) break;
    current = next;
  }
  return { text: current, masked: kindOrder.filter((kind) => found.has(kind)) };
}
