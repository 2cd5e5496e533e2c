import { isKeyLikeName, isSecretKeyName } from '@keyward/core';
import { AST_NODE_TYPES, ASTUtils, type ParserServicesWithTypeInformation, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Type } from 'typescript';
import { createRule } from '../utils/create-rule.js';
import { projectConfig } from '../utils/config.js';
import { nameOf } from '../utils/names.js';
import { maskSource, quoteSource } from '../utils/quote.js';

// Calls that only convert their argument to text, which a log line then prints.
const CONVERSIONS = new Set(['JSON.stringify', 'String', 'encodeURIComponent', 'encodeURI', 'util.format', 'util.inspect', '.format', 'btoa']);
// Methods whose result holds all of the value they are called on (`token.trim()`, `parts.join(':')`);
// `concat` holds its arguments too. Not slice or replace, which are how code masks a value.
const WHOLE_VALUE_METHODS = new Set(['toString', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'padStart', 'padEnd', 'normalize', 'valueOf', 'join', 'concat']);
/** Assignments a `let` or `var` is followed through (`let line = 'key '; line += apiKey; log(line)`). */
const MAX_WRITES = 8;

export type Options = [
  {
    loggers?: string[];
    safeLoggers?: string[];
  },
];
export type MessageIds = 'secretLogged';

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log', 'verbose', 'silly', 'http', 'critical', 'notice']);
/**
 * The console's other printing methods and the argument each starts printing at: dir and table
 * print an object, group a label, assert and timeLog what follows their condition or label.
 */
const CONSOLE_PRINTS = new Map([
  ['dir', 0],
  ['dirxml', 0],
  ['table', 0],
  ['group', 0],
  ['groupCollapsed', 0],
  ['assert', 1],
  ['timeLog', 1],
]);
/** Packages whose default export makes a logging function: `const debug = require('debug')('app')`. */
const LOG_FUNCTION_PACKAGES = new Set(['debug']);
/** Logger objects recognised by default; the `loggers` option adds to these. */
const DEFAULT_LOGGERS: readonly string[] = Object.freeze(['console', 'logger', 'log', 'pino', 'winston', 'fastify.log', 'req.log', 'request.log', 'this.logger', 'this.log']);

/** Words every sink this rule checks must spell: a level method or an Error constructor. */
const SINK_WORDS = /trace|debug|info|warn|error|fatal|log|verbose|silly|http|critical|notice|Error|console|std(?:out|err)/;

