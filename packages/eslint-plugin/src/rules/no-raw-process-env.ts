import { compileGlob, type GlobMatcher } from '@keyward/core';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { pathFromCwd } from '../utils/paths.js';
import { nameOf, staticString } from '../utils/names.js';
import { projectConfig } from '../utils/config.js';
import { quoteSource } from '../utils/quote.js';

export type Options = [
  {
    configFiles?: string[];
    allowedVariables?: string[];
  },
];
export type MessageIds = 'rawEnv';

/** Config modules by default (t3's src/env.js, src/env/*, tsup.config.ts …); the option adds to these. */
export const DEFAULT_CONFIG_FILES = ['**/config.*', '**/config/**', '**/env.*', '**/env/**', '**/*.config.*'];
/** Variables any module may read (build mode, not configuration); allowedVariables adds to these. */
export const DEFAULT_ALLOWED: readonly string[] = Object.freeze(['NODE_ENV']);
const PROCESS_MODULES = new Set(['process', 'node:process']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

export default createRule<Options, MessageIds>({
  name: 'no-raw-process-env',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow reading the environment outside config modules',
      recommended: true,
    },
    messages: {
      rawEnv: '{{access}} reads the environment outside a config module. Read it once in your config module ({{configFiles}}), e.g. with defineEnv from @keyward/core, and import the typed value.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          configFiles: { type: 'array', items: { type: 'string' }, description: 'More globs of config modules allowed to read the environment, added to DEFAULT_CONFIG_FILES.' },
          allowedVariables: { type: 'array', items: { type: 'string' }, description: 'More variables any module may read, added to NODE_ENV.' },
        },
      },
    ],
  },
  defaultOptions: [{ configFiles: [], allowedVariables: [] }],
  create(context, [options]) {
    // Options extend the defaults (from a bug: allowedVariables: ['CI'] stopped allowing NODE_ENV).
    // Every form of environment access spells "env", hides it behind an escape, or builds it
    // from pieces on `process` (Reflect.get(process, 'en' + 'v')): a file with none of the three
    // needs no listeners at all.
    const text = context.sourceCode.text;
    if (!text.includes('env') && !text.includes('\\') && !text.includes('process')) return {};
    const configFiles = [...DEFAULT_CONFIG_FILES, ...(options.configFiles ?? [])];
    // Globs are matched against the path from ESLint's folder only: the absolute name would exempt
    // a whole project checked out under a folder named config or env (from a review).
    const fromCwd = pathFromCwd(context.cwd, context.filename);
    if (compiled(configFiles).some((glob) => glob.test(fromCwd))) return {};
    const allowed = new Set([...DEFAULT_ALLOWED, ...(options.allowedVariables ?? [])]);
    const processNames = new Set<string>();

    const report = (node: TSESTree.Node, access: string): void => {
      context.report({ node, messageId: 'rawEnv', data: { access, configFiles: configFiles.join(', ') } });
    };

    /** `process` that is the global or the process module, not a local of the same name. */
    const isProcess = (node: TSESTree.Node): boolean => {
      // (process as NodeJS.Process), process!, process satisfies X
      if (node.type === AST_NODE_TYPES.TSAsExpression || node.type === AST_NODE_TYPES.TSNonNullExpression || node.type === AST_NODE_TYPES.TSSatisfiesExpression || node.type === AST_NODE_TYPES.TSTypeAssertion) return isProcess(node.expression);
      if (node.type === AST_NODE_TYPES.Identifier) {
        if (processNames.has(node.name)) return true;
        if (node.name !== 'process') return false;
        const variable = context.sourceCode.getScope(node).set.get('process') ?? findVariable(context.sourceCode.getScope(node), 'process');
        return !variable || variable.defs.length === 0;
      }
      if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.Identifier) {
        return GLOBAL_OBJECTS.has(node.object.name) && nameOf(node) === 'process';
      }
      return isRequireProcess(node);
    };

    /** Reports `x.env`, unless the accessed variable (`x.env.NODE_ENV`) is allowed. */
    const checkEnvAccess = (envNode: TSESTree.MemberExpression | TSESTree.Node, access: string): void => {
      const parent = envNode.parent;
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === envNode) {
        const variable = nameOf(parent);
        if (variable && allowed.has(variable)) return;
      }
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === envNode && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
        const names = parent.id.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? nameOf(p.key) : undefined));
        if (names.length > 0 && names.every((n) => n !== undefined && allowed.has(n))) return;
      }
      report(envNode, access);
    };

    return {
      ImportDeclaration(node) {
        if (typeof node.source.value !== 'string' || !PROCESS_MODULES.has(node.source.value)) return;
        for (const spec of node.specifiers) {
          if (spec.type === AST_NODE_TYPES.ImportSpecifier && nameOf(spec.imported) === 'env') report(spec, `import { env } from '${node.source.value}'`);
          else if (spec.type !== AST_NODE_TYPES.ImportSpecifier) processNames.add(spec.local.name);
        }
      },
      // `export { env } from 'process'` hands the environment to every importer (from an adversarial review).
      ExportNamedDeclaration(node) {
        if (typeof node.source?.value !== 'string' || !PROCESS_MODULES.has(node.source.value)) return;
        for (const spec of node.specifiers) if (nameOf(spec.local) === 'env') report(spec, `export { env } from '${node.source.value}'`);
      },
      VariableDeclarator(node) {
        if (!node.init) return;
        // const p = require('process'), and an alias of the global: const p = process
        if (node.id.type === AST_NODE_TYPES.Identifier && (isRequireProcess(node.init) || isProcess(node.init))) processNames.add(node.id.name);
        // const { env } = process / require('process')
        if (node.id.type === AST_NODE_TYPES.ObjectPattern && isProcess(node.init)) {
          for (const p of node.id.properties) {
            if (p.type === AST_NODE_TYPES.Property && nameOf(p.key) === 'env') report(p, 'const { env } = process');
          }
        }
      },
      // ({ env } = process)
      AssignmentExpression(node) {
        if (node.left.type !== AST_NODE_TYPES.ObjectPattern || !isProcess(node.right)) return;
        for (const p of node.left.properties) {
          if (p.type === AST_NODE_TYPES.Property && nameOf(p.key) === 'env') report(p, '({ env } = process)');
        }
      },
      // Reflect.get(process, 'env')
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || nameOf(callee) !== 'get' || callee.object.type !== AST_NODE_TYPES.Identifier || callee.object.name !== 'Reflect') return;
        const [target, key] = node.arguments;
        if (target && key && isProcess(target) && staticString(key) === 'env') report(node, "Reflect.get(process, 'env')");
      },
      MemberExpression(node) {
        if (nameOf(node) !== 'env') return;
        const object = node.object;
        if (isProcess(object)) {
          // `(process as NodeJS.Process).env` is named as what it is: process.env.
          const wrapped = object.type === AST_NODE_TYPES.TSAsExpression || object.type === AST_NODE_TYPES.TSNonNullExpression || object.type === AST_NODE_TYPES.TSSatisfiesExpression || object.type === AST_NODE_TYPES.TSTypeAssertion;
          // (Quoted without its literals and comments: `globalThis[/* … */ "process"]` could hold a token.)
          const label = wrapped ? 'process' : quoteSource(context.sourceCode.getText(object), projectConfig(context.cwd));
          checkEnvAccess(node, `${label}.env`);
        } else if (object.type === AST_NODE_TYPES.MetaProperty && object.meta.name === 'import' && object.property.name === 'meta') {
          checkEnvAccess(node, 'import.meta.env');
        } else if (object.type === AST_NODE_TYPES.Identifier && (object.name === 'Bun' || object.name === 'Deno')) {
          checkEnvAccess(node, `${object.name}.env`);
        }
      },
    } satisfies TSESLint.RuleListener;
  },
});

// create() runs per file; compile each distinct configFiles list once.
const globCache = new Map<string, GlobMatcher[]>();
function compiled(globs: readonly string[]): GlobMatcher[] {
  const key = globs.join('\0');
  let res = globCache.get(key);
  if (!res) {
    res = globs.map(compileGlob);
    globCache.set(key, res);
  }
  return res;
}

function isRequireProcess(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0].value === 'string' &&
    PROCESS_MODULES.has(node.arguments[0].value)
  );
}

function findVariable(scope: TSESLint.Scope.Scope | null, name: string): TSESLint.Scope.Variable | undefined {
  for (let s = scope; s; s = s.upper) {
    const v = s.set.get(name);
    if (v) return v;
  }
  return undefined;
}
