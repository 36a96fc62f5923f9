/**
 * Adapts the server's self-contained report page (`renderHtml`) to a webview: a Content-Security-Policy
 * that allows only the webview's own resources and inline styles (no scripts, nothing from the
 * network), and a stylesheet that maps the report's colours onto the VS Code theme. Pure: no vscode.
 */

/** The webview's policy: `cspSource` is `webview.cspSource`. */
export function webviewCsp(cspSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Theme colours for the report's CSS variables. The chart (an inline SVG with fixed light colours)
 * keeps a light card behind it, so it stays readable in dark and high-contrast themes.
 */
export const THEME_CSS = `
:root { color-scheme: light dark;
  --ink: var(--vscode-editor-foreground);
  --muted: var(--vscode-descriptionForeground);
  --line: var(--vscode-editorWidget-border, var(--vscode-panel-border, rgba(128,128,128,.35)));
  --head: var(--vscode-editorWidget-background, var(--vscode-sideBar-background, rgba(128,128,128,.12)));
  --ok: var(--vscode-testing-iconPassed, #388a34);
  --ok-bg: color-mix(in srgb, var(--vscode-testing-iconPassed, #388a34) 14%, transparent);
  --bad: var(--vscode-errorForeground);
  --bad-bg: color-mix(in srgb, var(--vscode-errorForeground) 12%, transparent);
  --warn: var(--vscode-editorWarning-foreground); }
html, body { background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); }
body { font-family: var(--vscode-font-family); }
code { font-family: var(--vscode-editor-font-family); background: var(--vscode-textCodeBlock-background, var(--head)); }
a { color: var(--vscode-textLink-foreground); }
figure svg { background: #ffffff; border-radius: 6px; padding: 6px; }
table { display: block; max-width: 100%; overflow-x: auto; } /* wide tables scroll in a narrow panel */
body.vscode-high-contrast .level-card, body.vscode-high-contrast .verdict, body.vscode-high-contrast th,
body.vscode-high-contrast td { border-color: var(--vscode-contrastBorder); }
`;

const CSP_META = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>/i;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The report page with the webview's CSP (replacing the page's own) and the theme stylesheet. */
export function themedReportHtml(html: string, cspSource: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(webviewCsp(cspSource))}">`;
  let page = CSP_META.test(html) ? html.replace(CSP_META, meta) : html.replace(/<head[^>]*>/i, (head) => `${head}\n${meta}`);
  if (!page.includes(meta)) page = `<!DOCTYPE html><html><head>${meta}</head><body>${html}</body></html>`;
  const style = `<style id="vscode-theme">${THEME_CSS}</style>`;
  return /<\/head>/i.test(page) ? page.replace(/<\/head>/i, `${style}</head>`) : `${style}${page}`;
}

/** A small page for messages (no description open, server not reachable). */
export function messageHtml(title: string, message: string, cspSource: string, language: string): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return themedReportHtml(
    `<!DOCTYPE html><html lang="${escapeAttribute(language)}"><head><meta charset="utf-8"><title>${esc(title)}</title></head>` +
      `<body><main style="padding: 24px"><h1 style="font-size: 1.3rem">${esc(title)}</h1><p>${esc(message)}</p></main></body></html>`,
    cspSource,
  );
}