/** Packages whose loggers mask secrets themselves: logging into them is safe. */
const MASKING_PACKAGES = new Set(['@keyward/logger']);
/** How many `const` hops a value is followed back through (`const a = env.X; const b = a; log(b)`). */
const FOLLOW_DEPTH = 4;

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
          safeLoggers: { type: 'array', items: { type: 'string' }, description: 'Loggers that mask secrets themselves (e.g. "fastify.log" when fastify runs @keyward/logger); loggers made by @keyward/logger in the same file are recognised without this.' },
        },
      },
    ],
  },
  defaultOptions: [{ loggers: [], safeLoggers: [] }],
  create(context, [options]) {
    // A file that names no log level and no Error (and hides nothing behind an escape) has no
    // sink to check: no listeners at all.
    const source = context.sourceCode.text;
    if (!SINK_WORDS.test(source) && !source.includes('\\')) return {};
    // Options extend the defaults: `loggers: ['app.audit']` keeps console, logger, req.log …
    const loggers = new Set([...DEFAULT_LOGGERS, ...(options.loggers ?? [])]);
    // Source text as messages quote it: a literal or comment that holds a token is left out (quoteSource).
    const project = projectConfig(context.cwd);
    const text = (n: TSESTree.Node): string => quoteSource(context.sourceCode.getText(n), project);

    // Loggers that mask: declared safe, or made in this file by a masking package's export.
    const safe = new Set(options.safeLoggers ?? []);
    const maskingImports = new Set<string>();
    const makesSafeLogger = (init: TSESTree.Node | null): boolean => {
      if (!init) return false;
      if (init.type === AST_NODE_TYPES.AwaitExpression) return makesSafeLogger(init.argument);
      if (init.type === AST_NODE_TYPES.Identifier) return maskingImports.has(init.name) || safe.has(init.name);
      if (init.type === AST_NODE_TYPES.MemberExpression) return makesSafeLogger(init.object);
      if (init.type === AST_NODE_TYPES.CallExpression) return makesSafeLogger(init.callee);
      return false;
    };
    const isMaskingSource = (node: TSESTree.Node | null | undefined): boolean =>
      node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && MASKING_PACKAGES.has(node.value);
    const isLogFunctionSource = (node: TSESTree.Node | null | undefined): boolean =>
      node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && LOG_FUNCTION_PACKAGES.has(node.value);

    // Functions that print what they are given, by the name they are called by: a logger's
    // method taken off it (`const log = console.log`, `const { error } = console`,
    // `logger.info.bind(logger)`) and the `debug` package's functions (`require('debug')('app')`),
    // each with the sink a message names and the first argument it prints.
    const printers = new Map<string, { sink: string; from: number; to?: number; debug?: true }>();
    const logFactories = new Set<string>();

    // With type information (recommendedTypeChecked), a value typed Secret is known: logging it
    // prints its mask, and .reveal() counts only on a Secret.
    // Read directly: getParserServices() throws under ESLint's own parser (plain JavaScript).
    const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
    const checker = services?.program?.getTypeChecker();
    /** 'secret' / 'other' when types say, undefined without type information (or for any). */
    const secretType = (node: TSESTree.Node): 'secret' | 'other' | undefined => {
      if (!checker) return undefined;
      const tsNode = services?.esTreeNodeToTSNodeMap?.get(node);
      if (!tsNode) return undefined;
      const type = checker.getTypeAtLocation(tsNode);
      if (type.flags & 1 /* Any */ || type.flags & 2 /* Unknown */) return undefined;
      // Every member a Secret (null and undefined aside): `string | Secret` may be the raw string.
      const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (32768 /* Undefined */ | 65536 /* Null */)));
      return parts.length > 0 && parts.every(isKeywardSecret) ? 'secret' : 'other';
    };

    /** @keyward/core's Secret, by its declaration (aws-cdk and others have a Secret of their own). */
    function isKeywardSecret(t: Type): boolean {
      const symbol = t.aliasSymbol ?? t.getSymbol();
      if (symbol?.getName() !== 'Secret') return false;
      return (symbol.getDeclarations() ?? []).some((d) => isKeywardCoreFile(d.getSourceFile().fileName));
    }

    /** The variable an identifier names, and its definition when it has exactly one. */
    const declarationOf = (node: TSESTree.Identifier) => {
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node.name);
      return { variable, def: variable?.defs.length === 1 ? variable.defs[0] : undefined };
    };

    /**
     * The values an identifier is given: a `const`'s initialiser, or a `let`'s or `var`'s
     * initialiser and every assignment to it (`+=` appends its right side), up to MAX_WRITES.
     */
    const valuesOf = (node: TSESTree.Identifier): TSESTree.Expression[] => {
      const { variable, def } = declarationOf(node);
      if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier) return [];
      const values: TSESTree.Expression[] = def.node.init ? [def.node.init] : [];
      if (def.parent.kind === 'const') return values;
      for (const ref of variable?.references ?? []) {
        const written = ref.isWrite() ? ref.writeExpr : undefined;
        if (!written || written === def.node.init) continue;
        if (values.length >= MAX_WRITES) break;
        values.push(written as TSESTree.Expression);
      }
      return values;
    };

    /** Whether `node` is process.env, or a const or destructured name for it (`const { env } = process`). */
    const isProcessEnv = (node: TSESTree.Node): boolean => {
      if (node.type === AST_NODE_TYPES.MemberExpression) return nameOf(node) === 'env' && node.object.type === AST_NODE_TYPES.Identifier && node.object.name === 'process';
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const { def } = declarationOf(node);
      if (def?.type !== 'Variable' || def.parent.kind !== 'const' || !def.node.init) return false;
      const init = def.node.init;
      if (def.node.id.type === AST_NODE_TYPES.Identifier) return init.type === AST_NODE_TYPES.MemberExpression && isProcessEnv(init);
      // const { env } = process / const { env: e } = process
      return (
        def.node.id.type === AST_NODE_TYPES.ObjectPattern &&
        init.type === AST_NODE_TYPES.Identifier &&
        init.name === 'process' &&
        def.node.id.properties.some((p) => p.type === AST_NODE_TYPES.Property && nameOf(p.key) === 'env' && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === node.name)
      );
    };

    const isLogger = (object: TSESTree.Node): boolean => {
      const name = dotted(object);
      if (!name) return false;
      const last = name.slice(name.lastIndexOf('.') + 1);
      return loggers.has(name) || /(?:^|[a-z])(?:[Ll]ogger|[Ll]og)$/.test(last) || last === 'console';
    };

    /**
     * The sink a call to `object.method(…)` prints into and its first printed argument: a level
     * method of a logger, another printing method of the console, or process.stdout/stderr.write;
     * undefined for anything else and for a logger that masks.
     */
    const sinkOf = (object: TSESTree.Node, method: string): { sink: string; from: number; to?: number } | undefined => {
      const name = dotted(object);
      if (name === 'process.stdout' || name === 'process.stderr') return method === 'write' ? { sink: `${name}.write()`, from: 0 } : undefined;
      // A child logger's bindings are printed in every line it writes (its options are not).
      if ((method === 'child' || method === 'setBindings') && isLogger(object)) return name !== undefined && safe.has(name) ? undefined : { sink: `${name ?? 'a logger'}.${method}() bindings`, from: 0, to: 1 };
      const from = LEVELS.has(method) ? (isLogger(object) ? 0 : undefined) : name === 'console' ? CONSOLE_PRINTS.get(method) : undefined;
      if (from === undefined || (name !== undefined && safe.has(name))) return undefined;
      return { sink: `${name ?? 'a logger'}.${method}()`, from };
    };

    /** A description of the secret `node` evaluates to, or undefined. */
    const secretIn = (node: TSESTree.Node, depth = 0): string | undefined => {
      if (secretType(node) === 'secret') return undefined; // a Secret logs as its mask
      switch (node.type) {
        case AST_NODE_TYPES.Identifier: {
          if (isSecretKeyName(node.name)) return `"${node.name}"`;
          // Followed back through what it is given: `const h = \`Bearer ${process.env.KEY}\`; log(h)`,
          // `let line = 'key: '; line += apiKey; log(line)`.
          if (depth >= FOLLOW_DEPTH) return undefined;
          for (const value of valuesOf(node)) {
            const from = secretIn(value, depth + 1);
            if (from) return `"${node.name}" (from ${from.replace(/^"(.*)"$/, '$1')})`;
          }
          return undefined;
        }
        case AST_NODE_TYPES.MemberExpression: {
          const object = node.object;
          // process.env.NOTION_TOKEN, env.NOTION_TOKEN after `const { env } = process`
          if (isProcessEnv(object)) {
            const variable = nameOf(node);
            return variable && secretEnvName(variable) ? `${text(object)}.${variable}` : undefined;
          }
          const name = nameOf(node);
          return name && isSecretKeyName(name) ? `"${text(node)}"` : undefined;
        }
        case AST_NODE_TYPES.CallExpression: {
          if (node.callee.type === AST_NODE_TYPES.MemberExpression && nameOf(node.callee) === 'reveal') {
            // Typed code: only a Secret's reveal() gives a raw value (a Vault's need not).
            return secretType(node.callee.object) === 'other' ? undefined : `${text(node.callee)}()`;
          }
          // What only converts its argument prints it: JSON.stringify({ token }), String(token),
          // encodeURIComponent(apiKey), util.format('%s', token), token.toString() (from an adversarial review).
          const callee = node.callee;
          const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? `${callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : ''}.${nameOf(callee) ?? ''}` : '';
          if (CONVERSIONS.has(name)) {
            for (const a of node.arguments) {
              const found = a.type === AST_NODE_TYPES.SpreadElement ? undefined : secretIn(a, depth);
              if (found) return found;
            }
          }
          // token.trim(), parts.join(':'), 'Bearer '.concat(token)
          if (callee.type === AST_NODE_TYPES.MemberExpression && WHOLE_VALUE_METHODS.has(nameOf(callee) ?? '')) {
            const found = secretIn(callee.object, depth);
            if (found || nameOf(callee) !== 'concat') return found;
            for (const a of node.arguments) {
              const inArg = a.type === AST_NODE_TYPES.SpreadElement ? undefined : secretIn(a, depth);
              if (inArg) return inArg;
            }
          }
          return undefined;
        }
        case AST_NODE_TYPES.TemplateLiteral:
          for (const e of node.expressions) {
            const found = secretIn(e, depth);
            if (found) return found;
          }
          return undefined;
        // (`apiKey || "none"`, `token ?? ""`: either side may be what is logged; from an adversarial review.)
        case AST_NODE_TYPES.BinaryExpression:
        case AST_NODE_TYPES.LogicalExpression:
          return secretIn(node.left, depth) ?? secretIn(node.right, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return secretIn(node.consequent, depth) ?? secretIn(node.alternate, depth);
        case AST_NODE_TYPES.TSSatisfiesExpression:
          return secretIn(node.expression, depth);
        case AST_NODE_TYPES.ObjectExpression:
          for (const p of node.properties) {
            if (p.type === AST_NODE_TYPES.SpreadElement) continue;
            const key = nameOf(p.key);
            if (key && isSecretKeyName(key) && p.value.type !== AST_NODE_TYPES.Literal && secretType(p.value) !== 'secret') return `property "${key}"`;
            const found = secretIn(p.value, depth);
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.ArrayExpression:
          for (const e of node.elements) {
            const found = e && e.type !== AST_NODE_TYPES.SpreadElement ? secretIn(e, depth) : undefined;
            if (found) return found;
          }
          return undefined;
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.ChainExpression:
          return secretIn(node.expression, depth);
        default:
          return undefined;
      }
    };

    const checkArgs = (args: readonly TSESTree.CallExpressionArgument[], sink: string): void => {
      for (const arg of args) {
        const found = arg.type === AST_NODE_TYPES.SpreadElement ? undefined : secretIn(arg);
        // The message quotes source text, which can hold a token (vault["ntn_…"]): its literals
        // and comments left out, the rest masked with the project's custom rules too.
        if (found) context.report({ node: arg, messageId: 'secretLogged', data: { what: maskSource(found, project), sink: maskSource(sink, project) } });
      }
    };

    return {
      ImportDeclaration(node) {
        if (isLogFunctionSource(node.source)) {
          for (const spec of node.specifiers) if (spec.type !== AST_NODE_TYPES.ImportSpecifier) logFactories.add(spec.local.name);
        }
        if (!isMaskingSource(node.source)) return;
        for (const spec of node.specifiers) maskingImports.add(spec.local.name);
      },
      VariableDeclarator(node) {
        // const { createLogger } = require('@keyward/logger') / const kw = require(…)
        const init = node.init;
        if (init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require' && isMaskingSource(init.arguments[0])) {
          if (node.id.type === AST_NODE_TYPES.Identifier) maskingImports.add(node.id.name);
          else if (node.id.type === AST_NODE_TYPES.ObjectPattern) for (const p of node.id.properties) if (p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier) maskingImports.add(p.value.name);
          return;
        }
        // const log = createLogger() / const child = log.child({ … })
        if (node.id.type === AST_NODE_TYPES.Identifier && makesSafeLogger(init)) safe.add(node.id.name);
        if (!init) return;
        // const createDebug = require('debug')
        if (node.id.type === AST_NODE_TYPES.Identifier && isRequireOf(init, isLogFunctionSource)) logFactories.add(node.id.name);
        // const debug = require('debug')('app') / createDebug('app') / debug.extend('db')
        if (node.id.type === AST_NODE_TYPES.Identifier && init.type === AST_NODE_TYPES.CallExpression) {
          const callee = init.callee;
          const made =
            (callee.type === AST_NODE_TYPES.Identifier && logFactories.has(callee.name)) ||
            isRequireOf(callee, isLogFunctionSource) ||
            (callee.type === AST_NODE_TYPES.MemberExpression && nameOf(callee) === 'extend' && callee.object.type === AST_NODE_TYPES.Identifier && printers.get(callee.object.name)?.debug === true);
          if (made) printers.set(node.id.name, { sink: `${node.id.name}() (the debug package)`, from: 0, debug: true });
        }
        // const log = console.log / const info = logger.info.bind(logger)
        const method = init.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.MemberExpression && nameOf(init.callee) === 'bind' ? init.callee.object : init;
        if (node.id.type === AST_NODE_TYPES.Identifier && method.type === AST_NODE_TYPES.MemberExpression) {
          const name = nameOf(method);
          const printer = name ? sinkOf(method.object, name) : undefined;
          if (printer) printers.set(node.id.name, printer);
        }
        // const { log, error } = console
        if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const p of node.id.properties) {
            if (p.type !== AST_NODE_TYPES.Property || p.value.type !== AST_NODE_TYPES.Identifier) continue;
            const name = nameOf(p.key);
            const printer = name ? sinkOf(init, name) : undefined;
            if (printer) printers.set(p.value.name, printer);
          }
        }
      },
      AssignmentExpression(node) {
        // this.logger = createLogger()
        const name = dotted(node.left);
        if (name && makesSafeLogger(node.right)) safe.add(name);
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          const printer = printers.get(callee.name);
          if (printer) checkArgs(node.arguments.slice(printer.from, printer.to), printer.sink);
          return;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = nameOf(callee);
        const printer = method ? sinkOf(callee.object, method) : undefined;
        if (printer) checkArgs(node.arguments.slice(printer.from, printer.to), printer.sink);
      },
      NewExpression(node) {
        if (node.callee.type === AST_NODE_TYPES.Identifier && /Error$/.test(node.callee.name)) {
          checkArgs(node.arguments.slice(0, 1), `the ${node.callee.name} message`);
        }
      },
    } satisfies TSESLint.RuleListener;
  },
});

/** Whether `node` is `require(<a source the test accepts>)`. */
function isRequireOf(node: TSESTree.Node, source: (node: TSESTree.Node | undefined) => boolean): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && source(node.arguments[0]);
}

// A monorepo's packages/core is @keyward/core only when its package.json says so (from an
// adversarial review: any repository's packages/core/src Secret class was trusted).
const coreFolders = new Map<string, boolean>();
function isKeywardCoreFile(fileName: string): boolean {
  if (/[\\/]node_modules[\\/]@keyward[\\/]core[\\/]/.test(fileName)) return true;
  const m = /^(.*[\\/]packages[\\/]core)[\\/](?:src|dist)[\\/]/.exec(fileName);
  if (!m) return false;
  const folder = m[1] as string;
  let known = coreFolders.get(folder);
  if (known === undefined) {
    try {
      known = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown }).name === '@keyward/core';
    } catch {
      known = false;
    }
    coreFolders.set(folder, known);
  }
  return known;
}
