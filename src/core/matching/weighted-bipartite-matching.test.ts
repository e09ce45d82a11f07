import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightBipartiteMatching, type SparseBipartiteGraph } from './weighted-bipartite-matching.js';

/** The best matching weight by trying every set of right vertices for each left vertex in turn. */
function bruteForceWeight(graph: SparseBipartiteGraph): number {
  const best = new Map<string, number>();
  const solve = (row: number, usedRight: number): number => {
    if (row === graph.leftCount) return 0;
    const key = `${row}:${usedRight}`;
    const known = best.get(key);
    if (known !== undefined) return known;
    let value = solve(row + 1, usedRight);
    for (let e = graph.rowStart[row] as number; e < (graph.rowStart[row + 1] as number); e += 1) {
      const column = graph.columns[e] as number;
      if (usedRight & (1 << column)) continue;
      value = Math.max(value, (graph.weights[e] as number) + solve(row + 1, usedRight | (1 << column)));
    }
    best.set(key, value);
    return value;
  };
  return solve(0, 0);
}

const graphs = fc
  .record({ leftCount: fc.integer({ min: 0, max: 8 }), rightCount: fc.integer({ min: 0, max: 8 }) })
  .chain(({ leftCount, rightCount }) =>
    fc
      .array(
        fc.array(
          fc.option(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.double({ min: 0.5, max: 3, noNaN: true })), {
            nil: undefined,
            freq: 2,
          }),
          { minLength: rightCount, maxLength: rightCount },
        ),
        { minLength: leftCount, maxLength: leftCount },
      )
      .map((matrix): SparseBipartiteGraph => {
        const rowStart = [0];
        const columns: number[] = [];
        const weights: number[] = [];
        for (const row of matrix) {
          row.forEach((weight, column) => {
            if (weight === undefined) return;
            columns.push(column);
            weights.push(weight);
          });
          rowStart.push(columns.length);
        }
        return {
          leftCount,
          rightCount,
          rowStart: Int32Array.from(rowStart),
          columns: Int32Array.from(columns),
          weights: Float64Array.from(weights),
        };
      }),
  );

describe('maxWeightBipartiteMatching', () => {
  it('finds a matching as heavy as the best of all, using only edges, each vertex once', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const { mateOfLeft, weight } = maxWeightBipartiteMatching(graph);
        const usedRight = new Set<number>();
        let total = 0;
        mateOfLeft.forEach((column, row) => {
          if (column === -1) return;
          expect(usedRight.has(column)).toBe(false);
          usedRight.add(column);
          let edge = -1;
          for (let e = graph.rowStart[row] as number; e < (graph.rowStart[row + 1] as number); e += 1) {
            if (graph.columns[e] === column) edge = e;
          }
          expect(edge).toBeGreaterThanOrEqual(0);
          total += graph.weights[edge] as number;
        });
        expect(weight).toBeCloseTo(total, 9);
        expect(weight).toBeCloseTo(bruteForceWeight(graph), 9);
      }),
      { numRuns: 500 },
    );
  });

  it('prefers two lighter pairs to one heavy pair when together they weigh more', () => {
    // 0–0 weighs 3, but 0–1 (2) and 1–0 (2) weigh 4.
    const graph: SparseBipartiteGraph = {
      leftCount: 2,
      rightCount: 2,
      rowStart: Int32Array.of(0, 2, 3),
      columns: Int32Array.of(0, 1, 0),
      weights: Float64Array.of(3, 2, 2),
    };
    expect([...maxWeightBipartiteMatching(graph).mateOfLeft]).toEqual([1, 0]);
    // With 0–1 at 0.5 the heavy pair alone is better.
    const lighter = { ...graph, weights: Float64Array.of(3, 0.5, 2) };
    expect(maxWeightBipartiteMatching(lighter)).toEqual({ mateOfLeft: Int32Array.of(0, -1), weight: 3 });
  });
});
