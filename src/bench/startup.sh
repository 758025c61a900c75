#!/usr/bin/env bash
# Start-up time and resident memory of the production jar on its embedded default (H2 file, demo data).
#   src/bench/startup.sh                        3 runs of each layout, JVM options "-Xmx384m -XX:+UseSerialGC"
#   JVM_OPTS="-Xmx512m" RUNS=5 LAYOUTS="jar cds" src/bench/startup.sh
#   JAR=/elsewhere/klimaflow.jar src/bench/startup.sh   another build of the jar, e.g. to compare two
#   STEPS=1 LAYOUTS= src/bench/startup.sh       where a restart's time goes: Spring's start-up steps with the most
#                                               time of their own (de.klimaflow.bench.StartupSteps, extracted jar)
# Layouts: jar = java -jar target/klimaflow.jar; extracted = the jar unpacked with Spring Boot's
# "-Djarmode=tools extract"; cds = extracted plus a class-data-sharing archive from a training run
# (what the Dockerfile ships).
# Each run starts in an empty folder (first start: creates the schema and seeds the demo data), then
# starts again on the same folder (a restart). Time = from launch until /actuator/health answers UP.
set -euo pipefail
cd "$(dirname "$0")/../.."
JVM_OPTS=${JVM_OPTS:--Xmx384m -XX:+UseSerialGC}
LAYOUTS=${LAYOUTS-jar extracted cds}
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
JAR=${JAR:-$PWD/target/klimaflow.jar}

source src/bench/common.sh
ensure_production_jar

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [[ " $LAYOUTS " == *" extracted "* || " $LAYOUTS " == *" cds "* || "${STEPS:-0}" = 1 ]]; then
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
fi
if [[ " $LAYOUTS " == *" cds "* ]]; then
  echo "Training the CDS archive ..."
  training=$(mktemp -d)
  (cd "$training" && java $JVM_OPTS -XX:ArchiveClassesAtExit="$WORK/klimaflow.jsa" -Dspring.context.exit=onRefresh \
    -jar "$WORK/extracted/klimaflow.jar" --server.port=$PORT > training.log 2>&1) || true
  rm -rf "$training"
fi

command_for() { # layout
  case $1 in
    jar) echo "-jar $JAR" ;;
    extracted) echo "-jar $WORK/extracted/klimaflow.jar" ;;
    cds) echo "-XX:SharedArchiveFile=$WORK/klimaflow.jsa -jar $WORK/extracted/klimaflow.jar" ;;
  esac
}

measure() { # folder label layout
  local dir=$1 label=$2 start pid up=0
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is taken: another app would be measured"; exit 1; fi
  start=$(date +%s%N)
  (cd "$dir" && exec java $JVM_OPTS $(command_for "$3") --server.port=$PORT > app.log 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" | grep -q '"UP"'; then up=1; break; fi
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2 # let start-up work settle before reading memory
  if [ "$up" != 1 ]; then kill "$pid" 2>/dev/null; echo "$label: did not come up, see $dir/app.log"; exit 1; fi
  # the subshell execs java, so $pid is the JVM itself
  local rss_kb
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-10s %-10s start %6.2f s   RSS %4d MB   (%s)\n' "$3" "$label" "$(echo "$ms/1000" | bc -l)" $((rss_kb / 1024)) \
    "$(grep -o 'Started KlimaflowApplication in [0-9.]* seconds' "$dir/app.log")"
}

echo "JVM options: $JVM_OPTS"
for layout in $LAYOUTS; do
  for run in $(seq 1 "$RUNS"); do
    dir=$(mktemp -d)
    measure "$dir" "first-$run" "$layout"
    measure "$dir" "restart-$run" "$layout"
    rm -rf "$dir"
  done
done

if [ "${STEPS:-0}" = 1 ]; then
  [ -f target/test-classes/de/klimaflow/bench/StartupSteps.class ] || ./mvnw -B -q test-compile
  # only that class beside the jar: the test class path would bring the tests' own configuration
  mkdir -p "$WORK/steps/de/klimaflow/bench" "$WORK/steps-run"
  cp target/test-classes/de/klimaflow/bench/StartupSteps*.class "$WORK/steps/de/klimaflow/bench/"
  for start in first restart; do
    (cd "$WORK/steps-run" && java $JVM_OPTS -cp "$WORK/steps:$WORK/extracted/klimaflow.jar" de.klimaflow.bench.StartupSteps \
      --server.port=$PORT > "steps-$start.log" 2>&1) || { echo "StartupSteps failed, see its log"; tail -20 "$WORK/steps-run/steps-$start.log"; exit 1; }
  done
  echo "Spring's start-up steps of a restart (extracted jar):"
  grep "^STEPS" "$WORK/steps-run/steps-restart.log"
fi
