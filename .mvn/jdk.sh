# Finds a JDK 21 or newer; sourced by ./workbook and .ci/run. `find_jdk` prints its home, or nothing.
jdk_version() {  # prints the feature version of the JDK at $1, or nothing
  local release="$1/release"
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$release"
  fi
}

find_jdk() {  # JAVA_HOME if it is 21+, else the javac on PATH if 21+, else the newest 21+ installed
  local d v best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ] && [ "$(jdk_version "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    echo "$JAVA_HOME"; return
  fi
  if command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(jdk_version "$d")" -ge 21 ] 2>/dev/null; then echo "$d"; return; fi
  fi
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* /opt/java/*; do
    [ -d "$d" ] || continue
    v=$(jdk_version "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_version" ]; then best="$d"; best_version="$v"; fi
  done
  echo "$best"
}
