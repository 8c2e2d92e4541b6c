# Sourced by bin/stepwise, bin/test and .ci/run: picks the newest JDK >= 21 on this machine
# (JAVA_HOME first if it qualifies) and exports JAVA_HOME (its major version in
# STEPWISE_JAVA_MAJOR, so callers need not start a JVM to ask again), or fails with a clear message.
stepwise_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}
stepwise_find_jdk() {
  local best="" best_major=0 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /usr/local/java/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(stepwise_java_major "$candidate")
    [[ "$major" =~ ^[0-9]+$ ]] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate" best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "stepwise: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "stepwise: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  STEPWISE_JAVA_MAJOR="$best_major"
}

# JDK 24+ warns when Maven's Guava or Pekko use sun.misc.Unsafe; they still need it, so allow it
# quietly (STEPWISE_UNSAFE_FLAG is passed to our own JVMs, MAVEN_OPTS to Maven's).
stepwise_quiet_unsafe() {
  STEPWISE_UNSAFE_FLAG=""
  if [ "${STEPWISE_JAVA_MAJOR:-$(stepwise_java_major "$JAVA_HOME")}" -ge 24 ]; then
    STEPWISE_UNSAFE_FLAG="--sun-misc-unsafe-memory-access=allow"
    export MAVEN_OPTS="${MAVEN_OPTS:-} $STEPWISE_UNSAFE_FLAG"
  fi
}
