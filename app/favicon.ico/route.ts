// Browsers still ask for /favicon.ico on their own (downloads, some streamed pages) even though
// the layout links app/icon.svg; answer with a redirect to it instead of a 404 in every console.
export const dynamic = 'force-static';

export function GET(request: Request): Response {
  return Response.redirect(new URL('/icon.svg', request.url), 308);
}
