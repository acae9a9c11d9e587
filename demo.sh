#!/usr/bin/env bash
# Runs the Tapedeck demo: builds what is missing, records Tapedeck CRM (a Swing app) with the
# Tapedeck agent into a file: destination, then writes a self-contained replay.html to watch.
#
#   ./demo.sh                        interactive with a display; the autopilot without one
#   ./demo.sh --autopilot            drives itself with java.awt.Robot for about 30 s
#   ./demo.sh --autopilot-seconds 15
#
# Sessions go to ./tapedeck-sessions (or $TAPEDECK_DEMO_DIR). Needs a JDK 11+ and Node/npm
# (the build fetches Maven itself and the rrweb player with npm). Without a display it starts
# its own Xvfb when one is installed.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
agent_jar="$root/agent/target/tapedeck-agent.jar"
demo_jar="$root/examples/target/tapedeck-demo.jar"
session_dir="${TAPEDECK_DEMO_DIR:-$root/tapedeck-sessions}"

for tool in java npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "demo.sh: '$tool' is not on the PATH. Install a JDK (11 or newer) and Node.js (with npm) first." >&2
    exit 1
  fi
done

# Build when a jar is missing or any source is newer than it.
stale() {
  [ ! -f "$agent_jar" ] || [ ! -f "$demo_jar" ] && return 0
  local changed
  changed=$(find core swing-adapter agent examples pom.xml \
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
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "demo.sh: there is no display (DISPLAY is unset) and Xvfb is not installed. Install it with:" >&2
    echo "  sudo apt-get install -y xvfb fonts-dejavu-core" >&2
    echo "or run ./demo.sh from a desktop session." >&2
    exit 1
  fi
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
elif [ ${#args[@]} -eq 0 ]; then
  echo "Sign in with any user name and password (the password never reaches the recording)."
  echo "Close the window to finish. (./demo.sh --autopilot drives the app by itself.)"
fi

mkdir -p "$session_dir"
session_dir=$(cd "$session_dir" && pwd)
started=$(mktemp)
status=0
java -Dawt.useSystemAAFontSettings=on \
  "-javaagent:$agent_jar=serverUrl=file://$session_dir" \
  -jar "$demo_jar" ${args[@]+"${args[@]}"} || status=$?

# The session is complete once the recorded JVM has exited (the agent flushes on exit).
session=$(find "$session_dir" -maxdepth 1 -name '*.ndjson' -newer "$started" -print 2>/dev/null | sort | tail -n 1)
rm -f "$started"
if [ -z "$session" ]; then
  echo "demo.sh: the agent wrote no session into $session_dir (demo exit status $status)." >&2
  exit 1
fi
if [ ! -s "$session" ]; then
  echo "demo.sh: warning: $session is empty; the replay page will have nothing to play." >&2
fi
replay=$(java -jar "$demo_jar" replay-page "$session" "$session_dir/replay.html")
echo
echo "Recorded: $session"
echo "Watch the replay: file://$replay"
echo "Player page for any session file: file://$root/examples/target/classes/player/player.html"
exit "$status"
