import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEstablishedReporter, type ReportVoice, reportsHide } from './reports-hide.js';

const voice = fc.record({ cityId: fc.constantFrom('espoo', 'osan', 'tartu'), established: fc.boolean() });

describe('reportsHide', () => {
  it('never hides on reports of new or unverified accounts alone, however many', () => {
    fc.assert(
      fc.property(
        fc.array(voice, { maxLength: 50 }),
        fc.integer({ min: 1, max: 10 }),
        (reports, threshold) => {
          const fresh = reports.map((r): ReportVoice => ({ ...r, established: false }));
          expect(reportsHide(fresh, threshold)).toBe(false);
        },
      ),
    );
  });

  it('never hides on one city’s reports alone', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 50 }), (flags) => {
        expect(
          reportsHide(
            flags.map((established) => ({ cityId: 'espoo', established })),
            1,
          ),
        ).toBe(false);
      }),
    );
  });

  it('hides at the threshold once established reporters of two cities are among the reports', () => {
    const reports: ReportVoice[] = [
      { cityId: 'espoo', established: true },
      { cityId: 'espoo', established: false },
      { cityId: 'osan', established: true },
    ];
    expect(reportsHide(reports.slice(0, 2), 3)).toBe(false);
    expect(reportsHide(reports, 3)).toBe(true);
    expect(reportsHide(reports, 4)).toBe(false);
  });

  it('is monotone: another report never un-hides', () => {
    fc.assert(
      fc.property(
        fc.array(voice, { maxLength: 30 }),
        voice,
        fc.integer({ min: 1, max: 6 }),
        (reports, extra, threshold) => {
          if (reportsHide(reports, threshold)) expect(reportsHide([...reports, extra], threshold)).toBe(true);
        },
      ),
    );
  });
});

describe('isEstablishedReporter', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it('needs a verified e-mail and a day of age', () => {
    expect(isEstablishedReporter({ emailVerified: true, createdAt: '2026-12-02T12:00:00Z' }, now)).toBe(true);
    expect(isEstablishedReporter({ emailVerified: true, createdAt: '2026-12-02T12:00:01Z' }, now)).toBe(
      false,
    );
    expect(isEstablishedReporter({ emailVerified: false, createdAt: '2026-01-01T00:00:00Z' }, now)).toBe(
      false,
    );
    expect(isEstablishedReporter({ emailVerified: true, createdAt: 'not a date' }, now)).toBe(false);
  });
});
