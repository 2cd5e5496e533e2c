import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** ESPHome and Arduino OTA: the password an over-the-air upload authenticates with. */
export const espHomeRules = [
  defineRule({
    id: 'esp-ota-auth-password',
    provider: 'ESPHome',
    description: "OTA password given to espota (ESPHome, Arduino OTA) with --auth, as PlatformIO's upload_flags pass it",
    keywords: ['--auth=', '--auth '],
    // `upload_flags = --auth=…` in platformio.ini, `espota.py -i 192.168.1.20 --auth …`. An
    // `--auth=basic` or an httpie-style `user:password` is no OTA password (the colon ends it).
    pattern: /(?<![A-Za-z0-9_-])--auth(?:=|[ \t]{1,4})(["']?)([^\s"':]{8,128})\1(?=\s|$)/,
    secretGroup: 2,
    accept: (m) => isUsablePassword(m[2] ?? ''),
    window: { before: 8, after: 200 },
    afterEscape: false,
    minEntropy: 2.8,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://esphome.io/components/ota/esphome.html', how: "Set a new ota password (from secrets.yaml, as !secret), flash the device once over USB or with the old password, and update upload_flags to read it from the environment." },
    docs: 'https://docs.platformio.org/en/latest/platforms/espressif32.html#over-the-air-ota-update',
    sample: (g) => `[env:esp32dev]\nupload_protocol = espota\nupload_port = 192.168.1.42\nupload_flags =\n  --auth=${g.chars(ALNUM, 13)}7${g.chars(ALNUM, 2)}\n`,
    negatives: ['upload_flags = --auth=${sysenv.OTA_PASSWORD}', 'httpie --auth=user:password https://api.test', 'kubectl config set-credentials --auth-provider=gcp', 'curl --auth basic'],
  }),
];
