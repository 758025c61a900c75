# Shared by the scripts in src/bench (sourced, not run). The database and sink functions expect DB (the bench's own
# PostgreSQL database), SMTP_PORT (the SMTP sink) and the production jar in target/.

PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt"

# start_jar <port> <log file> [app arguments …]: starts target/klimaflow.jar on the bench database with the
# demo profile (its published forum and its operator demo/demo) and waits until it is ready; STARTED_PID is
# its process. PUBLIC_URL is the address its mails link to (default: the node itself).
start_jar() {
  local port=$1 log=$2; shift 2
  local t0; t0=$(date +%s%N)
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken by another process"; return 1; fi
  SPRING_PROFILES_ACTIVE=postgres,demo KLIMAFLOW_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" KLIMAFLOW_DB_USER=postgres \
  KLIMAFLOW_DB_PASSWORD= SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT KLIMAFLOW_SUBMISSIONS_PER_CLIENT=10000000 KLIMAFLOW_REQUESTS_PER_CLIENT=100000 \
  KLIMAFLOW_PUBLIC_URL=${PUBLIC_URL:-http://127.0.0.1:$port} \
    java -Xmx768m ${APP_JAVA_OPTS:-} -jar target/klimaflow.jar --server.port="$port" "$@" > "$log" 2>&1 &
  STARTED_PID=$!
  for _ in $(seq 1 900); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      echo "app on port $port up in $(( ($(date +%s%N) - t0) / 1000000 )) ms (pid $STARTED_PID)"; return 0
    fi
    kill -0 "$STARTED_PID" 2>/dev/null || { echo "app died, see $log"; return 1; }
    sleep 0.2
  done
  echo "app did not come up, see $log"; return 1
}

# start_database_and_sink: creates the bench's database and starts the SMTP sink (a process of its own,
# control port SMTP_PORT + 1); SINK_PID is its process. Expects CP, the test class path.
start_database_and_sink() {
  echo "== PostgreSQL database $DB and the SMTP server on port $SMTP_PORT"
  $PSQL -c "create database $DB"
  java -Xmx512m -cp "$CP" de.klimaflow.bench.SmtpSink "$SMTP_PORT" > "$OUT/smtp-sink.log" 2>&1 &
  SINK_PID=$!
}

# install_missing <package …>: installs each of Debian's packages whose command is missing
install_missing() {
  local package
  for package in "$@"; do
    if ! command -v "$package" > /dev/null; then
      echo "== installing Debian's $package"
      if [ "$(id -u)" = 0 ]; then apt-get install -y -qq "$package" > /dev/null; else sudo apt-get install -y -qq "$package" > /dev/null; fi
    fi
  done
}

# ensure_production_jar: builds target/klimaflow.jar in Vaadin's production mode unless it is there already
# (the jar of ./mvnw verify runs in development mode, which the figures must not measure)
ensure_production_jar() {
  if [ ! -f target/klimaflow.jar ] || ! unzip -p target/klimaflow.jar 'META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null \
      | grep -Eq '"productionMode" *: *true'; then
    echo "Building the production jar ..."
    ./mvnw -B -q -Pproduction package -DskipTests
  fi
}

# ensure_load_generator: the test class path in $OUT/cp.txt and the compiled load generator, unless there already;
# sets CP
ensure_load_generator() {
  [ -f "$OUT/cp.txt" ] || ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" > /dev/null
  [ -d target/test-classes/de/klimaflow/bench ] || ./mvnw -B -q test-compile
  CP="target/test-classes:$(cat "$OUT/cp.txt")"
}

# start_table_maintenance <name pattern …>: production PostgreSQL runs autovacuum, which keeps the engine's job
# table free of dead rows and the planner's statistics current. This machine's server has it off (for the
# tests), and a long run there reads more dead rows with each query and plans from the empty tables' statistics.
# So, only where autovacuum is off, this vacuums and analyses every database whose name matches one of the
# patterns (SQL "like") every MAINTENANCE_SECONDS (10), in the background, as autovacuum would.
# MAINTENANCE_PID is the loop; stop it with stop_table_maintenance.
start_table_maintenance() {
  MAINTENANCE_PID=""
  export TABLE_MAINTENANCE="its autovacuum"
  if [ "$($PSQL -c 'show autovacuum')" = on ]; then return 0; fi
  TABLE_MAINTENANCE="a vacuum of the run's databases every ${MAINTENANCE_SECONDS:-10} s, as its autovacuum is off"
  echo "== the server runs without autovacuum: vacuuming $* every ${MAINTENANCE_SECONDS:-10} s instead"
  local patterns=("$@")
  ( trap 'exit 0' TERM
    while sleep "${MAINTENANCE_SECONDS:-10}"; do
      for pattern in "${patterns[@]}"; do
        for database in $($PSQL -c "select datname from pg_database where datname like '$pattern'" 2>/dev/null); do
          $PSQL -d "$database" -c "vacuum (analyze)" 2>/dev/null || true
        done
      done
    done ) &
  MAINTENANCE_PID=$!
}

stop_table_maintenance() {
  [ -n "${MAINTENANCE_PID:-}" ] && kill "$MAINTENANCE_PID" 2>/dev/null || true
  MAINTENANCE_PID=""
}

# finish_run <signal> <pid …>: the end of a script's run: stops the table maintenance, the given processes (with
# the signal, e.g. KILL or TERM) and the SMTP sink, and drops the run's database
finish_run() {
  local signal=$1 pid; shift
  stop_table_maintenance
  for pid in "$@"; do [ -n "$pid" ] && kill "-$signal" "$pid" 2>/dev/null || true; done
  [ -n "${SINK_PID:-}" ] && kill "$SINK_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  # the database drill may have left it closed to connections
  $PSQL -c "alter database $DB allow_connections true" 2>/dev/null || true
  $PSQL -c "drop database if exists $DB with (force)" 2>/dev/null || true
}
