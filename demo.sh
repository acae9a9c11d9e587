#!/usr/bin/env bash
# Runs the Tapedeck demo, the embedded default: builds what is missing, then
# `java -jar examples/target/tapedeck-demo.jar` starts a local collector on 127.0.0.1:8787 (or a
# free port), runs Tapedeck CRM (a Swing app) with the Tapedeck agent uploading to it, and prints
# the address where the replay plays in a browser.
#
#   ./demo.sh                        interactive with a display; the collector serves until Ctrl-C
#   ./demo.sh --autopilot            drives itself with java.awt.Robot for about 30 s, then exits
#   ./demo.sh --autopilot-seconds 15
#   ./demo.sh --port 9000
#   ./demo.sh --app inventory        the JavaFX demo (Tapedeck Inventory) instead of the Swing CRM
#
# Everything goes to ./tapedeck-data (or $TAPEDECK_DEMO_DIR). Needs a JDK 17+ and Node/npm (the
# build fetches Maven itself and the rrweb player with npm); installs Xvfb, fonts and GTK from
# Debian's packages when they are missing and it runs as root (otherwise it prints the install
# line). Without a display it starts its own Xvfb, runs the autopilot, and also writes a
# self-contained replay.html.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
agent_jar="$root/agent/target/tapedeck-agent.jar"
demo_jar="$root/examples/target/tapedeck-demo.jar"
data_dir="${TAPEDECK_DEMO_DIR:-$root/tapedeck-data}"

. tools/prerequisites.sh
if [ -n "${DISPLAY:-}" ]; then need_packages demo --display; else need_packages demo; fi

# Build when a jar is missing or any source is newer than it.
stale() {
  [ ! -f "$agent_jar" ] || [ ! -f "$demo_jar" ] && return 0
  local changed
  changed=$(find tapedeck-api core swing-adapter javafx-adapter uploader collector agent examples pom.xml \
    \( -path '*/target' -o -path '*/node_modules' \) -prune -o -type f \
    \( -newer "$agent_jar" -o -newer "$demo_jar" \) -print 2>/dev/null | head -n 1)
  [ -n "$changed" ]
}
if stale; then
  echo "Building Tapedeck (the first build downloads Maven and dependencies; it takes a few minutes)..."
  build_log=$(mktemp)
  if ! ./mvnw -q -B -o -DskipTests install >"$build_log" 2>&1; then
    ./mvnw -q -B -DskipTests install
  fi
  rm -f "$build_log"
fi

args=("$@")
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT INT TERM
if [ -z "${DISPLAY:-}" ] && [ "$(uname -s)" = "Linux" ]; then
  fd_file=$(mktemp)
  # -displayfd lets Xvfb pick a free display number and tell us which.
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$fd_file" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 1 100); do
    [ -s "$fd_file" ] && break
    sleep 0.1
  done
  display_number=$(head -n 1 "$fd_file" || true)
  rm -f "$fd_file"
  if [ -z "$display_number" ]; then
    echo "demo.sh: Xvfb did not start." >&2
    exit 1
  fi
  export DISPLAY=":$display_number"
  echo "No display: started Xvfb on $DISPLAY and running the autopilot."
  case " ${args[*]:-} " in
    *" --autopilot"*) ;;
    *) args+=(--autopilot) ;;
  esac
  # Whoever runs this without a display may have no browser here either: one file to copy.
  args+=(--replay-html "$data_dir/replay.html")
else
  case " ${args[*]:-} " in
    *" --autopilot"*) ;;
    *)
      echo "Sign in with any user name and password (the password never reaches the recording)."
      echo "Open the printed Replay address in a browser; close the app window when done, then Ctrl-C."
      echo "(./demo.sh --autopilot drives the app by itself.)"
      ;;
  esac
fi

mkdir -p "$data_dir"
status=0
java -jar "$demo_jar" --data "$data_dir" ${args[@]+"${args[@]}"} || status=$?
exit "$status"
