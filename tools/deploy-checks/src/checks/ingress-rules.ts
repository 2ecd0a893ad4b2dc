/** Paths that must never be reachable through an ingress, with case and trailing-slash variants. */
const DENIED_PATHS = [
  '/prometheus',
  '/PROMETHEUS',
  '/prometheus/',
  '/queue-admin/retry-all-dlqs',
  '/Queue-Admin/Retry-All-Dlqs/',
  '/admin',
  '/admin/retry-tier/short',
  '/admin/reprocess-booking/1200835',
] as const;

/** Public paths the denial must leave alone (operators' and analysts' endpoints, health). */
const ALLOWED_PATHS = [
  '/queue-admin/retry-dlq/ptpu-events-dlq',
  '/queue-admin/get-dlq-messages/ptpu-events-dlq',
  '/report/processed',
  '/health',
  '/info',
  '/swagger-ui/index.html',
  '/administrator',
  '/prometheus-docs',
] as const;

/**
 * Reads the nginx snippet `if ($uri ~* "<regex>") { return 401; }` out of an ingress template and tries it on
 * the paths above, so the check proves what nginx would refuse rather than that some words appear. nginx uses
 * PCRE; the snippet sticks to syntax that JavaScript reads the same way.
 */
export function checkIngressDenials(text: string): string[] {
  const snippet = /if \(\$uri ~\* "([^"]+)"\) \{\s*return 401;\s*\}/.exec(text);
  if (!snippet) return ['no `if ($uri ~* "...") { return 401; }` snippet'];
  const denies = new RegExp(snippet[1], 'i');
  return [
    ...DENIED_PATHS.filter((path) => !denies.test(path)).map((path) => `${path} is not denied`),
    ...ALLOWED_PATHS.filter((path) => denies.test(path)).map(
      (path) => `${path} is denied but must stay reachable`,
    ),
  ];
}
