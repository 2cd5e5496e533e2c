import type { Rule } from '../types.js';
import { aiRules } from './ai.js';
import { anthropicRules } from './anthropic.js';
import { awsRules } from './aws.js';
import { azureRules } from './azure.js';
import { chatRules } from './chat.js';
import { commerceRules } from './commerce.js';
import { credentialRules } from './credentials.js';
import { cryptoRules } from './crypto.js';
import { devtoolsRules } from './devtools.js';
import { gcpRules } from './gcp.js';
import { genericRules } from './generic.js';
import { githubRules } from './github.js';
import { gitlabRules } from './gitlab.js';
import { hostingRules } from './hosting.js';
import { huggingfaceRules } from './huggingface.js';
import { messagingRules } from './messaging.js';
import { notionRules } from './notion.js';
import { openaiRules } from './openai.js';
import { packageRegistryRules } from './packages.js';
import { slackRules } from './slack.js';
import { stripeRules } from './stripe.js';

/**
 * The built-in catalog, in priority order: when two rules find the same secret, the earlier one
 * wins. Provider rules come first (service-account JSON before the bare private-key rule), then
 * the carriers (URLs, headers, .npmrc), then the generic rule.
 */
export const catalog: readonly Rule[] = Object.freeze([
  ...notionRules,
  ...githubRules,
  ...gitlabRules,
  ...awsRules,
  ...gcpRules,
  ...azureRules,
  ...stripeRules,
  ...slackRules,
  ...openaiRules,
  ...anthropicRules,
  ...huggingfaceRules,
  ...aiRules,
  ...packageRegistryRules,
  ...messagingRules,
  ...commerceRules,
  ...chatRules,
  ...hostingRules,
  ...devtoolsRules,
  ...cryptoRules,
  ...credentialRules,
  ...genericRules,
]);
