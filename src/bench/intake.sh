#!/usr/bin/env bash
# Scenario 1 (registration intake beside /engine-rest process starts) alone, on the jar that run.sh builds,
# with its own PostgreSQL database and SMTP sink. Arguments go to the app's command line, e.g.
#   src/bench/intake.sh --camunda.bpm.job-execution.enabled=false
# measures the requests without the opt-in mails' jobs beside them (see src/bench/notes.md).
# Sizes: REGISTRATIONS per concurrency level (1250), CONCURRENCY ("1"). Prints the load generator's lines.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
PORT=${PORT:-18181}
SMTP_PORT=${SMTP_PORT:-3225}
DB=klimaflow_intake_$(date +%s)
source src/bench/common.sh
mkdir -p "$OUT"
ensure_production_jar
ensure_load_generator
APP_PID=""; SINK_PID=""
cleanup() { finish_run TERM "$APP_PID"; }
trap cleanup EXIT
start_database_and_sink
start_table_maintenance "$DB"
start_jar "$PORT" "$OUT/intake-app.log" "$@"
APP_PID=$STARTED_PID
java -Xmx512m -cp "$CP" de.klimaflow.bench.LoadGenerator intake "http://127.0.0.1:$PORT" demo demo \
  "${REGISTRATIONS:-1250}" "${CONCURRENCY:-1}" 2>&1 | grep -E "^(intake|RATIO|settle)"
