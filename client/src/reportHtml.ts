/**
 * Adapts the server's self-contained report page (`renderHtml`) to a webview: a Content-Security-Policy
 * that allows only the webview's own resources and inline styles (no scripts, nothing from the
 * network), and a stylesheet that maps the report's colours onto the VS Code theme. Pure: no vscode.
 */
import { html, join, raw } from '../../server/src/markup/html';

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

/** The report page with the webview's CSP (replacing the page's own) and the theme stylesheet. */
export function themedReportHtml(page: string, cspSource: string): string {
  // Written as is, as the server's pages write theirs: the policy is the tool's constant plus VS Code's own origin.
  const meta = String(html`<meta http-equiv="Content-Security-Policy" content="${raw(webviewCsp(cspSource))}">`);
  let themed = CSP_META.test(page) ? page.replace(CSP_META, meta) : page.replace(/<head[^>]*>/i, (head) => `${head}\n${meta}`);
  if (!themed.includes(meta)) themed = `<!DOCTYPE html><html><head>${meta}</head><body>${page}</body></html>`;
  const style = `<style id="vscode-theme">${THEME_CSS}</style>`;
  return /<\/head>/i.test(themed) ? themed.replace(/<\/head>/i, `${style}</head>`) : `${style}${themed}`;
}

/** A small page for messages (no description open, server not reachable). */
export function messageHtml(title: string, message: string, cspSource: string, language: string): string {
  return themedReportHtml(
    String(
      join(
        [
          html`<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title></head>`,
          html`<body><main style="padding: 24px"><h1 style="font-size: 1.3rem">${title}</h1><p>${message}</p></main></body></html>`,
        ],
        '',
      ),
    ),
    cspSource,
  );
}
