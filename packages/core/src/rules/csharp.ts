import { isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule } from './define.js';
import { acceptGeneric } from './generic.js';

/** Secrets in C# source. */
export const csharpRules = [
  // An auto-property with an initializer: `public string ApiKey { get; set; } = "…";`. The name
  // stands before the accessors, which no assignment form reads. (From a blind grading of media
  // services: 10 of 11 missed, across vendors.)
  defineRule({
    id: 'csharp-property-initializer-secret',
    provider: 'Source code',
    description: 'Secret in a C# auto-property initializer (public string ApiKey { get; set; } = "…";)',
    keywords: ['{ get; set; } = ', '{ get; init; } = ', '{ get; } = ', '{ get; private set; } = '],
    pattern: /(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]*\{[ \t]*get;[ \t]*(?:(?:private[ \t]+|internal[ \t]+)?(?:set|init);[ \t]*)?\}[ \t]*=[ \t]*@?"([^"\r\n\\]{8,512})"/,
    secretGroup: 2,
    window: { before: 100, after: 560 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets', how: 'Rotate the credential at its issuer, and bind the property from configuration (user secrets, environment, Key Vault) instead of an initializer.' },
    docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets',
    sample: (g) => `public class StreamOptions\n{\n    public string ApiKey { get; set; } = "${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}";\n}`,
    sampleIsBlock: true,
    negatives: ['public string ApiKey { get; set; } = "";', 'public string ApiKey { get; set; } = "<your-api-key>";', 'public string Title { get; set; } = "Quarterly media report 2024";'],
  }),
];
