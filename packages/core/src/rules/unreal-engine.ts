import { BASE64, defineRule } from './define.js';

/** Unreal Engine: pak signing and encryption keys in the project's crypto settings. */
export const unrealEngineRules = [
  // DefaultCrypto.ini (Config/) holds the pak signing key's RSA private exponent and the pak
  // encryption key (base64 of 32 bytes): whoever has them signs or decrypts the game's paks.
  defineRule({
    id: 'unreal-pak-crypto-key',
    provider: 'Unreal Engine',
    description: "Unreal Engine pak signing private exponent or encryption key in a project's crypto settings (DefaultCrypto.ini)",
    keywords: ['signingprivateexponent', 'encryptionkey'],
    pattern: /(?<![A-Za-z0-9_])(?:SigningPrivateExponent|EncryptionKey)[ \t]{0,4}=[ \t]{0,4}(?:\(Key=)?"?([A-Za-z0-9+/]{40,1400}={0,2})"?/,
    secretGroup: 1,
    window: { before: 24, after: 1480 },
    context: ['cryptokeys', 'signingpublicexponent', 'signingmodulus', 'bencryptpakinifiles', 'benablepaksigning', 'defaultcrypto'],
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://dev.epicgames.com/documentation/en-us/unreal-engine/project-settings-in-unreal-engine#crypto', how: 'Project Settings → Crypto: generate new signing and encryption keys, rebuild and ship the paks, and keep DefaultCrypto.ini out of public repositories.' },
    docs: 'https://dev.epicgames.com/documentation/en-us/unreal-engine/project-settings-in-unreal-engine#crypto',
    sample: (g) => `[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=${g.chars(BASE64, 43)}=\nbEnablePakSigning=True\nSigningPublicExponent=AQAB\nSigningModulus=${g.chars(BASE64, 340)}==\nSigningPrivateExponent=${g.chars(BASE64, 340)}==\n`,
    negatives: ['[/Script/CryptoKeys.CryptoKeysSettings]\nEncryptionKey=\nbEnablePakSigning=False\n'],
  }),
];
