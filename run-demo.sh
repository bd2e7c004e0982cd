#!/usr/bin/env bash
# Builds Boxoffice, starts a booking node with the demo chain in the background, waits until it
# is healthy, then opens the kiosk. Closing the kiosk window stops the node.
set -euo pipefail
cd "$(dirname "$0")"

JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
    echo "run-demo: no Java 25 JDK at $JAVA_HOME; set JAVA_HOME_25 to one" >&2
    exit 1
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

NODE_URL="http://127.0.0.1:8080"
DATA_DIR="${BOXOFFICE_DATA_DIR:-$HOME/.boxoffice/data}"
LOG_FILE="${BOXOFFICE_LOG:-$HOME/.boxoffice/demo-node.log}"
mkdir -p "$DATA_DIR" "$(dirname "$LOG_FILE")"

# Node and kiosk must know the same key: take the caller's, else make one for this run.
MADE_KEY=""
if [ -z "${BOXOFFICE_API_KEY:-}" ]; then
    BOXOFFICE_API_KEY="demo-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
    MADE_KEY=yes
fi
export BOXOFFICE_API_KEY

if curl -s -o /dev/null "$NODE_URL/health"; then
    echo "run-demo: something already answers at $NODE_URL; stop it first" >&2
    exit 1
fi

echo "Building (mvn -B -DskipTests package)..."
mvn -B -q -DskipTests package

echo "Starting the booking node (log: $LOG_FILE, data: $DATA_DIR)..."
java -jar booking-node/target/booking-node.jar --demo --http-port 8080 --data-dir "$DATA_DIR" \
    >"$LOG_FILE" 2>&1 &
NODE_PID=$!

stop_node() {
    if kill -0 "$NODE_PID" 2>/dev/null; then
        echo "Stopping the booking node..."
        kill -TERM "$NODE_PID"
        wait "$NODE_PID" || true
    fi
}
trap stop_node EXIT INT TERM

for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "$NODE_URL/health"; then
        break
    fi
    if ! kill -0 "$NODE_PID" 2>/dev/null; then
        echo "run-demo: the booking node stopped while starting; last lines of $LOG_FILE:" >&2
        tail -n 20 "$LOG_FILE" >&2
        exit 1
    fi
    sleep 1
done
if ! curl -sf -o /dev/null "$NODE_URL/health"; then
    echo "run-demo: the booking node did not become healthy in 3 minutes; see $LOG_FILE" >&2
    exit 1
fi

echo "Node healthy at $NODE_URL; opening the kiosk."
if [ -n "$MADE_KEY" ]; then
    # A key for this run only, made above; printed so the API can be tried beside the kiosk.
    echo "Demo API key for this run: $BOXOFFICE_API_KEY"
    echo "  try: curl -H \"X-Api-Key: $BOXOFFICE_API_KEY\" $NODE_URL/api/v1/cities"
fi
# The kiosk reads its key from BOXOFFICE_API_KEY, so the key stays out of the process list.
java -jar kiosk-app/target/kiosk-app.jar --node-url "$NODE_URL"
