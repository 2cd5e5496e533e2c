import { chars, prefixed } from './define.js';

/** Tavily credentials. */
export const tavilyRules = [
  prefixed({ id: 'tavily-api-key', provider: 'Tavily', description: 'Tavily search API key (tvly-)', prefix: 'tvly-', body: '[A-Za-z0-9-]{32,40}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32), rotate: { url: 'https://app.tavily.com/', how: 'Revoke it in Tavily’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.tavily.com/documentation/quickstart' }),
];
