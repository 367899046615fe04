# Sourced by test.sh and run-demo.sh: create .venv if missing, activate it, and install the
# project editable. The install is skipped when pyproject.toml and setup.py have not changed
# since the last one with the same extras (an editable install picks up source changes by
# itself, and stale translation catalogues are rebuilt at start-up), which saves the ~10 s
# of a build in an isolated environment on every run.

ensure_venv_install() {
  local target="$1"
  if [[ ! -x .venv/bin/python ]]; then
    python3 -m venv .venv
  fi
  # shellcheck disable=SC1091
  . .venv/bin/activate
  local stamp=".venv/.sagicc-install-$(printf '%s' "$target" | tr -c 'A-Za-z0-9' '_')"
  local key
  key="$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$key" ]] && command -v sagicc-desktop >/dev/null; then
    return 0
  fi
  python -m pip install -q --disable-pip-version-check -e "$target"
  printf '%s\n' "$key" >"$stamp"
}
