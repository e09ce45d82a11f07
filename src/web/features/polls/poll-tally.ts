import type { PollOption } from './polls-api.js';

/**
 * The options most people can make: first by everyone who can come (yes or if need be), then by
 * those who said a plain yes. Empty while no one can come to any option.
 *
 * @example bestOptionIds([{ id: 'a', yes: 2, ifNeedBe: 0, no: 1 }, { id: 'b', yes: 1, ifNeedBe: 2, no: 0 }]) // ['b']
 */
export function bestOptionIds(options: readonly Pick<PollOption, 'id' | 'yes' | 'ifNeedBe'>[]): string[] {
  const canCome = (option: Pick<PollOption, 'yes' | 'ifNeedBe'>) => option.yes + option.ifNeedBe;
  let best: Pick<PollOption, 'yes' | 'ifNeedBe'> | undefined;
  for (const option of options) {
    if (canCome(option) === 0) continue;
    if (
      best === undefined ||
      canCome(option) > canCome(best) ||
      (canCome(option) === canCome(best) && option.yes > best.yes)
    )
      best = option;
  }
  if (best === undefined) return [];
  const top = best;
  return options
    .filter((option) => canCome(option) === canCome(top) && option.yes === top.yes)
    .map((option) => option.id);
}
