// One Content-Security-Policy for both hosts (Electron's app:// protocol and the loopback host).
// Styles allow inline because the component library writes CSS variables in a <style> element;
// scripts never do. QR codes are shown as data: images.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
