#!/usr/bin/env bash
# Installs the Debian packages the tests drive beyond npm, so that the README's one test command works
# on a fresh Debian machine. Run from `pretest` (default set) and `test:full` (with --full).
#
#   neovim             a second LSP client (test/lsp/neovim.test.ts)
#   chromium           renders the HTML reports and drives the UI tests
#   libreoffice-writer renders the docx exports to PDF/PNG (--full; test/full/docx-render.test.ts)
#   poppler-utils      the PDF's text and pages for that check (--full)
#   fonts-crosextra-carlito  Calibri's metrics, so that LibreOffice lays the docx out as Word does (--full)
#   pre-commit         runs the hook of .pre-commit-hooks.yaml as written (--full)
#
# Missing packages are installed with apt-get when this runs as root on Debian; otherwise it stops
# with one line naming what to install. Nothing is touched when everything is there.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have nvim || need+=(neovim)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
if [ "${1:-}" = "--full" ]; then
  have soffice || need+=(libreoffice-writer)
  { have pdftoppm && have pdftotext; } || need+=(poppler-utils)
  have pre-commit || need+=(pre-commit)
  { have fc-list && fc-list | grep -qi carlito; } || need+=(fonts-crosextra-carlito)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && have apt-get; then
  echo "intervention-lint tests: installing ${need[*]} (apt-get)" >&2
  # Another apt run on the same machine holds the lock for a while: wait for it rather than fail.
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >&2
  exit 0
fi
echo "intervention-lint tests need these Debian packages: ${need[*]} (sudo apt-get install ${need[*]})" >&2
exit 1
