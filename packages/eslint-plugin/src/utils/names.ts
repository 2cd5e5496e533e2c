import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

/** The name a value is stored under: `apiKey` in `apiKey = …`, `{ apiKey: … }`, `this.apiKey = …`. */
export function nameOf(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.PrivateIdentifier:
      return node.name;
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' ? node.value : undefined;
    case AST_NODE_TYPES.MemberExpression:
      // obj.name, obj['name'] and obj[`name`] (a template with no expressions).
      if (!node.computed) return nameOf(node.property);
      return node.property.type === AST_NODE_TYPES.Literal || node.property.type === AST_NODE_TYPES.TemplateLiteral ? staticString(node.property) : undefined;
    case AST_NODE_TYPES.JSXIdentifier:
      return node.name;
    default:
      return undefined;
  }
}

/** The static string value of a literal, a template without expressions, or a `+` chain of them. */
export function staticString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const left = staticString(node.left);
    const right = left === undefined ? undefined : staticString(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}
