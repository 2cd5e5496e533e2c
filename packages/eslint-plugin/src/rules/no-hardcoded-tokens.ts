import { type AllowlistConfig, isPublicKeyContext, redact, type Finding } from '@keyward/core';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { pathFromCwd } from '../utils/paths.js';
import { projectConfig } from '../utils/config.js';
import { detectorFor } from '../utils/detector.js';
import { nameOf, staticString } from '../utils/names.js';

export type Options = [
  {
    allowlist?: AllowlistConfig;
    checkComments?: boolean;
  },
];
export type MessageIds = 'hardcodedToken' | 'secretNamedValue';

const FIX = 'Read it from your config module (which reads the environment) instead, and rotate it if it was ever committed.';

/** The name a string is assigned to, if the literal is the whole value of a declaration/property/assignment. */
function assignedName(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === node ? nameOf(parent.id) : undefined;
    case AST_NODE_TYPES.Property:
      return parent.value === node ? nameOf(parent.key) : undefined;
    case AST_NODE_TYPES.PropertyDefinition:
      return parent.value === node ? nameOf(parent.key) : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node ? nameOf(parent.left) : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.right === node ? nameOf(parent.left) : undefined;
    case AST_NODE_TYPES.JSXExpressionContainer:
      return parent.parent.type === AST_NODE_TYPES.JSXAttribute ? nameOf(parent.parent.name) : undefined;
    case AST_NODE_TYPES.JSXAttribute:
      return parent.value === node ? nameOf(parent.name) : undefined;
    default:
      return undefined;
  }
}

/**
 * What the code says about where a string goes, for core's judge: the name it is assigned to
 * and, for an argument or an option of a call, the callee (`new Client({ auth: "secret_…" })`
 * gives "auth" and "Client"). Context words such as "notion" raise a finding's confidence.
 */
