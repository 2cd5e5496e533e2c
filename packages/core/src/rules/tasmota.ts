import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** Tasmota (ESP device firmware): Wi-Fi, MQTT and web passwords set by console commands (a Backlog line, a backup) or compiled in (user_config_override.h). */
export const tasmotaRules = [
  defineRule({
    id: 'tasmota-password-command',
    provider: 'Tasmota',
    description: 'Password set by a Tasmota command (Password1/2, MqttPassword, WebPassword) or #define STA_PASS1 / MQTT_PASS / WEB_PASSWORD',
    keywords: ['password1 ', 'password2 ', 'mqttpassword ', 'webpassword ', 'sta_pass1', 'sta_pass2', 'mqtt_pass', 'web_password'],
    pattern: /(?:(?<![A-Za-z0-9_])(?:Password[12]|MqttPassword|WebPassword)[ \t]+|#define[ \t]+(?:STA_PASS[12]|MQTT_PASS|WEB_PASSWORD)[ \t]+")([^\s;"]{6,64})(?=[\s;"]|$)/i,
    window: { before: 24, after: 120 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://tasmota.github.io/docs/Commands/', how: 'Change the password on the access point, the MQTT broker or the device (Password1, MqttPassword, WebPassword), then remove it from the backup or header that held it.' },
    docs: 'https://tasmota.github.io/docs/Commands/#wi-fi',
    sample: (g) => `Backlog SSId1 HomeNet; Password1 ${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 5)}; MqttHost 10.0.0.5; MqttUser tasmota\n`,
    negatives: ['Backlog SSId1 HomeNet; Password1 ****; MqttHost 10.0.0.5', '#define STA_PASS1 ""', 'Password1 1'],
  }),
];
