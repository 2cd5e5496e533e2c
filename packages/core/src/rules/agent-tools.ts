import { ALNUM, defineRule, uuidSample } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** AI agents' tool endpoints and search APIs. (From a blind grading of agent, MCP and LLM stacks.) */
export const agentToolRules = [
  // A Zapier MCP server's URL carries its secret in the path (`https://mcp.zapier.com/api/mcp/s/<secret>/mcp`,
  // base64 of two UUIDs): Zapier says to treat the URL like a password.
  defineRule({
    id: 'zapier-mcp-server-url',
    provider: 'Zapier',
    description: 'Zapier MCP server URL whose path holds its secret (mcp.zapier.com/api/mcp/s/<secret>/mcp)',
    keywords: ['mcp.zapier.com/api/mcp/s/'],
    pattern: /mcp\.zapier\.com\/api\/mcp\/s\/([A-Za-z0-9+_=-]{24,256})(?=\/|["'\s]|$)/,
    window: { before: 0, after: 300 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://mcp.zapier.com/', how: "Zapier MCP → the server's Connect tab: rotate the server URL, and keep the new one in the client's secret settings." },
    docs: 'https://zapier.com/mcp',
    sample: (g) => `https://mcp.zapier.com/api/mcp/s/${btoa(`${uuidSample(g)}:${uuidSample(g)}`)}/mcp`,
    negatives: ['"url": "https://mcp.zapier.com/api/mcp/s/YOUR_SECRET/mcp"', '"url": "https://mcp.zapier.com/api/mcp/s/<secret>/mcp"'],
  }),
  // Brave Search API keys: "BSA" and 28 letters, digits, "_" or "-", with Brave named near them
  // (the names vary: BRAVE_API_KEY, BRAVE_SEARCH_API_KEY, or an MCP server's env block).
  defineRule({
    id: 'brave-search-api-key',
    provider: 'Brave',
    description: 'Brave Search API key (BSA and 28 characters) with Brave named nearby',
    keywords: ['brave'],
    pattern: /(?<![A-Za-z0-9_-])(BSA[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    span: 'near',
    window: { before: 400, after: 400 },
    accept: (m) => /[A-Z]/.test((m[1] ?? '').slice(3)) && /[a-z]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? '') && looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://api-dashboard.search.brave.com/app/keys', how: 'API dashboard → API keys: delete the key, create a new one and read it from the environment.' },
    docs: 'https://api-dashboard.search.brave.com/app/documentation/web-search/get-started',
    sample: (g) => `BRAVE_SEARCH_API_KEY=BSA${g.chars(ALNUM, 26)}7Q`,
    negatives: ['BRAVE_API_KEY=BSAxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'BRAVE_API_KEY=${BRAVE_API_KEY}'],
  }),
];
