#!/bin/sh
# The JVM that Surefire and Failsafe fork for tests (see the root pom, profile
# "x11-display"). Swing tests need real windows: when DISPLAY is unset and Xvfb is
# installed, start a private Xvfb for this JVM only, and stop it when the JVM exits.
java_bin="${TAPEDECK_TEST_JAVA:-java}"
if [ -n "$DISPLAY" ] || ! command -v Xvfb >/dev/null 2>&1; then
  exec "$java_bin" "$@"
fi
fd_file=$(mktemp)
# -displayfd picks a free display number itself, so parallel builds never collide.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp -ac 3>"$fd_file" >/dev/null 2>&1 &
xvfb_pid=$!
i=0
while [ ! -s "$fd_file" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
display_number=$(head -n 1 "$fd_file")
rm -f "$fd_file"
if [ -z "$display_number" ]; then
  echo "java-with-display: Xvfb did not start" >&2
  kill "$xvfb_pid" 2>/dev/null
  exec "$java_bin" "$@"
fi
export DISPLAY=":$display_number"
trap 'kill "$xvfb_pid" 2>/dev/null' EXIT INT TERM
"$java_bin" "$@"
status=$?
kill "$xvfb_pid" 2>/dev/null
wait "$xvfb_pid" 2>/dev/null
exit $status
