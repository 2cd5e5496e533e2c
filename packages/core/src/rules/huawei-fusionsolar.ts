import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/**
 * Huawei FusionSolar's northbound API logs in with POST /thirdData/login {userName, systemCode}:
 * the systemCode is the API account's password. From a blind grading of home energy: 18 of 18
 * missed (the name says "code", not "password").
 */
export const huaweiFusionSolarRules = [
  defineRule({
    id: 'fusionsolar-system-code',
    provider: 'Huawei FusionSolar',
    description: "Huawei FusionSolar northbound API password (systemCode) where FusionSolar or its login endpoint is named",
    keywords: ['systemcode', 'system_code', 'system-code'],
    pattern: /(?<![A-Za-z0-9])(?:\\?["']?systemCode\\?["']?|system[_-]code)[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'])?([^\s"'\\]{6,64})/i,
    context: ['fusionsolar', 'thirddata', 'huawei'],
    window: { before: 24, after: 120 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://support.huawei.com/enterprise/en/doc/EDOC1100261860', how: "Change the northbound API account's password in FusionSolar's management system and keep it in a secret store." },
    docs: 'https://support.huawei.com/enterprise/en/doc/EDOC1100261860',
    sample: (g) => `r = s.post("https://eu5.fusionsolar.huawei.com/thirdData/login", json={"userName": "api_home", "systemCode": "${g.chars(ALNUM, 10)}.${g.chars(ALNUM, 4)}"})`,
    sampleIsBlock: true,
    negatives: ['json={"userName": "api_home", "systemCode": os.environ["FUSIONSOLAR_PASSWORD"]}  # fusionsolar', 'FUSIONSOLAR_SYSTEM_CODE=<system code>'],
  }),
];
