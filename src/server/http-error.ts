/** An HTTP error with its one-line reason in both languages; the answer is in the request's. */
import type { FastifyRequest } from 'fastify';

export type Lang = 'id' | 'en';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly en: string,
    readonly id: string = en,
    /** Extra headers for the answer (`Allow`, `Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(en);
  }

  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.id;
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
