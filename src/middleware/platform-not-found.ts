import { applySecurityHeaders } from './security-headers'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The platform's own 404: says the address is unknown, never falls back to some tenant's site. */
export function platformNotFound(host: string | null): Response {
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Site introuvable — Vitrine</title><meta name="robots" content="noindex"><link rel="stylesheet" href="/platform.css"></head>
<body class="platform"><main class="platform-main not-found">
<h1>Site introuvable</h1>
<p>Aucun site Vitrine ne répond à l’adresse <strong>${escapeHtml(host ?? '')}</strong>.</p>
<p lang="en">No Vitrine site answers at this address.</p>
</main></body></html>`
  const response = new Response(html, { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } })
  applySecurityHeaders(response.headers)
  return response
}
