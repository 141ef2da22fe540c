#!/usr/bin/env bash
# Smoke-test a built bundle (default dist/Winbook) as a machine with no Python would run it:
# every run has an empty PATH and a fresh HOME. Checks --version, a packet export (and that a
# second export refuses to replace it), a print run with two worker processes, and the window
# starting offscreen and ending cleanly on SIGTERM. Used by .ci/run after tools/dev.sh bundle.
set -euo pipefail
bundle="$(realpath "${1:-dist/Winbook}")"
exe="$bundle/winbook"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
clean_env=(env -i HOME="$home" PATH= LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
run() { "${clean_env[@]}" "$exe" "$@"; }
fail() { echo "bundle smoke test: $*" >&2; exit 1; }

version="$(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml")"
[ "$(run --version)" = "winbook $version" ] || fail "--version did not print 'winbook $version'"

run samples "$home/plans" >/dev/null
run export "$home/plans/school-board.winbook" --pdf "$home/packet.pdf" >/dev/null
[ "$(head -c 5 "$home/packet.pdf")" = "%PDF-" ] || fail "the packet is not a PDF"
[ "$(stat -c %s "$home/packet.pdf")" -gt 20000 ] || fail "the packet is too small"
set +e
run export "$home/plans/school-board.winbook" --pdf "$home/packet.pdf" 2>/dev/null
code=$?
set -e
[ "$code" -eq 2 ] || fail "a second export replaced the packet without --force (exit $code)"
# a print run in two worker processes (spawned from the bundle's own program)
run export "$home"/plans/*.winbook --merge "$home/run.pdf" --jobs 2 >/dev/null \
  || fail "the print run with two workers failed"
[ "$(head -c 5 "$home/run.pdf")" = "%PDF-" ] || fail "the print run is not a PDF"

"${clean_env[@]}" "$exe" --sample county-clerk >/dev/null 2>&1 &  # env execs: $! is winbook
pid=$!
locks="$home/.local/share/Winbook/Winbook/autosave"
for _ in $(seq 1 100); do
  compgen -G "$locks/*.lock" >/dev/null && break
  sleep 0.2
done
compgen -G "$locks/*.lock" >/dev/null || { kill -KILL "$pid"; fail "the window did not open a plan"; }
kill -TERM "$pid"
set +e
wait "$pid"
code=$?
set -e
[ "$code" -eq 143 ] || fail "SIGTERM ended the window with exit $code, not 143"
! compgen -G "$locks/*.lock" >/dev/null || fail "SIGTERM left a lock behind"
echo "bundle smoke test passed: $exe ($(du -sh --apparent-size "$bundle" | cut -f1))"
