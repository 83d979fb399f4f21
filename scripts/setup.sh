#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine: system libraries Qt needs, then a
# virtual environment with Notula and its Python packages. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin, GL/EGL, fonts and keyboard handling; LibreOffice
# (writer, no GUI) for PDF output; poppler for checking PDFs in the tests;
# fonts with Arial/Times metrics so PDF pages break like Word's.
SYSTEM_PACKAGES=(
  python3-venv
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon0
  libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-liberation2 libreoffice-writer-nogui poppler-utils
)
missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Python packages: installed again only when pyproject.toml changes, so
# that later starts of scripts/run.sh are quick.
stamp=.venv/.notula-installed
if [ ! -x .venv/bin/python ] || [ ! -f "$stamp" ] || ! cmp -s pyproject.toml "$stamp"; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".[test]"
  cp pyproject.toml "$stamp"
fi
# The .qm is committed; this compiles it again only where a .ts is newer.
.venv/bin/python -m gui.i18n_build
