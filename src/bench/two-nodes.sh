#!/usr/bin/env bash
# Two nodes, one database:   src/bench/two-nodes.sh
# Two processes of the production jar on one PostgreSQL database, behind Debian's HAProxy with cookie
# stickiness, and the SMTP sink; every request of the drills goes through the proxy.
# Drills, each printing one PASS or FAIL line (also in target/bench/drills.txt):
#   two-nodes-overbooking  300 confirmations, 100 cancellations and 100 registrations race on 50 free seats
#   two-nodes-kill-one     kill -9 one node mid-load; the other sends the dead node's mails once its locks expire,
#                          and a staff user signed in on the survivor (Chromium) keeps working
#   two-nodes-mail-storm   the registration deadline comes due on a long waitlist: one mail per waiting person,
#                          sent by both nodes' job executors; no timer and no mail runs twice
# Installs HAProxy and Chromium from Debian if missing. Not part of ./mvnw verify. SKIP_BUILD=1 reuses target/klimaflow.jar and target/bench/cp.txt.
# LOCK_SECONDS (15) is the job executor's lock time on both nodes; WAITLIST (600) sizes the storm.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
FRONT=${FRONT:-18280}
PORT_A=$((FRONT + 1))
PORT_B=$((FRONT + 2))
SMTP_PORT=${SMTP_PORT:-3325}
LOCK_SECONDS=${LOCK_SECONDS:-15}
WAITLIST=${WAITLIST:-600}
DB=klimaflow_nodes_$(date +%s)
source src/bench/common.sh
mkdir -p "$OUT"
touch "$OUT/drills.txt"
sed -i '/^\(DRILL\|GUARDS\) two-nodes-/d' "$OUT/drills.txt"
rm -f "$OUT"/node-*.log
started=$(date +%s)
# a step's heading, with the seconds since the start: where the run's time goes
step() { echo "== [$(( $(date +%s) - started )) s] $*"; }

# Debian's HAProxy, and Chromium for the staff user of the kill drill
install_missing haproxy chromium

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== build: production jar and the drills"
  ./mvnw -B -q -Pproduction package -DskipTests
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" > /dev/null
fi
CP="target/test-classes:$(cat "$OUT/cp.txt")"
drill() { java -Xmx512m -cp "$CP" de.klimaflow.bench.ClusterDrills "$@"; }

PID_A=""; PID_B=""; SINK_PID=""; PROXY_PID=""
cleanup() { finish_run KILL "$PID_A" "$PID_B" "$PROXY_PID"; }
trap cleanup EXIT

start_database_and_sink
start_table_maintenance "$DB"

# Same jar, same database, nothing shared but PostgreSQL. The engine's host name marks each node's jobs in
# its job log; a shorter lock time lets the survivor take over a dead node's jobs sooner (default 300 s).
# Behind the proxy every request comes from 127.0.0.1: the nodes take the visitor's address from HAProxy's
# X-Forwarded-For, so the login throttle and the limit on public submissions count per visitor again.
# Node a starts first, so the demo data is written once; mails link to the proxy.
export PUBLIC_URL=http://127.0.0.1:$FRONT
start_node() { # name port log
  start_jar "$2" "$3" --camunda.bpm.generic-properties.properties.hostname="node-$1" \
    --camunda.bpm.job-execution.lock-time-in-millis=$((LOCK_SECONDS * 1000)) --server.forward-headers-strategy=native
}
step "node a on port $PORT_A, node b on port $PORT_B"
start_node a "$PORT_A" "$OUT/node-a.log"; PID_A=$STARTED_PID
start_node b "$PORT_B" "$OUT/node-b.log"; PID_B=$STARTED_PID

step "HAProxy on port $FRONT: round robin, sticky by the SRV cookie, a node is out after three failed checks"
cat > "$OUT/haproxy.cfg" <<CFG
global
  maxconn 1000
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  # the whole request before a node sees it: a body that trickles in holds a proxy connection, not a node's thread
  option http-buffer-request
  timeout http-request 10s
  # a request the dead node refused goes to the other one
  retries 2
  option redispatch
  option forwardfor
