/**
 * Who may talk to the server. A page on another site must not be able to use a reviewer's local
 * server: requests must name this server in `Host` (loopback names by default, more with
 * `--allow-host`), which stops DNS rebinding (421), and a POST from a browser must come from this
 * server's own page (`Origin`, `Sec-Fetch-Site`), which stops cross-site form posts (403).
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.js';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

export interface HostPolicy {
  /** Host names (no port) the server answers to. */
  names: Set<string>;
  /** Names given with --allow-host: another origin with one of these names may post too. */
  extra: Set<string>;
}

/** `Example.org.:8080` → `example.org`; `[::1]:80` → `::1`. */
export function hostName(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) h = h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  else if (h.split(':').length === 2) h = h.split(':')[0]!;
  return h.replace(/\.$/, '');
}

export function hostPolicy(listenHost: string | undefined, allowHosts: string[] = []): HostPolicy {
  const extra = new Set(allowHosts.map(hostName).filter(Boolean));
  const names = new Set([...LOOPBACK, ...extra]);
  // Listening on a named address (not 0.0.0.0): that address is a name of this server too.
  if (listenHost !== undefined && !WILDCARD.has(hostName(listenHost))) names.add(hostName(listenHost));
  return { names, extra };
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The refusal for a request that does not come from this server's own users, or null. */
export function refuseForeign(req: FastifyRequest, policy: HostPolicy): HttpError | null {
  const host = req.headers.host;
  // HTTP/1.1 without Host is refused by Node itself; HTTP/1.0 without it is no browser.
  if (host !== undefined && !policy.names.has(hostName(host))) {
    return new HttpError(421, 'http.wrongHost', { host: hostName(host).slice(0, 80) });
  }
  if (SAFE.has(req.method)) return null;
  const crossSite = new HttpError(403, 'http.crossSite');
  if (req.headers['sec-fetch-site'] === 'cross-site') return crossSite;
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return crossSite;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return crossSite;
  if (host !== undefined && url.host === host.toLowerCase()) return null;
  if (policy.extra.has(hostName(url.host))) return null;
  return crossSite;
}

/** The methods each path answers to (for 405 and `Allow`); `*` ends a prefix. */
export function allowedMethods(routes: Record<string, string>, path: string): string | undefined {
  if (routes[path]) return routes[path];
  for (const [pattern, methods] of Object.entries(routes)) if (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1))) return methods;
  return undefined;
}
