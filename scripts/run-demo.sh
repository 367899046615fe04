#!/usr/bin/env bash
# The README's run command: install into .venv and start the application with demo data
# (--demo fills a fresh database). Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
ensure_venv_install "."

exec sagicc-desktop --demo "$@"
