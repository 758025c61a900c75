#!/usr/bin/env bash
# What one registration costs the database beside one bare process start: transactions and rows written per
# request, as PostgreSQL itself counts them (pg_stat_database), so the figures do not depend on the machine's
# speed. Requests go one after the other, COUNT of each (200); the registrations' opt-in mails are included.
# No table maintenance runs here, as a vacuum would count too. Arguments go to the app's command line, e.g.
#   src/bench/costs.sh --klimaflow.job-executor.wake-up-window=0
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
PORT=${PORT:-18183}
SMTP_PORT=${SMTP_PORT:-3235}
DB=klimaflow_costs_$(date +%s)
source src/bench/common.sh
mkdir -p "$OUT"
ensure_production_jar
ensure_load_generator
APP_PID=""; SINK_PID=""
cleanup() { finish_run TERM "$APP_PID"; }
trap cleanup EXIT
start_database_and_sink
start_jar "$PORT" "$OUT/costs-app.log" "$@"
APP_PID=$STARTED_PID
java -Xmx512m -cp "$CP" de.klimaflow.bench.LoadGenerator costs "http://127.0.0.1:$PORT" demo demo "${COUNT:-200}" \
  "jdbc:postgresql://127.0.0.1:5432/$DB" 2>&1 | grep -E "^costs"
