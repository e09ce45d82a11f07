import { describe, expect, it } from 'vitest';
import { catalogGaps } from '../../../core/i18n/translator.js';
import { errorStatuses } from '../errors/app-error.js';
import { serverCatalog, t } from './messages.js';

describe('server messages', () => {
  it('have every key in Finnish, Swedish, English and Korean', () => {
    expect(catalogGaps(serverCatalog)).toEqual([]);
  });

  it('have a message for every error code, in every language', () => {
    for (const code of Object.keys(errorStatuses)) {
      expect(t.has(`error.${code}`), code).toBe(true);
      for (const locale of ['fi', 'sv', 'en', 'ko'] as const) {
        const text = t(locale, `error.${code}` as Parameters<typeof t>[1], {
          field: 'email',
          minimumLength: 10,
          minimumAge: 13,
          // Always passed by the code that throws these (ROLE_NEEDS_ADULT, SEATS_BELOW_CONFIRMED).
          majorityAge: 19,
          confirmed: 3,
        });
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });

  it('keep one register in Korean: 해요체, never 합니다체', () => {
    for (const text of Object.values(serverCatalog.ko)) expect(text).not.toMatch(/습니다|십시오|합니까/);
  });
});
