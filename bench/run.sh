#!/usr/bin/env bash
# Runs one benchmark harness and prints its summary line last.
#
#   bench/run.sh onsale|sellout|search|seatmap [--short] [--name=value ...]
#
# Builds the benchmarks module and what it needs (tests skipped), then starts the harness in
# its own JVM; the harness starts booking nodes, baseline servers and PostgreSQL as separate
# processes. --short is the quick setting CI runs; without it, the full setting of
# docs/benchmarks.md. BENCH_NO_BUILD=1 skips the build; BENCH_JFR=DIR makes every node and
# baseline record a flight recording into DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

bench="${1:-}"
shift || true
case "$bench" in
  onsale)  main=com.boxoffice.bench.onsale.OnSaleBench ;;
  sellout) main=com.boxoffice.bench.sellout.SellOutBench ;;
  search)  main=com.boxoffice.bench.search.SearchBench ;;
  seatmap) main=com.boxoffice.bench.seatmap.SeatMapBench ;;
  *) echo "usage: bench/run.sh onsale|sellout|search|seatmap [--short] [--name=value ...]" >&2
     exit 2 ;;
esac

if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests
fi

# The node's and the kiosk's own classes, not their shaded jars, so nothing is on it twice.
classpath="benchmarks/target/classes:booking-node/target/classes:kiosk-app/target/classes"
classpath="$classpath:$(cat benchmarks/target/bench.classpath)"
work="benchmarks/target/bench-work/$bench"
mkdir -p "$work"

# The seat map runs JavaFX without a screen, as the kiosk's own UI tests do.
headless=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
          -Dprism.text=t2k -Djava.awt.headless=true)
flags=(-Xmx2g -Dbench.work="$work" -Dhazelcast.phone.home.enabled=false)
if [[ "$bench" == seatmap ]]; then
  flags+=("${headless[@]}")
fi

exec "$JAVA_HOME/bin/java" "${flags[@]}" -cp "$classpath" "$main" "$@"
