import { createTranslator } from '../../../core/i18n/translator.js';
import { en } from './messages/en.js';
import { fi } from './messages/fi.js';
import { ko } from './messages/ko.js';
import { sv } from './messages/sv.js';

export type ServerMessageKey = keyof typeof en;

/** The server's own texts (API errors, e-mails) in every UI language. */
export const serverCatalog = { en, fi, sv, ko };

export const t = createTranslator<ServerMessageKey>(serverCatalog);
