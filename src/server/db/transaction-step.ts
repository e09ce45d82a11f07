import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * A write one module's repository contributes to another module's transaction, so that a change
 * spanning two modules (a guardian's consent and the account it activates) is all or nothing. The
 * services pass it along without knowing what it does; only repositories run it.
 *
 * @example
 * const activate = accounts.consentStatusStep(childId, 'active');
 * await youthRepo.recordDecision(tokenHash, consent, mail, [activate]);
 */
export type TransactionStep = (trx: Transaction<Database>) => Promise<void>;
