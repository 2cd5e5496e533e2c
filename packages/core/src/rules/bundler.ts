import { inUse } from './passwords.js';
import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/**
 * Credentials for a private gem source, in Bundler's per-host setting: the host's dots become
 * `__` (`BUNDLE_GEMS__CONTRIBSYS__COM` for Sidekiq Pro/Enterprise's gems.contribsys.com), as an
 * environment variable, in a CI file or in `.bundle/config` (`BUNDLE_…: "user:password"`).
 */
export const bundlerRules = [
  defineRule({
    id: 'bundler-source-credentials',
    provider: 'Bundler',
    description: 'Credentials for a private gem source in a Bundler host setting (BUNDLE_GEMS__CONTRIBSYS__COM=user:password for Sidekiq Pro/Enterprise, or a token alone)',
    keywords: ['bundle_'],
    // Upper case only, as Bundler reads these names; `__` (a dot) tells a host from an option
    // such as BUNDLE_WITHOUT.
    // Not BUNDLE_BUILD__<gem> (build flags for a gem) and no value starting with "-": options.
    pattern: /(?<![A-Za-z0-9_])BUNDLE_(?!BUILD__)(?:[A-Z0-9-]+__)+[A-Z0-9-]+["']?[ \t]*[=:][ \t]*["']?([^\s:@"'`$-][^\s:@"'`$]{0,63}:[^\s@"'`]{8,128}|[^\s:@"'`$-][^\s:@"'`$]{15,255})(?![^\s"'`,;])/,
    // `user:password`, or a token alone (Gemfury and GitHub Packages take the token as the user).
    accept: (m) => {
      const value = m[1] ?? '';
      const colon = value.indexOf(':');
      return colon === -1 ? looksLikeSecretValue(value, false) : inUse(value.slice(colon + 1));
    },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://bundler.io/man/bundle-config.1.html', how: 'Have the gem source issue new credentials (for Sidekiq Pro/Enterprise, Contributed Systems), then set them only in the environment of the machines that install gems.' },
    docs: 'https://bundler.io/man/bundle-config.1.html#CREDENTIALS-FOR-GEM-SOURCES',
    sample: (g) => `BUNDLE_GEMS__CONTRIBSYS__COM=${g.chars(HEX, 8)}:${g.chars(HEX, 8)}`,
    negatives: ['BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}', 'BUNDLE_WITHOUT=development:test', 'BUNDLE_GEMS__CONTRIBSYS__COM=username:password', 'BUNDLE_GEMS__CONTRIBSYS__COM: "user:$SIDEKIQ_PASSWORD"', 'BUNDLE_BUILD__EVENTMACHINE=--with-cppflags=-I/usr/local/opt/openssl/include:/opt/local/include', 'BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "your-github-token"'],
  }),
];
