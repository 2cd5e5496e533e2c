import { defineRule, keyed, UPPER } from './define.js';

/**
 * The Erlang distribution cookie: any node that presents it may connect to a cluster's nodes and
 * run code on them. Given on the command line (`erl -setcookie …`, `iex --cookie … --remsh`),
 * in vm.args, and as a release's RELEASE_COOKIE. From a blind grading of less common languages'
 * configs: 26 of 51 missed outside .erlang.cookie files.
 */
const rotate = { url: 'https://www.erlang.org/doc/system/distributed.html#security', how: 'Set a new cookie on every node of the cluster (restart them), and give it through a secret store or a file readable only by the service, not in the repository.' };
const docs = 'https://www.erlang.org/doc/system/distributed.html#security';
const COOKIE = '[A-Za-z0-9_=+/.@:-]{12,255}';

const notReference = (value: string): boolean => !/^(?:\$|%|<|\{\{)/.test(value) && !/^(?:changeme|secret|cookie|mycookie|monster|your[_-]?cookie)/i.test(value);

export const erlangRules = [
  defineRule({
    id: 'erlang-cookie-argument',
    provider: 'Erlang',
    description: 'Erlang distribution cookie on a command line or in vm.args (-setcookie …; iex, elixir or erl --cookie …)',
    keywords: ['-setcookie', '--cookie'],
    // `--cookie` only on an Erlang or Elixir command line (curl's --cookie is a cookie jar).
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(?:-setcookie|(?<=(?:^|[\\s"'/])(?:iex|elixir|erl|erlc|mix)(?:\\.bat)?[ \\t][^\\n]{0,200})--cookie)(?:[ \\t]{1,8}|=)(["']?)(${COOKIE})\\1(?![A-Za-z0-9_=+/.@:-])`),
    secretGroup: 2,
    window: { before: 240, after: 280 },
    accept: (m) => notReference(m[2] ?? ''),
    minEntropy: 3,
    severity: 'critical',
    rotate,
    docs,
    sample: (g) => `erl -name debug@127.0.0.1 -setcookie ${g.chars(UPPER, 20)} -remsh app@10.0.0.5`,
    negatives: ['-setcookie ${ERLANG_COOKIE}', 'erl -setcookie $COOKIE', 'curl --cookie cookies.txt https://example.test', '-setcookie <%= @cookie %>'],
  }),
  // (RABBITMQ_ERLANG_COOKIE and ERLANG_COOKIE are RabbitMQ's rule's.)
  defineRule({
    id: 'erlang-release-cookie',
    provider: 'Erlang',
    description: "Erlang distribution cookie under an Elixir or Erlang release's RELEASE_COOKIE",
    keywords: ['release_cookie', 'release-cookie', 'releasecookie'],
    pattern: keyed('release[_-]?cookie', '[A-Za-z0-9_=+/.@:-]{12,255}'),
    accept: (m) => notReference(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && new Set(m[1] ?? '').size >= 9,
    minEntropy: 3,
    severity: 'critical',
    rotate,
    docs: 'https://hexdocs.pm/mix/Mix.Tasks.Release.html',
    sample: (g) => `${g.chars(UPPER, 24)}${g.chars('234567', 4)}${g.chars(UPPER, 24)}====`,
    sampleKey: 'RELEASE_COOKIE',
    negatives: ['RELEASE_COOKIE=${RELEASE_COOKIE}', 'export RELEASE_COOKIE="$(cat /run/secrets/cookie)"', 'RELEASE_COOKIE: changeme'],
  }),
];
