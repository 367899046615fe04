#!/usr/bin/env bash
# The README's run command: install into .venv and start the application with demo data
# (--demo fills a fresh database). Extra arguments are passed to the application.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --disable-pip-version-check -e .

exec sagicc-desktop --demo "$@"
