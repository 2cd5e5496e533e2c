import { ALNUM, chars, prefixed } from './define.js';

/** Groq credentials. */
export const groqRules = [
  prefixed({ id: 'groq-api-key', provider: 'Groq', description: 'Groq API key (gsk_)', prefix: 'gsk_', body: '[A-Za-z0-9]{52}', sample: chars(ALNUM, 52), rotate: { url: 'https://console.groq.com/keys', how: 'Console → API Keys → delete the key and create a new one.' } }),
];
