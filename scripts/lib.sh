# Shared by scripts/run and scripts/test. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WAR="$ROOT/target/thidua.war"
MICRO_JAR="$ROOT/target/payara-micro.jar"

# Builds the WAR (and fetches Payara Micro through Maven) when it is missing or older than the sources.
build_if_needed() {
    if [ -f "$WAR" ] && [ -f "$MICRO_JAR" ] \
        && [ -z "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$WAR" -print -quit)" ]; then
        return 0
    fi
    echo "Building the application (mvn package)…"
    (cd "$ROOT" && { mvn -B -q -o package -DskipTests >/dev/null 2>&1 || mvn -B -q package -DskipTests; })
}

# Answers 0 once GET /health says the application is up.
wait_for_health() {
    local url="$1" seconds="$2" pid="$3"
    for _ in $(seq 1 "$seconds"); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health")" = "200" ]; then
            return 0
        fi
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 1
    done
    return 1
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

# Installs Debian packages (apt-get update first).
apt_install() {
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

postgres_answers() {
    command -v psql >/dev/null && psql -h 127.0.0.1 -U postgres -d postgres -qtAc 'select 1' >/dev/null 2>&1
}

# Installs PostgreSQL (apt-get) when the machine has none. The cluster it creates is the tests' own: connections from
# this machine (127.0.0.1, ::1) need no password, as on the development machines.
install_postgres() {
    echo "Installing PostgreSQL for the container tests (apt-get)…"
    apt_install postgresql || return 1
    local version hba
    version="$(ls /etc/postgresql | head -n 1)"
    hba="/etc/postgresql/$version/main/pg_hba.conf"
    as_root sed -i -E 's/^(host[[:space:]]+all[[:space:]]+all[[:space:]]+(127\.0\.0\.1\/32|::1\/128)[[:space:]]+)[^[:space:]]+/\1trust/' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main restart >/dev/null 2>&1 || true
}

# Answers 0 once PostgreSQL answers on 127.0.0.1:5432: starts the local cluster, installing PostgreSQL first when the
# machine has none.
start_postgres() {
    postgres_answers && return 0
    if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
        install_postgres || return 1
    fi
    echo "Starting PostgreSQL…"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do postgres_answers && return 0; sleep 1; done
    return 1
}
