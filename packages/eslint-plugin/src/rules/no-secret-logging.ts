import { isKeyLikeName, isSecretKeyName, redact } from '@keyward/core';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { nameOf } from '../utils/names.js';

export type Options = [
  {
    loggers?: string[];
  },
];
export type MessageIds = 'secretLogged';

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log', 'verbose', 'silly', 'http', 'critical', 'notice']);
/** Logger objects recognised by default; the `loggers` option adds to these. */
const DEFAULT_LOGGERS: readonly string[] = Object.freeze(['console', 'logger', 'log', 'pino', 'winston', 'fastify.log', 'req.log', 'request.log', 'this.logger', 'this.log']);

/** Whether an environment variable names a secret: core's judge, as for every other name. */
const secretEnvName = (name: string): boolean => isSecretKeyName(name) || isKeyLikeName(name);

/** The dotted source text of a callee object (`this.logger`, `req.log`), if it is a plain chain. */
function dotted(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
    const object = dotted(node.object);
    return object && node.property.type === AST_NODE_TYPES.Identifier ? `${object}.${node.property.name}` : undefined;
  }
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: 'no-secret-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passing secrets to loggers, the console or error messages',
      recommended: true,
    },
    messages: {
      secretLogged: '{{what}} looks like a secret and reaches {{sink}}. Log a masked form (mask() from @keyward/core) or leave it out.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: { type: 'array', items: { type: 'string' }, description: 'More objects whose level methods are loggers (e.g. "app.logger"), added to DEFAULT_LOGGERS; names ending in "logger" or "log" always are.' },
        },
      },
    ],
  },
  defaultOptions: [{ loggers: [] }],
  create(context, [options]) {
    // Options extend the defaults: `loggers: ['app.audit']` keeps console, logger, req.log …
    const loggers = new Set([...DEFAULT_LOGGERS, ...(options.loggers ?? [])]);
    const text = (n: TSESTree.Node): string => context.sourceCode.getText(n);

    const isLogger = (object: TSESTree.Node): boolean => {
      const name = dotted(object);
      if (!name) return false;
      const last = name.slice(name.lastIndexOf('.') + 1);
      return loggers.has(name) || /(?:^|[a-z])(?:[Ll]ogger|[Ll]og)$/.test(last) || last === 'console';
    };

    /** A description of the secret `node` evaluates to, or undefined. */
    const secretIn = (node: TSESTree.Node): string | undefined => {
      switch (node.type) {
        case AST_NODE_TYPES.Identifier:
          return isSecretKeyName(node.name) ? `"${node.name}"` : undefined;
        case AST_NODE_TYPES.MemberExpression: {
          const object = node.object;
          // process.env.NOTION_TOKEN
          if (object.type === AST_NODE_TYPES.MemberExpression && nameOf(object) === 'env' && text(object.object) === 'process') {
            const variable = nameOf(node);
            return variable && secretEnvName(variable) ? `process.env.${variable}` : undefined;
          }
          const name = nameOf(node);
          return name && isSecretKeyName(name) ? `"${text(node)}"` : undefined;
        }
        case AST_NODE_TYPES.CallExpression:
          if (node.callee.type === AST_NODE_TYPES.MemberExpression && nameOf(node.callee) === 'reveal') return `${text(node.callee)}()`;
          return undefined;
        case AST_NODE_TYPES.TemplateLiteral:
          for (const e of node.expressions) {
            const found = secretIn(e);
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.BinaryExpression:
          return secretIn(node.left) ?? secretIn(node.right);
        case AST_NODE_TYPES.ObjectExpression:
          for (const p of node.properties) {
            if (p.type === AST_NODE_TYPES.SpreadElement) continue;
            const key = nameOf(p.key);
            if (key && isSecretKeyName(key) && p.value.type !== AST_NODE_TYPES.Literal) return `property "${key}"`;
            const found = secretIn(p.value);
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.ArrayExpression:
          for (const e of node.elements) {
            const found = e && e.type !== AST_NODE_TYPES.SpreadElement ? secretIn(e) : undefined;
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.ChainExpression:
          return secretIn(node.expression);
        default:
          return undefined;
      }
    };

    const checkArgs = (args: readonly TSESTree.CallExpressionArgument[], sink: string): void => {
      for (const arg of args) {
        const found = arg.type === AST_NODE_TYPES.SpreadElement ? undefined : secretIn(arg);
        // The message quotes source text, which can hold a token (vault["ntn_…"]): redacted.
        if (found) context.report({ node: arg, messageId: 'secretLogged', data: { what: redact(found), sink: redact(sink) } });
      }
    };

    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = nameOf(callee);
        if (!method || !LEVELS.has(method) || !isLogger(callee.object)) return;
        checkArgs(node.arguments, `${dotted(callee.object) ?? 'a logger'}.${method}()`);
      },
      NewExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && /Error$/.test(node.callee.name)) {
          checkArgs(node.arguments.slice(0, 1), `the ${node.callee.name} message`);
        }
      },
    } satisfies TSESLint.RuleListener;
  },
});
