# Prints the fully qualified method name (Class.Method) of every failed test in a .trx file, once
# each: run-tests.sh re-runs those methods once to tell a flaky timing test from a broken one.
# Two passes over the same file: results first (failed test ids), then definitions (id → method).
FNR == NR {
  if ($0 ~ /<UnitTestResult / && $0 ~ /outcome="Failed"/) {
    if (match($0, /testId="[^"]*"/)) failed[substr($0, RSTART + 8, RLENGTH - 9)] = 1
  }
  next
}
/<UnitTest / {
  id = ""
  if (match($0, / id="[^"]*"/)) id = substr($0, RSTART + 5, RLENGTH - 6)
}
/<TestMethod / && (id in failed) {
  cls = ""; name = ""
  if (match($0, /className="[^"]*"/)) cls = substr($0, RSTART + 11, RLENGTH - 12)
  if (match($0, / name="[^"]*"/)) name = substr($0, RSTART + 7, RLENGTH - 8)
  fqn = cls "." name
  if (!(fqn in seen)) { seen[fqn] = 1; print fqn }
}
