/** An HTTP error with its one-line reason from the message catalogue; the answer is in the request's language. */
import type { FastifyRequest } from 'fastify';
import { t, type MessageKey, type Vars } from '../messages.js';

export type Lang = 'id' | 'en';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    /** The reason, a key of the message catalogue (src/messages.ts) with its values. */
    readonly key: MessageKey,
    readonly vars: Vars = {},
    /** Extra headers for the answer (`Allow`, `Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(t('en', key, vars));
  }

  get en(): string {
    return this.text('en');
  }

  get id(): string {
    return this.text('id');
  }

  text(lang: Lang): string {
    return t(lang, this.key, this.vars);
  }
}

/** The language of a request: `?lang=`, else the first of id/en in Accept-Language, else Indonesian. */
export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query ?? {}) as Record<string, unknown>;
  if (q.lang === 'en' || q.lang === 'id') return q.lang;
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase();
  const first = /(?:^|,)\s*(en|id)(?![a-z])/.exec(accept);
  return first?.[1] === 'en' ? 'en' : 'id';
}
