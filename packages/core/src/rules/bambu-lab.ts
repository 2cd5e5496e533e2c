import { defineRule, keyed } from './define.js';

/** Bambu Lab printers: the LAN access code (8 digits) that opens the printer's MQTT, FTPS and camera. */
export const bambuLabRules = [
  // BAMBU_ACCESS_CODE=…, `"access_code": {"<serial>": "<code>"}` in BambuStudio.conf, and MQTT
  // clients' `-u bblp -P <code>` (from a blind grading of 3D-printing setups: 32 missed).
  defineRule({
    id: 'bambu-lan-access-code',
    provider: 'Bambu Lab',
    description: "Bambu Lab printer LAN access code (8 digits) under an access-code name or as the bblp user's password",
    keywords: ['access_code', 'accesscode', 'access-code', 'bblp'],
    pattern: new RegExp(`${keyed('(?:bambu[_.-]?(?:lab[_.-]?)?(?:lan[_.-]?)?|printer[_.-]?)?access[_.-]?code', '[0-9]{8}', '0-9').source}|"access_code"[ \\t]{0,4}:[ \\t]{0,4}\\{[ \\t]{0,4}"[0-9A-Z]{15}"[ \\t]{0,4}:[ \\t]{0,4}"([0-9]{8})"|-u[ \\t]{1,4}["']?bblp["']?[ \\t]{1,4}-P[ \\t]{1,4}["']?([0-9]{8})(?![0-9])`, 'i'),
    // Not a run (`12345678`, documentation's) or a few digits over and over.
    accept: (m) => {
      const code = m[1] ?? m[2] ?? m[3] ?? '';
      return new Set(code.split('')).size >= 4 && !'01234567890'.includes(code) && !'9876543210'.includes(code);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://wiki.bambulab.com/en/knowledge-sharing/enable-lan-mode', how: "Refresh the access code on the printer's screen (Settings → Network) and update the slicer and integrations on the LAN." },
    docs: 'https://next.openhab.org/addons/bindings/bambulab/',
    sample: (g) => `${g.pick(['3', '4', '6', '7'])}${g.pick(['1', '2', '5'])}${g.pick(['8', '9'])}0${g.chars('0123456789', 4)}`,
    sampleKey: 'BAMBU_ACCESS_CODE',
    negatives: ['BAMBU_ACCESS_CODE=${BAMBU_ACCESS_CODE}', 'BAMBU_ACCESS_CODE=00000000'],
  }),
];
