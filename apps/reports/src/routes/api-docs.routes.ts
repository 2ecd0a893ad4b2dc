import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Router } from '@koa/router';

/** The swagger-ui-dist files the page loads; nothing else in that folder is served. */
const SWAGGER_UI_ASSETS = new Set([
  'swagger-ui.css',
  'index.css',
  'swagger-ui-bundle.js',
  'swagger-ui-standalone-preset.js',
  'favicon-32x32.png',
  'favicon-16x16.png',
]);

// Relative links throughout, so the page also works behind an ingress that adds a path prefix.
const INDEX_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <title>Prison to Probation update: reports API</title>
    <link rel="stylesheet" type="text/css" href="./swagger-ui.css" />
    <link rel="stylesheet" type="text/css" href="./index.css" />
    <link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32" />
    <link rel="icon" type="image/png" href="./favicon-16x16.png" sizes="16x16" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="./swagger-ui-bundle.js" charset="UTF-8"></script>
    <script src="./swagger-ui-standalone-preset.js" charset="UTF-8"></script>
    <script src="./swagger-initializer.js" charset="UTF-8"></script>
  </body>
</html>
`;

// Keeps the token entered under "Authorize" across page reloads, so an analyst pastes it once per session.
const INITIALIZER_JS = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../v3/api-docs', window.location.href).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    persistAuthorization: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
};
`;

/**
 * The API description at /v3/api-docs and Swagger UI at /swagger-ui (the original's /swagger-ui.html
 * redirects there too). Open to everyone, as in the original: it describes the API, not its data.
 */
export function apiDocsRouter(apiDocument: object): Router {
  const router = new Router();
  const assetsDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

  router.get('/v3/api-docs', (ctx) => (ctx.body = apiDocument));
  router.get(['/swagger-ui', '/swagger-ui.html'], (ctx) => ctx.redirect('swagger-ui/index.html'));
  router.get('/swagger-ui/', (ctx) => ctx.redirect('index.html'));
  router.get('/swagger-ui/index.html', (ctx) => {
    ctx.type = 'html';
    ctx.body = INDEX_HTML;
  });
  router.get('/swagger-ui/swagger-initializer.js', (ctx) => {
    ctx.type = 'js';
    ctx.body = INITIALIZER_JS;
  });
  router.get('/swagger-ui/:asset', (ctx) => {
    const { asset } = ctx.params;
    if (!asset || !SWAGGER_UI_ASSETS.has(asset)) return; // koa answers 404
    ctx.type = path.extname(asset);
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = createReadStream(path.join(assetsDir, asset));
  });
  return router;
}
