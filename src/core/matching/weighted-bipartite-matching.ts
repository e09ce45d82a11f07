/**
 * A sparse bipartite graph in compressed rows: the edges of left vertex `i` are
 * `columns[rowStart[i] .. rowStart[i + 1])` with the same slice of `weights`. Weights must be
 * finite; only positive ones can be worth taking.
 */
export interface SparseBipartiteGraph {
  leftCount: number;
  rightCount: number;
  rowStart: Int32Array;
  columns: Int32Array;
  weights: Float64Array;
}

/** A matching as each left vertex's right mate (-1 for none), with its total weight. */
export interface BipartiteMatching {
  mateOfLeft: Int32Array;
  weight: number;
}

/** A binary min-heap of (key, vertex) with stale entries skipped by the caller (lazy deletion). */
class VertexHeap {
  keys = new Float64Array(64);
  vertices = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, vertex: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const vertices = new Int32Array(this.size * 2);
      vertices.set(this.vertices);
      this.vertices = vertices;
    }
    let at = this.size;
    this.size += 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = this.keys[parent] as number;
      if (parentKey <= key) break;
      this.keys[at] = parentKey;
      this.vertices[at] = this.vertices[parent] as number;
      at = parent;
    }
    this.keys[at] = key;
    this.vertices[at] = vertex;
  }

  /** Removes the minimum; read `topKey`/`topVertex` before calling. */
  pop(): void {
    this.size -= 1;
    const key = this.keys[this.size] as number;
    const vertex = this.vertices[this.size] as number;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && (this.keys[child + 1] as number) < (this.keys[child] as number)) {
        child += 1;
      }
      if ((this.keys[child] as number) >= key) break;
      this.keys[at] = this.keys[child] as number;
      this.vertices[at] = this.vertices[child] as number;
      at = child;
    }
    this.keys[at] = key;
    this.vertices[at] = vertex;
  }
}

/**
 * A maximum-weight matching (not necessarily of maximum size) of a sparse bipartite graph, exact:
 * the Hungarian method in its shortest-augmenting-path form (Jonker–Volgenant), with Dijkstra over
 * the sparse edges and column potentials. Each left vertex gets a private "stay single" column of
 * weight 0, so every search ends by the time it reaches weight 0 and explores only the part of the
 * graph that can still pay off. O(n · m log m) in the worst case, far less on sparse graphs whose
 * vertices have their best partners free. Deterministic: ties go to the lower index.
 *
 * @example
 * // Left 0 likes right 0 (3) and right 1 (2); left 1 likes only right 0 (2): 0–1 and 1–0 weigh 4.
 * maxWeightBipartiteMatching({ leftCount: 2, rightCount: 2, rowStart: Int32Array.of(0, 2, 3),
 *   columns: Int32Array.of(0, 1, 0), weights: Float64Array.of(3, 2, 2) }).weight // 4
 */
export function maxWeightBipartiteMatching(graph: SparseBipartiteGraph): BipartiteMatching {
  const { leftCount, rightCount, rowStart, columns, weights } = graph;
  // Columns 0..rightCount-1 are real; column rightCount + i is left vertex i's "stay single".
  const columnCount = rightCount + leftCount;
  const potential = new Float64Array(columnCount);
  const mateOfColumn = new Int32Array(columnCount).fill(-1);
  const mateOfLeft = new Int32Array(leftCount).fill(-1); // a column number, possibly a single's
  const distance = new Float64Array(columnCount);
  const previousLeft = new Int32Array(columnCount);
  const previousEdge = new Int32Array(columnCount); // -1 for a single's column
  const mateEdge = new Int32Array(leftCount).fill(-1);
  const reachedAt = new Int32Array(columnCount).fill(-1); // which search last labelled the column
  const scanned = new Int32Array(columnCount).fill(-1); // which search finalised the column
  const scannedList = new Int32Array(columnCount);
  const heap = new VertexHeap();

  for (let source = 0; source < leftCount; source += 1) {
    heap.clear();
    let scannedCount = 0;
    // Costs are negated weights; labels are path costs reduced by the column potentials.
    const relaxRow = (row: number, base: number): void => {
      for (let e = rowStart[row] as number; e < (rowStart[row + 1] as number); e += 1) {
        const column = columns[e] as number;
        if (scanned[column] === source) continue;
        const label = base - (weights[e] as number) - (potential[column] as number);
        if (reachedAt[column] !== source || label < (distance[column] as number)) {
          reachedAt[column] = source;
          distance[column] = label;
          previousLeft[column] = row;
          previousEdge[column] = e;
          heap.push(label, column);
        }
      }
      const single = rightCount + row;
      if (scanned[single] !== source) {
        const label = base - (potential[single] as number);
        if (reachedAt[single] !== source || label < (distance[single] as number)) {
          reachedAt[single] = source;
          distance[single] = label;
          previousLeft[single] = row;
          previousEdge[single] = -1;
          heap.push(label, single);
        }
      }
    };
    relaxRow(source, 0);
    let target = -1;
    let targetDistance = 0;
    while (heap.size > 0) {
      const label = heap.keys[0] as number;
      const column = heap.vertices[0] as number;
      heap.pop();
      if (scanned[column] === source || label > (distance[column] as number)) continue;
      scanned[column] = source;
      scannedList[scannedCount] = column;
      scannedCount += 1;
      const row = mateOfColumn[column] as number;
      if (row === -1) {
        target = column;
        targetDistance = label;
        break;
      }
      // Leaving `row`'s current column refunds its cost: base = label + weight(row, column) + potential.
      const edge = mateEdge[row] as number;
      const leftWeight = edge < 0 ? 0 : (weights[edge] as number);
      relaxRow(row, label + leftWeight + (potential[column] as number));
    }
    // The source's own single column is always reachable, so a target always exists.
    for (let k = 0; k < scannedCount; k += 1) {
      const column = scannedList[k] as number;
      potential[column] = (potential[column] as number) + (distance[column] as number) - targetDistance;
    }
    let column = target;
    while (column !== -1) {
      const row = previousLeft[column] as number;
      const next = row === source ? -1 : (mateOfLeft[row] as number);
      mateOfColumn[column] = row;
      mateOfLeft[row] = column;
      mateEdge[row] = previousEdge[column] as number;
      column = next;
    }
  }

  let weight = 0;
  const mates = new Int32Array(leftCount).fill(-1);
  for (let row = 0; row < leftCount; row += 1) {
    const edge = mateEdge[row] as number;
    if (edge >= 0) {
      mates[row] = columns[edge] as number;
      weight += weights[edge] as number;
    }
  }
  return { mateOfLeft: mates, weight };
}
