import { describe, expect, it } from 'vitest';
import { catalog, type MessageKey } from './messages.js';

/**
 * A Korean particle takes its form from the word before it (오산은 but 에스포는; 2021은): after a
 * placeholder the code cannot know which form is right, so no text puts one there.
 */
const particleAfterPlaceholder = /\}\s?(은|는|이|가|을|를|과|와|으로|로|에서|에게|의|도|만)/;

const entries = Object.entries(catalog.ko) as [MessageKey, string][];

describe('Korean web texts', () => {
  it('never put a particle right after an interpolated name, number or time', () => {
    const offenders = entries.filter(([, text]) => particleAfterPlaceholder.test(text)).map(([key]) => key);
    expect(offenders).toEqual([]);
  });

  it('write the product name Silta in Latin letters, never 실타 (it reads like 싫다)', () => {
    expect(entries.filter(([, text]) => text.includes('실타')).map(([key]) => key)).toEqual([]);
  });

  it('call a circle 서클 and nothing else', () => {
    const circleKeys = entries.filter(([key]) => /^youth\.(circles?|matching)\./.test(key));
    expect(circleKeys.length).toBeGreaterThan(0);
    for (const [key, text] of circleKeys) expect(text, key).not.toMatch(/모임(?! 시간)/);
  });

  it('call a facilitator 진행자, as the role name does, never 퍼실리테이터', () => {
    expect(catalog.ko['role.facilitator']).toBe('진행자');
    expect(entries.filter(([, text]) => text.includes('퍼실리테이터')).map(([key]) => key)).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    for (const text of ['{city}에서', '{name}은', '{city} 의', '{count}도']) {
      expect(particleAfterPlaceholder.test(text), text).toBe(true);
    }
    for (const text of ['{name} 님이', '{count}개를', '{city} 시간']) {
      expect(particleAfterPlaceholder.test(text), text).toBe(false);
    }
  });
});
