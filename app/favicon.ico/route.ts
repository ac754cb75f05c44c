// Browsers still ask for /favicon.ico on their own (downloads, 404 pages, some streamed pages) even
// though the layout links app/icon.svg; answer with a redirect to it instead of a 404 in every
// console. The Location is relative: this route is prerendered at build time, when an absolute
// URL from the request would name the build's host (localhost:3000), not the one serving it.
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(null, { status: 308, headers: { Location: '/icon.svg' } });
}
