/** /api: the readable reference lives at /open-data (outside /api, which i18n routing skips). */
export function GET(request: Request) {
  return Response.redirect(new URL("/open-data", request.url), 308);
}
