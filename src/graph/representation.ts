// Who counts as an actor: the actor and the people or bodies that represent it ("Putin" counts as Russia),
// followed a fixed number of steps so a chain or a cycle of `represents` edges cannot merge everyone.
// Shared by the HTTP queries and the browser app, so both count an actor's positions the same way.

/** The little of a graphology graph this needs, so server and browser graphs both fit. */
export interface RepresentsGraph {
  forEachInEdge(node: string, callback: (edge: string, attributes: { relation: string }, source: string) => void): void;
}

/**
 * How far representation is followed: a spokesperson for a minister who represents a state counts as the state,
 * but no further, so a chain or cycle of `represents` edges cannot fold a whole network into one actor.
 */
export const REPRESENTATION_DEPTH = 2;

export function actorGroup(graph: RepresentsGraph, actor: string, depth = REPRESENTATION_DEPTH): Set<string> {
  const group = new Set([actor]);
  let frontier = [actor];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const cur of frontier) {
      graph.forEachInEdge(cur, (_e, attrs, source) => {
        if (attrs.relation === 'represents' && !group.has(source)) {
          group.add(source);
          next.push(source);
        }
      });
    }
    frontier = next;
  }
  return group;
}

/** The little of a graph the actor scope needs. */
export interface ScopeGraph extends RepresentsGraph {
  hasNode(node: string): boolean;
  getNodeAttribute(node: string, name: 'kind'): string;
  forEachNeighbor(node: string, callback: (neighbor: string) => void): void;
  forEachOutEdge(node: string, callback: (edge: string, attributes: { relation: string }, source: string, target: string) => void): void;
}

/**
 * What the `actor` filter keeps, the same in the API, the exports and the explorer: the actor and those who
 * represent it, their neighbours, whom or what those positions target or answer, and who holds the positions
 * aimed at the actor ("NATO non-expansion" is shown with Russia demanding it).
 */
export function actorScope(graph: ScopeGraph, actor: string): Set<string> {
  const scope = new Set<string>();
  if (!graph.hasNode(actor)) return scope;
  const group = actorGroup(graph, actor);
  for (const member of group) {
    scope.add(member);
    graph.forEachNeighbor(member, (n) => scope.add(n));
  }
  for (const node of [...scope]) {
    if (graph.getNodeAttribute(node, 'kind') === 'actor') continue;
    let aimedAtGroup = false;
    graph.forEachOutEdge(node, (_edge, attrs, _source, target) => {
      if (attrs.relation === 'targets' || attrs.relation === 'answers') scope.add(target);
      if (attrs.relation === 'targets' && group.has(target)) aimedAtGroup = true;
    });
    if (aimedAtGroup) {
      graph.forEachInEdge(node, (_edge, attrs, source) => {
        if (attrs.relation !== 'answers') scope.add(source);
      });
    }
  }
  return scope;
}
