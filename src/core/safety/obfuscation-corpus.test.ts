import { describe, expect, it } from 'vitest';
import { benignCorpus } from './benign-corpus.js';
import { containsContactDetails, maskContactDetails } from './mask-contact-details.js';
import { obfuscationCorpus } from './obfuscation-corpus.js';

describe('obfuscated contact details', () => {
  it('has enough cases to mean something', () => {
    expect(obfuscationCorpus.length).toBeGreaterThanOrEqual(150);
    expect(benignCorpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(obfuscationCorpus)('masks %j', (text, masked) => {
    expect(maskContactDetails(text).text).toBe(masked);
    expect(containsContactDetails(text)).toBe(true);
  });

  it.each(benignCorpus)('leaves %j alone', (text) => {
    expect(maskContactDetails(text)).toEqual({ text, masked: [] });
    expect(containsContactDetails(text)).toBe(false);
  });

  it('counts what it masks', () => {
    const masked = obfuscationCorpus.filter(([text, expected]) => maskContactDetails(text).text === expected);
    const unchanged = benignCorpus.filter((text) => maskContactDetails(text).text === text);
    console.info(
      `masked ${masked.length} / tried ${obfuscationCorpus.length}; benign unchanged ${unchanged.length} / ${benignCorpus.length}`,
    );
    expect(masked.length).toBe(obfuscationCorpus.length);
    expect(unchanged.length).toBe(benignCorpus.length);
  });
});
