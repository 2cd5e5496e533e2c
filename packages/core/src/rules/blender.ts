import { defineRule, HEX } from './define.js';
import { isPasswordValue } from './generic.js';

/** Blender add-ons: credentials given as a preference's default. */
export const blenderRules = [
  // An add-on's preference declared as a password field (`bpy.props.StringProperty(name="API key",
  // subtype='PASSWORD', default="…")`), with the key written in as its default. From a blind
  // grading of design tools: 10 of 13 missed.
  defineRule({
    id: 'blender-password-property-default',
    provider: 'Blender',
    description: "Default value of a Blender add-on's password property (StringProperty(subtype='PASSWORD', default=…))",
    keywords: ['stringproperty('],
    pattern: /(?<![A-Za-z0-9_])StringProperty\((?=[^)]{0,600}?subtype[ \t]{0,4}=[ \t]{0,4}["']PASSWORD["'])[^)]{0,600}?(?<![A-Za-z0-9_])default[ \t]{0,4}=[ \t]{0,4}(["'])([^"'\s]{6,256})\1/,
    secretGroup: 2,
    accept: (m) => isPasswordValue(m[2] ?? ''),
    window: { before: 16, after: 1400 },
    span: 'block',
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.blender.org/api/current/bpy.props.html', how: 'Rotate the key at its issuer; leave the default empty and let the user enter the key in the add-on\'s preferences.' },
    docs: 'https://docs.blender.org/api/current/bpy.props.html#bpy.props.StringProperty',
    sample: (g) => `    api_key: bpy.props.StringProperty(\n        name="API key",\n        subtype='PASSWORD',\n        default="${g.chars(HEX, 40)}",\n    )`,
    sampleIsBlock: true,
    negatives: ['api_key: bpy.props.StringProperty(name="API key", subtype="PASSWORD", default="")', 'name: StringProperty(name="Name", default="untitled-scene")'],
  }),
];
