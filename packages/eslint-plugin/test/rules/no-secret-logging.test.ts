import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-secret-logging.js';
import { token } from '../tokens.js';

const ruleTester = new RuleTester();
const notion = token();

ruleTester.run('no-secret-logging', rule, {
  valid: [
    "console.log('starting', port);",
    "logger.info({ userId, route }, 'request');",
    "logger.info({ tokenCount: tokens.length }, 'usage');",
    "console.log('token length', token.length);",
    'console.log(mask(token));',
    "throw new Error('missing NOTION_TOKEN');",
    "cache.set('token', token);",
    "logger.info({ password: '[redacted]' });",
    "console.log(process.env.NODE_ENV);",
    // From bugs: env names are judged by core, like every other name.
    { code: 'console.log(process.env.AUTHOR_NAME);', name: 'AUTHOR_NAME is not a secret (the old /AUTH/ test said it was)' },
    { code: 'console.log(process.env.KEYBOARD_LAYOUT);', name: 'KEYBOARD_LAYOUT is not a secret' },
    { code: 'console.log(process.env.STRIPE_PUBLISHABLE_KEY);', name: 'a publishable key is public by design' },
    { code: 'logger.info({ nextPageToken });', name: 'a pagination token is not a credential' },
  ],
  invalid: [
    { code: 'console.log(token);', errors: [{ messageId: 'secretLogged', data: { what: '"token"', sink: 'console.log()' }, line: 1, column: 13 }] },
    { code: 'logger.info(`using ${config.notionToken}`);', errors: [{ messageId: 'secretLogged', data: { what: '"config.notionToken"', sink: 'logger.info()' }, line: 1, column: 13 }] },
    { code: "req.log.error({ apiKey }, 'failed');", errors: [{ messageId: 'secretLogged', data: { what: 'property "apiKey"', sink: 'req.log.error()' }, line: 1, column: 15 }] },
    { code: 'this.logger.warn("auth " + headers.authorization);', errors: [{ messageId: 'secretLogged', line: 1, column: 18 }] },
    { code: 'appLogger.debug(env.NOTION_TOKEN.reveal());', errors: [{ messageId: 'secretLogged', data: { what: 'env.NOTION_TOKEN.reveal()', sink: 'appLogger.debug()' }, line: 1, column: 17 }] },
    { code: 'console.error(process.env.STRIPE_SECRET_KEY);', errors: [{ messageId: 'secretLogged', data: { what: 'process.env.STRIPE_SECRET_KEY', sink: 'console.error()' }, line: 1, column: 15 }] },
    { code: 'throw new Error(`bad token ${token}`);', errors: [{ messageId: 'secretLogged', data: { what: '"token"', sink: 'the Error message' }, line: 1, column: 17 }] },
    { code: 'throw new TypeError("rejected: " + clientSecret);', errors: [{ messageId: 'secretLogged', line: 1, column: 21 }] },
    { code: 'app.logger.info(password);', options: [{ loggers: ['app.logger'] }], errors: [{ messageId: 'secretLogged', line: 1, column: 17 }] },
    { code: 'console.log(password);', options: [{ loggers: ['app.audit'] }], name: 'the loggers option adds to the defaults (from a bug: it replaced them)', errors: [{ messageId: 'secretLogged', line: 1, column: 13 }] },
    { code: 'console.log(process.env.NOTION_KEY);', name: 'NOTION_KEY names a secret (from a bug: missed)', errors: [{ messageId: 'secretLogged', data: { what: 'process.env.NOTION_KEY', sink: 'console.log()' } }] },
    {
      code: `console.log(vault["${notion}"].password);`,
      name: 'the message never quotes a token from the source (from a bug: it printed it raw)',
      errors: [{ messageId: 'secretLogged', data: { what: '"vault["ntn_****"].password"', sink: 'console.log()' } }],
    },
  ],
});
