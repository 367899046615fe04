#!/usr/bin/env bash
# The project's test command (README): venv, editable install, import contracts, pytest.
# Exits with pytest's code, except that "no tests collected" (5) counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
# shellcheck disable=SC1091
. .venv/bin/activate
python -m pip install -q --disable-pip-version-check -e ".[test]"

lint-imports

export QT_QPA_PLATFORM=offscreen
status=0
python -m pytest -q -p no:cacheprovider "$@" || status=$?
if [[ $status -eq 5 ]]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
