import { UUID, uuidSample } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** Raindrop.io credentials. */
export const raindropRules = [
  // The raindropiopy client takes the token as its first argument, where hobby scripts write it. (From a
  // blind grading of personal automation.)
  sdkTokenArgument({ id: 'raindrop-token-argument', provider: 'Raindrop.io', client: 'API', call: 'API', keywords: ['api("', "api('"], value: UUID, uuid: true, context: ['raindrop'], sample: uuidSample, rotate: { url: 'https://app.raindrop.io/settings/integrations', how: 'Delete the app’s test token in Raindrop.io’s integrations settings, create a new one and keep it out of the source.' }, docs: 'https://developer.raindrop.io/v1/authentication/token' }),
];