function callerContext(node: TSESTree.Node | TSESTree.Token): string[] {
  const out: string[] = [];
  if (!('parent' in node) || !node.parent) return out;
  const name = assignedName(node as TSESTree.Node);
  if (name) out.push(name);
  let n: TSESTree.Node | undefined = node.parent;
  for (let depth = 0; n && depth < 4; depth++, n = n.parent) {
    if (n.type === AST_NODE_TYPES.CallExpression || n.type === AST_NODE_TYPES.NewExpression) {
      const callee = n.callee.type === AST_NODE_TYPES.MemberExpression ? n.callee.property : n.callee;
      const calleeName = nameOf(callee);
      if (calleeName) out.push(calleeName);
      break;
    }
  }
  return out;
}

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-tokens',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow API tokens and secrets written in source code',
      recommended: true,
    },
    messages: {
      hardcodedToken: '{{description}} is hardcoded ({{redacted}}). ' + FIX,
      secretNamedValue: 'High-entropy string assigned to "{{name}}" looks like a secret ({{redacted}}). ' + FIX,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowlist: {
            type: 'object',
            description: 'The keyward allowlist: secrets matching these are not reported.',
            additionalProperties: false,
            properties: {
              paths: { type: 'array', items: { type: 'string' }, description: 'Globs of files not checked.' },
              regexes: { type: 'array', items: { type: 'string' }, description: 'Regex sources; a matching secret is allowed.' },
              stopwords: { type: 'array', items: { type: 'string' }, description: 'Substrings; a secret containing one is allowed.' },
              fingerprints: { type: 'array', items: { type: 'string' }, description: 'Fingerprints of accepted findings.' },
            },
          },
          checkComments: { type: 'boolean', description: 'Also scan comments (off by default).' },
        },
      },
    ],
  },
  defaultOptions: [{ checkComments: false }],
  create(context, [options]) {
    // The project's keyward.config (as the CLI reads it) plus this rule's allowlist option.
    const detector = detectorFor(projectConfig(context.cwd), options.allowlist);
    const sourceCode = context.sourceCode;
    // Allowlisted paths are relative to the project folder, as the CLI reports them.
    if (detector.isPathAllowed(pathFromCwd(context.cwd, context.filename))) return {};

    // keyward-ignore / keyward-ignore-next-line, as the CLI honours them (the detector only sees
    // the literal, not the comment beside it).
    // Each line's answer once: a minified file is one long line with many findings (from an
    // adversarial review: a search of the whole line per finding made 1 MB take 8.7 s).
    const mayIgnore = sourceCode.text.includes('keyward-ignore');
    const ignoreOf = new Map<number, boolean>();
    const lineIgnores = (line: number, marker: string): boolean => {
      const key = marker.length > 14 ? -line : line;
      let answer = ignoreOf.get(key);
      if (answer === undefined) {
        answer = (sourceCode.lines[line - 1] ?? '').includes(marker);
        ignoreOf.set(key, answer);
      }
      return answer;
    };
    const ignored = (line: number): boolean => mayIgnore && (lineIgnores(line, 'keyward-ignore') || lineIgnores(line - 1, 'keyward-ignore-next-line'));

    const report = (node: TSESTree.Node | TSESTree.Token, f: Finding, loc?: TSESTree.SourceLocation): void => {
      // Without the finding's own place (a literal with escapes), an ignore comment is honoured
      // only for a node on one line: on a multi-line literal it would hide what the CLI reports
      // on a later line (from an adversarial review).
      const place = loc ?? node.loc;
      if ((loc !== undefined || node.loc.start.line === node.loc.end.line) && ignored(place.start.line)) return;
      context.report({
        node: node as TSESTree.Node,
        ...(loc ? { loc } : {}),
        messageId: 'hardcodedToken',
        data: { provider: f.provider, description: f.description, redacted: f.redacted },
      });
    };

    /**
     * Scans text that sits verbatim in the source from `offset` on (when `exact`), else reports on
     * the node. Callers first ask detector.mayContainSecret: most literals hold no keyword of any
     * rule, and for those no context is built.
     */
    const scanHit = (node: TSESTree.Node | TSESTree.Token, text: string, offset: number, exact: boolean): boolean => {
      const findings = detector.scan(text, { context: callerContext(node) });
      for (const f of findings) {
        const loc = exact ? { start: sourceCode.getLocFromIndex(offset + f.start), end: sourceCode.getLocFromIndex(offset + f.end) } : undefined;
        report(node, f, loc);
      }
      return findings.length > 0;
    };
    const scan = (node: TSESTree.Node | TSESTree.Token, text: string, offset: number, exact: boolean): boolean => detector.mayContainSecret(text) && scanHit(node, text, offset, exact);

    const checkName = (node: TSESTree.Node, value: string): void => {
      const name = assignedName(node);
      if (!name) return;
      // Core's judgement of the pair, with the project's config (disabled rules, allowlist,
      // minimum confidence) as for every other finding.
      const finding = detector.judgeAssignment(name, value);
      if (!finding) return;
      // The keys beside it can say the key is public by design (an Algolia search config).
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
        const siblings = parent.parent.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? [nameOf(p.key) ?? ''] : []));
        if (isPublicKeyContext(name, siblings)) return;
      }
      if (ignored(node.loc.start.line)) return;
      context.report({ node, messageId: 'secretNamedValue', data: { name: redact(name, { detector }), redacted: finding.redacted } });
    };

    const checkString = (node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.JSXText, value: string): void => {
      // The source text is looked at only for a literal that may hold a token (most hold none).
      if (detector.mayContainSecret(value)) {
        const raw = sourceCode.getText(node);
        const quoted = node.type !== AST_NODE_TYPES.JSXText;
        const inner = quoted ? raw.slice(1, -1) : raw;
        // Report the token itself when the source holds it verbatim (no escapes to shift offsets).
        const exact = inner === value;
        if (scanHit(node, value, node.range[0] + (quoted ? 1 : 0), exact)) return;
      }
      if (node.type !== AST_NODE_TYPES.JSXText) checkName(node, value);
    };

    return {
      Literal(node) {
        if (typeof node.value === 'string') checkString(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) {
          checkString(node, node.quasis[0]?.value.cooked ?? '');
          return;
        }
        for (const quasi of node.quasis) {
          const cooked = quasi.value.cooked ?? '';
          scan(quasi, cooked, quasi.range[0] + 1, quasi.value.raw === cooked);
        }
      },
      JSXText(node) {
        checkString(node, node.value);
      },
      BinaryExpression(node) {
        // Only the top of a + chain: a token split across literals ("ntn_" + "…") is joined first.
        if (node.operator !== '+' || (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.operator === '+')) return;
        const joined = staticString(node);
        if (joined === undefined) return;
        const parts: TSESTree.Node[] = [];
        const collect = (n: TSESTree.Node): void => {
          if (n.type === AST_NODE_TYPES.BinaryExpression) {
            collect(n.left);
            collect(n.right);
          } else parts.push(n);
        };
        collect(node);
        // Tokens inside a single part are reported by that part's visitor.
        const within = new Set(parts.flatMap((p) => detector.scan(staticString(p) ?? '').map((f) => f.fingerprint)));
        const findings = detector.scan(joined);
        for (const f of findings) if (!within.has(f.fingerprint)) report(node, f);
        if (findings.length === 0) checkName(node, joined);
      },
      Program() {
        if (!options.checkComments) return;
        for (const comment of sourceCode.getAllComments()) scan(comment, comment.value, comment.range[0] + 2, true);
      },
    } satisfies TSESLint.RuleListener;
  },
});
