#!/usr/bin/env bash
# Install into .venv and start the application on your own data (no demo data): a fresh data
# folder starts empty and the first window creates the administrator. Extra arguments go to
# the application, e.g. --data-dir DIR, --lang es.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
ensure_venv_install "."

exec sagicc-desktop "$@"
