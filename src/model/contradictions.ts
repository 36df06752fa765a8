/**
 * One statement that puts two things in order: `earlier` comes before `later`. The relation "A after B" is
 * `{ earlier: B, later: A }`; a claim about a date can be put the same way against a fixed point. `said` is
 * whatever the caller needs to show the statement (its path, its source).
 */
export interface OrderStatement<Said> {
  readonly earlier: string;
  readonly later: string;
  readonly said: Said;
}

/** Statements that cannot all be true together, in the order they were given. */
export interface Contradiction<Said> {
  readonly statements: readonly Said[];
}

/**
 * The one test for "these statements can't all be true": every cycle of order statements (A after B after
 * A) is a contradiction, reported once per strongly connected group with every statement inside it.
 * O(statements + things), iteratively, so a 100k-event chain cannot overflow the stack.
 */
export function contradictions<Said>(statements: readonly OrderStatement<Said>[]): Contradiction<Said>[] {
  const next = new Map<string, string[]>();
  for (const { earlier, later } of statements) {
    const out = next.get(earlier);
    if (out) out.push(later);
    else next.set(earlier, [later]);
  }
  const group = stronglyConnected(next);
  const found = new Map<number, Said[]>();
  for (const { earlier, later, said } of statements) {
    const g = group.get(earlier);
    if (g === undefined || g !== group.get(later)) continue;
    const list = found.get(g);
    if (list) list.push(said);
    else found.set(g, [said]);
  }
  return [...found.values()].map((list) => ({ statements: list }));
}

/** Tarjan's algorithm, with an explicit stack. Only nodes in a group of two or more (or a self-loop) get one. */
function stronglyConnected(next: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const group = new Map<string, number>();
  let counter = 0;
  let groups = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; edge: number };
      const edges = next.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge] as string;
        frame.edge += 1;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter);
          counter += 1;
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const members: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.node);
      const selfLoop = members.length === 1 && (next.get(frame.node) ?? []).includes(frame.node);
      if (members.length > 1 || selfLoop) {
        for (const m of members) group.set(m, groups);
        groups += 1;
      }
    }
  }
  return group;
}
