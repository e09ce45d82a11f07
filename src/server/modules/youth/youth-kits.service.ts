import { romanize } from 'es-hangul';
import type { Locale } from '../../../core/i18n/locales.js';
import { newId } from '../../platform/auth/tokens.js';
import {
  createTranslatable,
  readIn,
  type TranslatableText,
  writtenTexts,
} from '../../platform/content/translatable.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { KitItemRow } from './youth.repository.js';
import type { KitItem, KitItemBody } from './youth.schema.js';
import type { Actor, YouthDeps } from './youth-people.service.js';

const hangulPattern = /[\uac00-\ud7a3]/;

/** Culture kits: phrase cards (Hangul with Revised Romanization) and culture notes, in four languages. */
export function createKitsService({ repo, clock }: YouthDeps) {
  function toItem(row: KitItemRow, locale: Locale, learned: ReadonlySet<string>): KitItem {
    const title = JSON.parse(row.title) as TranslatableText;
    const body = JSON.parse(row.body) as TranslatableText;
    const shownTitle = readIn(title, locale);
    const shownBody = readIn(body, locale);
    return {
      id: row.id,
      kind: row.kind === 'note' ? 'note' : 'phrase',
      hangul: row.hangul,
      romanization: row.romanization,
      title: writtenTexts(title) as Record<string, string>,
      body: writtenTexts(body) as Record<string, string>,
      display: {
        language: shownTitle.language,
        title: shownTitle.text,
        body: shownBody.text,
        source: shownTitle.source,
      },
      learned: learned.has(row.id),
    };
  }

  return {
    async list(actor: Actor, locale: Locale): Promise<{ items: KitItem[] }> {
      const [rows, learned] = await Promise.all([repo.kitItems(), repo.learnedBy(actor.userId)]);
      return { items: rows.map((row) => toItem(row, locale, learned)) };
    },

    /** A coordinator authors a card or note; a phrase card's romanization is computed from its Hangul. */
    async create(actor: Actor | null, body: KitItemBody, locale: Locale): Promise<KitItem> {
      const title = createTranslatable(body.title, body.originalLanguage, 'title', { maxLength: 200 });
      const text = createTranslatable(body.body ?? {}, body.originalLanguage, 'body', { required: false });
      const hangul = body.hangul?.trim() ?? '';
      if (body.kind === 'phrase' && !hangulPattern.test(hangul)) throw new AppError('HANGUL_REQUIRED');
      const row = {
        id: newId(),
        kind: body.kind,
        hangul: body.kind === 'phrase' ? hangul : null,
        romanization: body.kind === 'phrase' ? romanize(hangul) : null,
        title: JSON.stringify(title),
        body: JSON.stringify(text),
        created_by: actor?.userId ?? null,
        created_at: clock.now().toISOString(),
      };
      await repo.insertKitItem(row);
      return toItem((await repo.findKitItem(row.id)) as KitItemRow, locale, new Set());
    },

    async markLearned(actor: Actor, itemId: string, learned: boolean): Promise<void> {
      if ((await repo.findKitItem(itemId)) === undefined) throw new AppError('KIT_ITEM_NOT_FOUND');
      await repo.setLearned(actor.userId, itemId, learned);
    },

    countItems: () => repo.countKitItems(),
  };
}

export type KitsService = ReturnType<typeof createKitsService>;
