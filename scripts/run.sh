#!/usr/bin/env bash
# Set up (once) and open Notula.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
