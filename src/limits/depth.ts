import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * How deep an operation's field selections nest: `{ city { country { name } } }` is 3.
 * Fragments count where they are spread (inline fragments add no level); introspection
 * fields (`__schema`, `__type`, `__typename`) are not counted, so that tools keep working
 * under a low limit. Each fragment is measured once, so spreading fragments many times
 * over cannot make this slow.
 */
export function operationDepth(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  const fragmentDepth = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A fragment spread inside itself is invalid GraphQL (validation refuses it); guard anyway.
    if (!fragment || measuring.has(name)) return 0;
    measuring.add(name);
    const depth = depthOf(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, depth);
    return depth;
  };

  function depthOf(set: SelectionSetNode | undefined): number {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith('__')) max = Math.max(max, 1 + depthOf(sel.selectionSet));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(sel.selectionSet));
      } else {
        max = Math.max(max, fragmentDepth(sel.name.value));
      }
    }
    return max;
  }

  return depthOf(operation.selectionSet);
}
