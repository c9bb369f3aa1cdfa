import { randomFillSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet), with a strict Content-Security-Policy:
 * - scripts only from this server (`script-src 'self'`, no inline script, no eval);
 * - style sheets (`style-src-elem`) only from this server, plus <style> elements carrying the page's nonce — AG Grid
 *   injects its theme that way (the client passes the nonce from <meta name="csp-nonce"> as `styleNonce`);
 * - style *attributes* (`style-src-attr 'unsafe-inline'`): Element Plus and AG Grid position popups, columns and
 *   rows with `style="…"` on elements; an attribute cannot load anything or run script, and the split keeps inline
 *   <style> elements refused;
 * - nothing framed (`frame-ancestors 'none'`, X-Frame-Options DENY), no plugins, forms and base URL to self;
 * - `nosniff`, `Referrer-Policy: same-origin`; HSTS only when the request came over TLS (directly, or as a trusted
 *   proxy says with X-Forwarded-Proto) — never on a plain-HTTP intranet address, which it would break.
 */
export function securityHeaders(): RequestHandler[] {
  const nonce: RequestHandler = (_req, res, next) => {
    res.locals.cspNonce = nextNonce();
    next();
  };
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcElem: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce as string}'`],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
  const hsts: RequestHandler = (req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
  return [nonce, headers, hsts];
}

/**
 * The same headers as securityHeaders() for the raw fast page route (plain node:http answers, never over TLS: that
 * route leaves HTTPS and forwarded requests to Express): helmet is run once on a stand-in answer to record what it
 * sets, and each answer gets those headers with a fresh CSP nonce in place of the recorded placeholder.
 */
export async function recordedSecurityHeaders(): Promise<(res: ServerResponse) => void> {
  const helmetMw = securityHeaders()[1]!;
  const placeholder = 'doudi-nonce-placeholder';
  const set: [string, string | number | readonly string[]][] = [];
  const standIn = {
    locals: { cspNonce: placeholder },
    setHeader(name: string, value: string | number | readonly string[]) { set.push([name, value]); return standIn; },
    removeHeader() {},
    getHeader() { return undefined; },
  };
  await new Promise<void>((resolve, reject) => {
    void helmetMw({ headers: {}, method: 'POST', url: '/graphql' } as never, standIn as never, (err?: unknown) => (err ? reject(err) : resolve()));
  });
  return (res) => {
    const nonce = nextNonce();
    for (const [name, value] of set) res.setHeader(name, typeof value === 'string' && value.includes(placeholder) ? value.replace(placeholder, nonce) : value);
  };
}

// 16 fresh random bytes per answer, cut from a pool filled 256 answers at a time (one CSPRNG call instead of one per
// request: the per-request call showed as ~3% of a small request's CPU profile). Every nonce is still used once.
const POOL = Buffer.alloc(16 * 256);
let poolAt = POOL.length;
function nextNonce(): string {
  if (poolAt >= POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  poolAt += 16;
  return POOL.toString('base64', poolAt - 16, poolAt);
}

/**
 * The client's app shell (index.html) with the response's CSP nonce in <meta name="csp-nonce">; never cached, since
 * the nonce is new on each answer.
 */
export function clientShell(clientDist: string): RequestHandler {
  const html = readFileSync(join(clientDist, 'index.html'), 'utf8');
  return (_req, res) => {
    const nonce = String(res.locals.cspNonce ?? '');
    res.type('html').set('Cache-Control', 'no-store')
      .send(html.replace('<head>', `<head>\n    <meta name="csp-nonce" content="${nonce}" />`));
  };
}
