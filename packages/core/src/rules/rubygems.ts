import { chars, HEX, prefixed } from './define.js';

/** RubyGems credentials. */
export const rubygemsRules = [
  prefixed({ id: 'rubygems-api-key', provider: 'RubyGems', description: 'RubyGems.org API key (rubygems_)', prefix: 'rubygems_', body: '[a-f0-9]{48}', sample: chars(HEX, 48), rotate: { url: 'https://rubygems.org/profile/api_keys', how: 'Revoke it in RubyGems’s settings, issue a new one and update where it is stored.' }, docs: 'https://guides.rubygems.org/api-key-scopes/' }),
];
