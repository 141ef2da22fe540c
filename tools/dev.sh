#!/usr/bin/env bash
# Set up everything Winbook needs on a fresh Debian/Ubuntu machine, then run it or test it.
#   tools/dev.sh run    install, then open the window with a copy of a bundled sample plan
#   tools/dev.sh test   install with the test extra, then run the whole test suite
#   tools/dev.sh lint   install with the test extra, then ruff and mypy
#   tools/dev.sh bundle install with the bundle extra, then build dist/Winbook/ (PyInstaller):
#                       a folder that runs with no Python; dist/Winbook/winbook is the program
# Idempotent: a second run only reinstalls the package itself.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
shift || true

VENV="${WINBOOK_VENV:-.venv}"
PY="${PYTHON:-python3}"

# Debian packages: python3-venv (Debian's python3 cannot make a venv without it), Qt's runtime
# libraries (offscreen and X11), a font, poppler for PDF checks, Xvfb for real-window
# screenshots, LibreOffice Calc to recalculate exported workbooks in tests.
BASE_DEBS="python3-venv"
QT_DEBS="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0"
TEST_DEBS="poppler-utils xvfb xauth libreoffice-calc desktop-file-utils shared-mime-info"

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

setup() {
  local extra="$1"
  if command -v apt-get >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    apt_install $BASE_DEBS $QT_DEBS
    # shellcheck disable=SC2086
    [ "$extra" = "test" ] && apt_install $TEST_DEBS
  fi
  # bin/pip, not bin/python: a venv whose ensurepip failed has python but no pip; redo it.
  [ -x "$VENV/bin/pip" ] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  case "$extra" in
    test) "$VENV/bin/python" -m pip install -q ".[test]" ;;
    bundle) "$VENV/bin/python" -m pip install -q ".[bundle]" ;;
    *) "$VENV/bin/python" -m pip install -q . ;;
  esac
}

case "$mode" in
  run)
    setup run
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: starting Winbook in a virtual X display (xvfb-run); run this" >&2
      echo "command from a desktop session to see the window." >&2
      apt_install xvfb xauth
      exec xvfb-run -a "$VENV/bin/winbook" --sample "$@"
    fi
    exec "$VENV/bin/winbook" --sample "$@"
    ;;
  test)
    setup test
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  lint)
    setup test
    "$VENV/bin/ruff" check src tests bench tools
    "$VENV/bin/ruff" format --check src tests bench tools
    "$VENV/bin/mypy"
    ;;
  bundle)
    setup bundle
    rm -rf dist/Winbook
    "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
      --distpath dist --workpath build/pyinstaller winbook.spec
    echo "Built dist/Winbook/ ($(du -sh --apparent-size dist/Winbook | cut -f1)); run dist/Winbook/winbook"
    ;;
  *)
    echo "usage: tools/dev.sh run|test|lint|bundle" >&2
    exit 2
    ;;
esac
