import { defineRule, HEX } from './define.js';

/** JupyterHub's service tokens. */
export const jupyterhubRules = [
  // jupyterhub_config.py's `c.JupyterHub.api_tokens = {'<token>': '<user or service>'}`: the
  // dict's keys are the tokens (deprecated, still in configs and commented-out lines). (From a
  // blind grading of research computing: 6 missed.)
  defineRule({
    id: 'jupyterhub-api-tokens-dict',
    provider: 'JupyterHub',
    description: "JupyterHub API token as a key of c.JupyterHub.api_tokens ({'<token>': '<user>'})",
    keywords: ['api_tokens'],
    pattern: /(?<![A-Za-z0-9_])api_tokens[ \t]{0,4}=[ \t]{0,4}\{[ \t\r\n]{0,40}(?:(?:["'][^"'\n]{1,130}["'][ \t]{0,4}:[ \t]{0,4}["'][^"'\n]{1,64}["'][ \t]{0,4},[ \t\r\n]{0,40}){0,4})["']([A-Za-z0-9_-]{24,128})["'][ \t]{0,4}:/,
    span: 'near',
    window: { before: 8, after: 900 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://jupyterhub.readthedocs.io/en/stable/howto/rest.html', how: 'Remove the token from api_tokens, issue a new one for the service (services with api_token, or a user token) and restart the hub.' },
    docs: 'https://jupyterhub.readthedocs.io/en/stable/howto/rest.html',
    sample: (g) => `c.JupyterHub.api_tokens = {'${g.chars(HEX, 32)}': 'grader'}`,
    negatives: ["c.JupyterHub.api_tokens = {os.environ['GRADER_TOKEN']: 'grader'}", "c.JupyterHub.api_tokens = {'secret-token': 'grader'}"],
  }),
];
