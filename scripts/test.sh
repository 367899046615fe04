#!/usr/bin/env bash
# The project's test command (README): venv, editable install, import contracts, pytest.
# Extra arguments go to pytest. Exits with pytest's code, except that "no tests collected"
# (5) counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
ensure_venv_install ".[test]"

# The cache goes under build/ (ignored by git) rather than .import_linter_cache/.
lint-imports --cache-dir build/import-linter-cache

export QT_QPA_PLATFORM=offscreen
status=0
python -m pytest -q -p no:cacheprovider "$@" || status=$?
if [[ $status -eq 5 ]]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit "$status"
