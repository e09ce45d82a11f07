import { describe, expect, it } from 'vitest';
import { bestOptionIds } from './poll-tally.js';

describe('bestOptionIds', () => {
  it('prefers the option most people can come to, if need be counted', () => {
    expect(
      bestOptionIds([
        { id: 'a', yes: 2, ifNeedBe: 0 },
        { id: 'b', yes: 1, ifNeedBe: 2 },
      ]),
    ).toEqual(['b']);
  });

  it('breaks a tie by plain yes answers, and keeps a true tie', () => {
    expect(
      bestOptionIds([
        { id: 'a', yes: 1, ifNeedBe: 1 },
        { id: 'b', yes: 2, ifNeedBe: 0 },
        { id: 'c', yes: 2, ifNeedBe: 0 },
      ]),
    ).toEqual(['b', 'c']);
  });

  it('marks nothing while no one can come', () => {
    expect(bestOptionIds([{ id: 'a', yes: 0, ifNeedBe: 0 }])).toEqual([]);
    expect(bestOptionIds([])).toEqual([]);
  });
});
