/** Where the sign-in flow may send a browser back to: a path on this site, never another origin. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  return value;
}

/**
 * True when a state-changing browser request comes from this site: the Origin header (or, when a
 * browser omits it, the Referer) must name this host. Cross-site forms cannot forge either.
 */
export function sameOrigin(request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const origin = request.headers.get('origin') ?? request.headers.get('referer');
  if (!host || !origin) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
