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
    (cd "$ROOT" && { mvn -B -q -o package -DskipTests 2>/dev/null || mvn -B -q package -DskipTests; })
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
