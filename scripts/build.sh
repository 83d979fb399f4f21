#!/usr/bin/env bash
# The one-folder build: dist/notula/notula (notula.exe and notula-cli.exe on
# Windows) with everything it needs beside it, then a check that the built
# program answers, imports and renders from another folder and that its
# window starts. Usage: bash scripts/build.sh [--no-check]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  .venv/bin/python -m pip install --quiet -e ".[test,build]"
fi
started=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller scripts/notula.spec
echo "built dist/notula in $(($(date +%s) - started)) s: $(du -sh dist/notula | cut -f1)"
[ "${1:-}" = "--no-check" ] || .venv/bin/python scripts/check_build.py dist/notula
