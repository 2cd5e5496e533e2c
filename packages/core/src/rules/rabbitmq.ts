import { keyed, defineRule, UPPER } from './define.js';

/** RabbitMQ and Erlang: the cookie nodes and CLI tools authenticate each other with. */
export const rabbitmqRules = [
  // Whoever holds a cluster's Erlang cookie can join it and run any code on its nodes. Erlang
  // generates 20 capital letters; an operator may set any string.
  defineRule({
    id: 'erlang-cookie',
    provider: 'RabbitMQ',
    description: 'Erlang distribution cookie under RABBITMQ_ERLANG_COOKIE / ERLANG_COOKIE (a cluster node or the CLI authenticates with it)',
    keywords: ['erlang_cookie', 'erlang-cookie', 'erlangcookie'],
    pattern: keyed('(?:rabbitmq[_-]?)?erlang[_-]?cookie', '[A-Za-z0-9+/=_.~!@#%^&*-]{16,255}'),
    accept: (m) => {
      const v = m[1] ?? '';
      // Erlang's own shape (20 capitals), or a chosen string with letters and more besides.
      return /^[A-Z]{20}$/.test(v) ? new Set(v).size >= 9 : /[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && new Set(v).size >= 10;
    },
    minEntropy: 3,
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://www.rabbitmq.com/docs/clustering#erlang-cookie', how: 'Set a new cookie on every node of the cluster (and where CLI tools read it), then restart the nodes.' },
    docs: 'https://www.rabbitmq.com/docs/clustering#erlang-cookie',
    sample: (g) => g.chars(UPPER, 20),
    sampleKey: 'RABBITMQ_ERLANG_COOKIE',
    negatives: ['RABBITMQ_ERLANG_COOKIE: ${ERLANG_COOKIE}', 'RABBITMQ_ERLANG_COOKIE=changeme'],
  }),
];
