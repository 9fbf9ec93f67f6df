// Response headers through helmet, for the API and the portal it serves: no sniffing, no framing, a
// referrer that stays on this origin, and a Content-Security-Policy that lets the portal run only its
// own scripts. Public landing pages set their own, stricter policy (public-pages.controller.ts).
import helmet from 'helmet';

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // MUI (emotion) writes its styles into <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Served over plain HTTP on a developer's machine; a production proxy in front adds HSTS.
    strictTransportSecurity: false,
  });
}
