import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, decideAdmission } from './age.js';

const espoo = { consentAge: 13, majorityAge: 18 };
const osan = { consentAge: 14, majorityAge: 19 };

const day = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('ageOn', () => {
  it('counts completed years', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2010-12-31', '2011-01-01')).toBe(0);
  });

  it('lets someone born on 29 February age on 1 March in common years', () => {
    expect(ageOn('2012-02-29', '2025-02-28')).toBe(12);
    expect(ageOn('2012-02-29', '2025-03-01')).toBe(13);
    expect(ageOn('2012-02-29', '2024-02-29')).toBe(12);
  });

  it('never decreases as days pass and grows by exactly one on each birthday', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, later] = a <= b ? [a, b] : [b, a];
        const age = ageOn(birth, later);
        expect(age).toBeGreaterThanOrEqual(0);
        const next = new Date(`${later}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        const nextAge = ageOn(birth, next.toISOString().slice(0, 10));
        expect(nextAge - age).toBeGreaterThanOrEqual(0);
        expect(nextAge - age).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('decideAdmission', () => {
  it('refuses under 13 in every city and a birth date in the future', () => {
    expect(decideAdmission('2014-01-01', '2026-12-31', espoo)).toEqual({
      admitted: false,
      reason: 'too_young',
    });
    expect(decideAdmission('2027-01-01', '2026-12-31', osan)).toEqual({
      admitted: false,
      reason: 'born_in_future',
    });
  });

  it('asks a guardian below the city’s digital-consent age: Finland 13, Korea 14', () => {
    const thirteen = '2013-01-01';
    expect(decideAdmission(thirteen, '2026-06-01', espoo)).toMatchObject({
      admitted: true,
      needsGuardianConsent: false,
    });
    expect(decideAdmission(thirteen, '2026-06-01', osan)).toMatchObject({
      admitted: true,
      needsGuardianConsent: true,
    });
  });

  it('knows minors by the city’s age of majority: Finland 18, Korea 19', () => {
    const eighteen = '2008-01-01';
    expect(decideAdmission(eighteen, '2026-06-01', espoo)).toMatchObject({ minor: false, age: 18 });
    expect(decideAdmission(eighteen, '2026-06-01', osan)).toMatchObject({ minor: true, age: 18 });
  });

  it('needs consent exactly when admitted and younger than the consent age', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 13, max: 16 }), (birth, today, consentAge) => {
        const decision = decideAdmission(birth, today, { consentAge, majorityAge: 18 });
        if (birth > today) {
          expect(decision.admitted).toBe(false);
          return;
        }
        const age = ageOn(birth, today);
        expect(decision.admitted).toBe(age >= 13);
        if (decision.admitted) expect(decision.needsGuardianConsent).toBe(age < consentAge);
      }),
    );
  });
});
