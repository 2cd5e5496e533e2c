import { ALNUM, defineRule } from './define.js';
import { acceptGeneric } from './generic.js';

/** .NET application settings: values of settings named for a secret in Settings.settings, app.config and user.config. */
export const dotnetSettingsRules = [
  // The setting's name is the parent element's attribute and its value the child element's text:
  // `<setting name="LastPassword" serializeAs="String"><value>…</value>` (app.config, user.config),
  // `<Setting Name="DatadogApiKey" Type="System.String" Scope="Application"><Value Profile="(Default)">…</Value>`
  // (Settings.settings). From a blind grading of Windows line-of-business apps: 46 missed.
  defineRule({
    id: 'dotnet-setting-value',
    provider: 'Generic',
    description: 'Value of a .NET application setting named for a secret (<setting name="…"><value>…</value>, Settings.settings <Setting Name="…"><Value>…</Value>)',
    keywords: ['<setting name=', '<setting name ='],
    pattern: /<[Ss]etting[ \t]{1,4}[Nn]ame[ \t]{0,2}=[ \t]{0,2}"([A-Za-z0-9_.-]{1,64})"[^>]{0,160}>[ \t\r\n]{0,64}<[Vv]alue(?:[ \t][^>]{0,64})?>([^<\r\n]{4,256})<\/[Vv]alue>/,
    secretGroup: 2,
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    window: { before: 0, after: 700 },
    span: 'block',
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/dotnet/desktop/winforms/advanced/using-application-settings-and-user-settings', how: 'Rotate the credential and keep it out of the settings file: a protected configuration section, the Windows credential store or a secret manager.' },
    docs: 'https://learn.microsoft.com/en-us/dotnet/desktop/winforms/advanced/application-settings-architecture',
    sample: (g) => `<setting name="DatadogApiKey" serializeAs="String">\n    <value>${g.chars('0123456789abcdef', 32)}</value>\n</setting>`,
    sampleIsBlock: true,
    negatives: ['<setting name="LastUser" serializeAs="String">\n    <value>jdoe-admin-2024</value>\n</setting>', '<setting name="ApiKey" serializeAs="String">\n    <value>your-api-key</value>\n</setting>'],
  }),
  // NSIS installer scripts define constants with `!define NAME "value"`, a database password among
  // them (from a blind grading of Windows line-of-business apps: 20 missed).
  defineRule({
    id: 'nsis-define-secret',
    provider: 'Generic',
    description: 'Secret defined as an NSIS installer constant (!define DB_PASSWORD "…")',
    keywords: ['!define'],
    pattern: /(?<![A-Za-z0-9_])!define[ \t]{1,8}([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]{1,8}"([^"\r\n$]{4,256})"/,
    secretGroup: 2,
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://nsis.sourceforge.io/Docs/Chapter5.html#comppredefines', how: 'Rotate the credential and have the installer ask for it (or read it at install time) instead of compiling it in.' },
    docs: 'https://nsis.sourceforge.io/Docs/Chapter5.html#comppredefines',
    sample: (g) => `!define DB_PASSWORD "${g.chars(ALNUM, 10)}.${g.int(1000, 9999)}"`,
    sampleIsBlock: true,
    negatives: ['!define DB_PASSWORD "${DB_PASSWORD_FROM_ENV}"', '!define PRODUCT_VERSION "4.2.1.1870"'],
  }),
];
