/**
 * Overlapping pairs of characters (code points), the index unit for Korean, Chinese and
 * Japanese: particles and missing spaces still leave most pairs of a noun intact. A single
 * character is its own n-gram.
 *
 * @example
 * characterBigrams('오산시') // ['오산', '산시']
 * characterBigrams('꽃') // ['꽃']
 */
export function characterBigrams(text: string): string[] {
  const characters = [...text];
  if (characters.length < 2) return characters;
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < characters.length; index++) {
    bigrams.push(`${characters[index]}${characters[index + 1]}`);
  }
  return bigrams;
}
