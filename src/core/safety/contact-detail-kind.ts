/** The kinds of contact detail masked in messages to and from minors. */
export type ContactDetailKind = 'phone' | 'email' | 'handle' | 'link';

/** Every kind, in the order a masked text reports them. */
export const contactDetailKinds: readonly ContactDetailKind[] = ['phone', 'email', 'handle', 'link'];

/** A contact detail found in a text: `text.slice(start, end)` is what gets masked. */
export interface ContactSpan {
  start: number;
  end: number;
  kind: ContactDetailKind;
}
