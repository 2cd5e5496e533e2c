import { defineRule, LOWER_ALNUM } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Split (Harness feature management) credentials. */
export const splitRules = [
  // A server-side SDK key as the factory's argument: Java's SplitFactoryBuilder.build("…"),
  // Python's get_factory('…'), Ruby's SplitIoClient::SplitFactory.new('…'), Go's
  // client.NewSplitFactory("…", cfg). (From a blind grading of feature-flag SDKs.)
  defineRule({
    id: 'split-sdk-key-factory',
    provider: 'Split',
    description: "Split SDK key passed to Split's factory (SplitFactoryBuilder.build, get_factory, SplitFactory.new, NewSplitFactory)",
    keywords: ['splitfactory', 'get_factory(', 'newsplitfactory'],
    pattern: /(?<![A-Za-z0-9_$])(?:SplitFactoryBuilder\.build|get_factory|SplitIoClient::SplitFactory\.new|SplitFactory\.new|NewSplitFactory)\([ \t]{0,4}(["'`])([a-z0-9]{20,64})\1[ \t]{0,4}[,)]/,
    secretGroup: 2,
    window: { before: 48, after: 200 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://help.split.io/hc/en-us/articles/360019916211-API-keys', how: 'Admin settings → API keys: revoke the SDK key, create a new one for the environment and update the servers.' },
    docs: 'https://help.split.io/hc/en-us/articles/360019916211-API-keys',
    sample: (g) => `SplitFactory factory = SplitFactoryBuilder.build("${g.chars(LOWER_ALNUM, 36)}", config);`,
    negatives: ['SplitFactory factory = SplitFactoryBuilder.build(System.getenv("SPLIT_SDK_KEY"), config);', "factory = get_factory('localhost')", "factory = get_factory('your_sdk_key_goes_here_1234')"],
  }),
];
