import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How many aliased fields an operation resolves: `{ a: city(id: "x") { id } b: city(id: "y") { id } }`
 * has 2. Each alias is resolved on its own, so a thousand aliases of one cheap field are a
 * thousand reads; the limits plugin refuses operations with more than `maxAliases`.
 * Fragments count every time they are spread (each fragment is measured once, so
 * spreading fragments many times over cannot make this slow).
 */
export function operationAliases(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  const fragmentAliases = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || measuring.has(name)) return 0;
    measuring.add(name);
    const n = count(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, n);
    return n;
  };

  function count(set: SelectionSetNode | undefined): number {
    if (!set) return 0;
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias && sel.alias.value !== sel.name.value) n += 1;
        n += count(sel.selectionSet);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        n += count(sel.selectionSet);
      } else {
        n += fragmentAliases(sel.name.value);
      }
      // Saturate: the exact figure does not matter past any sane limit.
      if (n > 1_000_000) return n;
    }
    return n;
  }

  return count(operation.selectionSet);
}

/**
 * A lower bound of the aliases in a query text, read with the lexer before the text is
 * parsed or validated (validating a thousand aliased fields takes longer than refusing
 * them should): a name followed by `:` outside parentheses is an alias (inside them it is
 * an argument, a variable definition or an input field). Fragments count once here; the
 * exact count (operationAliases) runs after validation.
 */
export function sourceAliases(source: string, stopAt = Number.MAX_SAFE_INTEGER): number {
  const lexer = new Lexer(new Source(source));
  let parens = 0;
  let aliases = 0;
  let previous: TokenKind | undefined;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (token.kind === TokenKind.PAREN_L) parens += 1;
      else if (token.kind === TokenKind.PAREN_R) parens -= 1;
      else if (token.kind === TokenKind.COLON && parens === 0 && previous === TokenKind.NAME && ++aliases > stopAt) return aliases;
      previous = token.kind;
    }
  } catch {
    // A syntax error: the parser will report it.
  }
  return aliases;
}
