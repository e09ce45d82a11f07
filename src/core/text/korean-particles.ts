// Postpositions and endings that stick to nouns, longest first so 에서는 wins over 는.
const particles = [
  '에서부터',
  '으로부터',
  '에게서',
  '한테서',
  '에서는',
  '에서도',
  '에서의',
  '으로는',
  '으로서',
  '으로써',
  '까지는',
  '부터는',
  '에게는',
  '이라고',
  '이라는',
  '에서',
  '에게',
  '한테',
  '께서',
  '으로',
  '로서',
  '로써',
  '까지',
  '부터',
  '보다',
  '처럼',
  '만큼',
  '하고',
  '이랑',
  '이나',
  '에는',
  '에도',
  '와는',
  '과는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '와',
  '과',
  '도',
  '로',
  '만',
];

/** A noun shorter than this is not stripped: 마을 (village) must not lose 을. */
const minimumNounLength = 2;

/**
 * The word without a trailing particle, or undefined when none is found. Korean writes
 * particles on the noun (오산시에서, 정원을); the bare noun is the better search term.
 *
 * @example
 * stripKoreanParticle('오산시에서') // '오산시'
 * stripKoreanParticle('정원을') // '정원'
 * stripKoreanParticle('마을') // undefined
 */
export function stripKoreanParticle(word: string): string | undefined {
  const syllables = [...word];
  for (const particle of particles) {
    if (!word.endsWith(particle)) continue;
    const nounLength = syllables.length - [...particle].length;
    if (nounLength >= minimumNounLength) return syllables.slice(0, nounLength).join('');
  }
  return undefined;
}