frontend klimaflow
  bind 127.0.0.1:$FRONT
  default_backend nodes
backend nodes
  balance roundrobin
  cookie SRV insert indirect nocache
  option httpchk GET /actuator/health/readiness
  http-check expect status 200
  # a busy node answers its readiness check slowly; a 1 s time-out took a healthy node out under load,
  # and its sticky users lost their sessions. A dead node refuses connections at once anyway.
  timeout check 5s
  server a 127.0.0.1:$PORT_A check inter 2s fall 3 rise 2 cookie a
  server b 127.0.0.1:$PORT_B check inter 2s fall 3 rise 2 cookie b
CFG
haproxy -f "$OUT/haproxy.cfg" -db > "$OUT/haproxy.log" 2>&1 &
PROXY_PID=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$FRONT/actuator/health/readiness" && break; sleep 0.2; done

# After each drill: how often the guards against a second send held a try back (NotificationService, JobLock), from
# both nodes' logs, so a passing drill also shows whether the race it guards against came up
guards_seen=(0 0 0)
guards() { # drill
  local counts=() what
  for what in awaited "gave up" "not sent, job"; do
    counts+=($(cat "$OUT"/node-*.log | grep -c "Mail send guard: .*$what" || true))
  done
  echo "GUARDS $1: $((counts[0] - guards_seen[0])) tries awaited another try of their mail," \
    "$((counts[1] - guards_seen[1])) gave up waiting, $((counts[2] - guards_seen[2])) steps found their job taken over" \
    | tee -a "$OUT/drills.txt"
  guards_seen=("${counts[@]}")
}

PROXY=http://127.0.0.1:$FRONT
JDBC=jdbc:postgresql://127.0.0.1:5432/$DB
SINK=http://127.0.0.1:$((SMTP_PORT + 1))

step "drill: overbooking across both nodes"
drill overbooking "$PROXY" "$JDBC" "$SINK" 50 || true
guards two-nodes-overbooking

step "drill: kill -9 one node mid-load"
drill kill "$PROXY" "$JDBC" "$SINK" 600 "$PID_A" "$PID_B" desk desk "$LOCK_SECONDS" || true
guards two-nodes-kill-one
# the operator brings the dead node back; the storm runs on both again
if ! kill -0 "$PID_A" 2>/dev/null; then
  wait "$PID_A" 2>/dev/null || true; start_node a "$PORT_A" "$OUT/node-a-again.log"; PID_A=$STARTED_PID
elif ! kill -0 "$PID_B" 2>/dev/null; then
  wait "$PID_B" 2>/dev/null || true; start_node b "$PORT_B" "$OUT/node-b-again.log"; PID_B=$STARTED_PID
fi
sleep 3

step "drill: mail storm and timer across both nodes"
drill storm "$PROXY" "$JDBC" "$SINK" "$WAITLIST" demo demo || true
guards two-nodes-mail-storm

echo "== done in $(( $(date +%s) - started )) s"
grep -E "^(DRILL|GUARDS) two-nodes-" "$OUT/drills.txt" > "$OUT/two-nodes.txt" || true
cat "$OUT/two-nodes.txt"
# the results block of docs/scaling.md (between ```two-nodes and ```) is this run's
{ echo "# src/bench/two-nodes.sh on $(date -u +%Y-%m-%d), $(nproc) cores, $(( $(date +%s) - started )) s"; cat "$OUT/two-nodes.txt"; } > "$OUT/two-nodes-block.txt"
awk -v block="$OUT/two-nodes-block.txt" '
  /^```two-nodes$/ { print; while ((getline line < block) > 0) print line; skipping = 1; next }
  skipping && /^```$/ { skipping = 0 }
  !skipping { print }' docs/scaling.md > "$OUT/scaling.md" && mv "$OUT/scaling.md" docs/scaling.md
[ "$(grep -c PASS "$OUT/two-nodes.txt")" = 3 ]
