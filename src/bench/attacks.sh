#!/usr/bin/env bash
# Two attacks on the production jar from outside, as security round 2 (README, "Security") found them, each with a
# DRILL line:   src/bench/attacks.sh
# - login-attack: four loops send wrong passwords for the operator account `demo` to /engine-rest from 127.0.0.1 for
#   ATTACK_SECONDS (60); meanwhile the owner, from 127.0.0.2, signs in every 7 s with the right one. PASS when every
#   one of the owner's tries gets in.
# - slow-bodies: SLOW_CONNECTIONS (230) connections from 127.0.0.1 each send POST /beratung with Content-Length 60000
#   and then one byte every 5 s; meanwhile staff from 127.0.0.2 ask for /actuator/health and /login every 2 s for
#   30 s. PASS when every staff request is answered within 2 s.
# Every connection is on loopback, bounded in count and time. Uses the app's own limits (not the bench's raised
# per-client limit). Runs on a PostgreSQL database of its own, dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench
PORT=${PORT:-18191}
SMTP_PORT=${SMTP_PORT:-3245}
ATTACK_SECONDS=${ATTACK_SECONDS:-60}
SLOW_CONNECTIONS=${SLOW_CONNECTIONS:-230}
DB=klimaflow_attacks_$(date +%s)
source src/bench/common.sh
mkdir -p "$OUT"
ensure_production_jar
ensure_load_generator
APP_PID=""; SINK_PID=""
cleanup() { finish_run KILL "$APP_PID"; }
trap cleanup EXIT
start_database_and_sink
start_jar "$PORT" "$OUT/attacks-app.log" --klimaflow.http.requests-per-client=24; APP_PID=$STARTED_PID
BASE="http://127.0.0.1:$PORT"

echo "== login-attack: ${ATTACK_SECONDS} s of wrong passwords for demo from 127.0.0.1, the owner from 127.0.0.2 every 7 s"
end=$(( $(date +%s) + ATTACK_SECONDS ))
loops=()
for loop in 1 2 3 4; do
  ( n=0; while [ "$(date +%s)" -lt "$end" ]; do
      n=$((n + 1)); curl -s -o /dev/null -w '%{http_code}\n' -u "demo:wrong$loop-$n" "$BASE/engine-rest/engine"
    done > "$OUT/attack-$loop.txt" ) &
  loops+=($!)
done
owner_in=0; owner_tries=0
while [ "$(date +%s)" -lt "$end" ]; do
  sleep 7
  owner_tries=$((owner_tries + 1))
  code=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 -u demo:demo "$BASE/engine-rest/engine")
  [ "$code" = 200 ] && owner_in=$((owner_in + 1))
done
wait "${loops[@]}"
attacker=$(cat "$OUT"/attack-*.txt | wc -l)
result=$([ "$owner_in" = "$owner_tries" ] && [ "$owner_tries" -gt 0 ] && echo PASS || echo FAIL)
echo "DRILL login-attack: $result (the owner got in $owner_in of $owner_tries times during $ATTACK_SECONDS s of $attacker wrong passwords)"
echo "  log lines about the attack: $(grep -c "Failed logins are being slowed down" "$OUT/attacks-app.log" || true)"

echo "== slow-bodies: $SLOW_CONNECTIONS slow bodies from 127.0.0.1, staff from 127.0.0.2"
python3 - "$PORT" "$SLOW_CONNECTIONS" <<'PY'
import socket, sys, time
port, count = int(sys.argv[1]), int(sys.argv[2])
slow = []
for _ in range(count):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.connect(("127.0.0.1", port))
    s.sendall(b"POST /beratung HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              b"Content-Length: 60000\r\n\r\na")
    slow.append(s)
def staff(path):
    c = socket.socket(); c.bind(("127.0.0.2", 0)); c.settimeout(10); c.connect(("127.0.0.1", port))
    t = time.time()
    c.sendall(("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % path).encode())
    try:
        status = c.recv(12).decode()[9:12]
    except socket.timeout:
        status = "timeout"
    c.close()
    return status, time.time() - t
answered, slowest, tries = 0, 0.0, 0
end = time.time() + 30
while time.time() < end:
    for path in ("/actuator/health", "/login"):
        status, took = staff(path)
        tries += 1
        answered += status == "200" and took < 2
        slowest = max(slowest, took)
    for s in slow:
        try: s.sendall(b"b")
        except OSError: pass
    time.sleep(2)
refused = 0
for s in slow:
    s.settimeout(0.05)
    try: refused += s.recv(12).decode().endswith("503")
    except OSError: pass
    s.close()
print("DRILL slow-bodies: %s (staff answered %d of %d within 2 s, slowest %.0f ms; %d of %d slow requests refused with 503 at once)"
      % ("PASS" if answered == tries else "FAIL", answered, tries, slowest * 1000, refused, count))
PY
