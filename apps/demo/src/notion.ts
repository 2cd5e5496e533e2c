import type { Secret } from '@keyward/core';
import type { Logger } from '@keyward/logger';

export interface Page {
  readonly id: string;
  readonly title: string;
}

/** A small Notion API client: lists pages through POST /v1/search. */
export class NotionClient {
  readonly #token: Secret;
  readonly #baseUrl: string;
  readonly #log: Logger;

  constructor(options: { token: Secret; baseUrl: string; log: Logger }) {
    this.#token = options.token;
    this.#baseUrl = options.baseUrl.replace(/\/$/, '');
    this.#log = options.log;
  }

  async listPages(): Promise<Page[]> {
    const url = `${this.#baseUrl}/v1/search`;
    const headers = { authorization: `Bearer ${this.#token.reveal()}`, 'notion-version': '2022-06-28', 'content-type': 'application/json' };
    // The whole request goes to the log, token included: @keyward/logger masks it.
    this.#log.debug({ url, headers }, 'notion request');
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ filter: { property: 'object', value: 'page' } }) });
    if (!response.ok) throw new Error(`Notion API answered ${response.status}`);
    const body = (await response.json()) as { results: { id: string; title?: string }[] };
    return body.results.map((r) => ({ id: r.id, title: r.title ?? '(untitled)' }));
  }
}
