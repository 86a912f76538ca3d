/**
 * Min-cost max-flow by successive shortest paths (Dijkstra on reduced costs, binary heap).
 * Small on purpose: the planner's networks have a few hundred nodes and a few thousand arcs,
 * all costs are non-negative integers, so potentials start at zero and stay exact.
 */
export class MinCostFlow {
  private readonly nodeCount: number;
  private readonly head: Int32Array;
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];

  constructor(nodeCount: number) {
    this.nodeCount = nodeCount;
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds an arc and its residual twin; returns the arc's id for `flowOn`. */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (cost < 0) throw new Error('MinCostFlow: costs must be non-negative');
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  /** Flow currently on an arc returned by `addArc`. */
  flowOn(arc: number): number {
    return this.capacity[arc ^ 1]!;
  }

  /**
   * Pushes as much flow as possible from `source` to `sink` at the least cost (primal-dual: one
   * Dijkstra prices the nodes, then Dinic's blocking flow saturates every shortest path at
   * once — the planner's costs take few distinct values, so many paths tie).
   */
  run(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const potential = new Float64Array(n);
    const distance = new Float64Array(n);
    const level = new Int32Array(n);
    const cursor = new Int32Array(n);
    const queue = new Int32Array(n);
    const heap = new BinaryHeap(n * 4);
    let flow = 0;
    let total = 0;
    const reduced = (e: number, u: number) => this.cost[e]! + potential[u]! - potential[this.to[e]!]!;
    const admissible = (e: number, u: number) => this.capacity[e]! > 0 && reduced(e, u) === 0;

    const levels = (): boolean => {
      level.fill(-1);
      level[source] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = source;
      while (head < tail) {
        const u = queue[head++]!;
        for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
          const v = this.to[e]!;
          if (level[v]! < 0 && admissible(e, u)) {
            level[v] = level[u]! + 1;
            queue[tail++] = v;
          }
        }
      }
      return level[sink]! >= 0;
    };
    const augment = (u: number, limit: number): number => {
      if (u === sink) return limit;
      for (; cursor[u]! !== -1; cursor[u] = this.next[cursor[u]!]!) {
        const e = cursor[u]!;
        const v = this.to[e]!;
        if (level[v] !== level[u]! + 1 || !admissible(e, u)) continue;
        const pushed = augment(v, Math.min(limit, this.capacity[e]!));
        if (pushed > 0) {
          this.capacity[e]! -= pushed;
          this.capacity[e ^ 1]! += pushed;
          total += pushed * this.cost[e]!;
          return pushed;
        }
      }
      return 0;
    };

    for (;;) {
      distance.fill(Number.POSITIVE_INFINITY);
      distance[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const d = heap.topKey();
        const u = heap.pop();
        if (d > distance[u]!) continue;
        for (let e = this.head[u]!; e !== -1; e = this.next[e]!) {
          if (this.capacity[e]! <= 0) continue;
          const v = this.to[e]!;
          const nd = d + reduced(e, u);
          if (nd < distance[v]!) {
            distance[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      if (distance[sink] === Number.POSITIVE_INFINITY) break;
      // Nodes out of reach move by the sink's distance, which keeps every reduced cost ≥ 0.
      const far = distance[sink]!;
      for (let v = 0; v < n; v++) potential[v]! += Math.min(distance[v]!, far);
      while (levels()) {
        cursor.set(this.head);
        for (let pushed = augment(source, Number.POSITIVE_INFINITY); pushed > 0; ) {
          flow += pushed;
          pushed = augment(source, Number.POSITIVE_INFINITY);
        }
      }
    }
    return { flow, cost: total };
  }

  private push(from: number, to: number, capacity: number, cost: number) {
    this.to.push(to);
    this.capacity.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]!);
    this.head[from] = this.to.length - 1;
  }
}

/** A min-heap of (key, node) pairs; stale entries are skipped by the caller. */
class BinaryHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear() {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0]!;
  }

  push(key: number, node: number) {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.nodes[i] = this.nodes[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  pop(): number {
    const top = this.nodes[0]!;
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child += 1;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.nodes[i] = this.nodes[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
    return top;
  }
}
