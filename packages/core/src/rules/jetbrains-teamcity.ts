import { gen, prefixed } from './define.js';

/** JetBrains TeamCity credentials. */
export const jetbrainsTeamcityRules = [
  prefixed({ id: 'teamcity-access-token', provider: 'JetBrains TeamCity', description: 'TeamCity access token (JWT-like, header {"typ": "TCV2"})', prefix: 'eyJ0eXAiOiAiVENWMiJ9.', body: '[A-Za-z0-9_-]{36}\\.[A-Za-z0-9_-]{48}', right: 'A-Za-z0-9_-', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 36], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 48]), rotate: { url: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens', how: 'Revoke it in JetBrains TeamCity’s settings, issue a new one and update where it is stored.' }, docs: 'https://www.jetbrains.com/help/teamcity/configuring-your-user-profile.html#Managing+Access+Tokens' }),
];
