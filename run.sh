#!/usr/bin/env bash
# Runs the suite locally: an embedded Kafka broker (KRaft) and every service as its own process.
# Builds first when a module's sources changed since the last build. Options: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"

# The help needs no build: it is the launcher's own usage text, kept in one file.
for arg in "$@"; do
  case "$arg" in
    --help|-h) cat local-stack/src/main/resources/usage.txt; exit 0 ;;
  esac
done

launcher=local-stack/target/local-stack.jar
if [ ! -f "$launcher" ] || [ -n "$(find . -path ./.git -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$launcher" -print -quit)" ]; then
  echo "Building the suite (./mvnw -B -q package -DskipTests)..."
  ./mvnw -B -q package -DskipTests
fi
exec java -jar "$launcher" "$@"
