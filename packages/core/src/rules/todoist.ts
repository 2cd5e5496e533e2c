import { chars, defineRule, HEX, keyed } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** Todoist credentials. */
export const todoistRules = [
  defineRule({
    id: 'todoist-api-token',
    provider: 'Todoist',
    description: 'Todoist API token (40 hex) under a Todoist-named key',
    keywords: ['todoist'],
    pattern: keyed('todoist', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.todoist.com/app/settings/integrations/developer', how: 'Revoke it in Todoist’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.todoist.com/rest/v2/#authorization',
    sample: chars(HEX, 40),
    sampleKey: 'TODOIST_TOKEN',
    negatives: ['TODOIST_TOKEN=your_token_here', 'TODOIST_TOKEN=${TODOIST_TOKEN}'],
  }),
  // The Python client takes the token as its first argument: `TodoistAPI("…")` (from a blind grading
  // of personal automation: 9 missed).
  sdkTokenArgument({ id: 'todoist-api-token-argument', provider: 'Todoist', client: 'TodoistAPI(?:Async)?', call: 'TodoistAPI', value: '[a-f0-9]{40}', sample: (g) => g.chars(HEX, 40), rotate: { url: 'https://app.todoist.com/app/settings/integrations/developer', how: 'Revoke it in Todoist’s settings, issue a new one and update where it is stored.' }, docs: 'https://doist.github.io/todoist-api-python/' }),
];
