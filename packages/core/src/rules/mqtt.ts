import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** MQTT clients' credentials passed positionally, where no key names the password. */
export const mqttRules = [
  defineRule({
    id: 'mqtt-client-password',
    provider: 'MQTT',
    description: "Password passed to an MQTT client's credentials call after the user name (Eclipse Paho Python username_pw_set(user, password), C# MqttClientOptionsBuilder.WithCredentials(user, password))",
    keywords: ['username_pw_set', 'withcredentials'],
    pattern: /(?<![A-Za-z0-9_])(?:username_pw_set|WithCredentials)[ \t]*\([ \t]*(?:username[ \t]*=[ \t]*)?(?:"[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[A-Za-z_][\w.]{0,64})[ \t]*,[ \t]*(?:password[ \t]*=[ \t]*)?(["'])([^"'\r\n\\]{6,256})\1[ \t]*\)/,
    secretGroup: 2,
    accept: (m) => isUsablePassword(m[2] ?? ''),
    window: { before: 24, after: 420 },
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set', how: "Change the user's password on the broker (mosquitto_passwd, the cloud broker's console), then read it from the environment or a secrets store instead of a literal." },
    docs: 'https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set',
    sample: (g) => `client.username_pw_set("sensor-01", "${g.chars(ALNUM, 11)}!${g.chars(ALNUM, 4)}")`,
    negatives: ['client.username_pw_set("user", "password")', 'client.username_pw_set(cfg.user, os.environ["MQTT_PASSWORD"])', 'client.username_pw_set("sensor", None)', '.WithCredentials("user", mqttPassword)'],
  }),
];
