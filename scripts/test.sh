#!/usr/bin/env bash
# Runs every MailScope test on a fresh machine: installs what the tests need when it is missing,
# builds, runs all test projects, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

need_apt=()
# Debian packages the test suites use (added as suites that need them land).
for pkg in ${MAILSCOPE_APT_PACKAGES:-poppler-utils dovecot-imapd postgresql chromium}; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
# npm (for office.js) may come from Debian or be on the machine already.
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing: ${need_apt[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "error: could not install ${need_apt[*]}" >&2; exit 1; }
fi

# office.js for the add-in's development mode, the manifest converter and app-manifest schemas for the manifest
# tests, from the npm registry (pinned by AddIn/package-lock.json).
if [ ! -f AddIn/node_modules/@microsoft/office-js/dist/office.js ] || [ ! -f AddIn/node_modules/office-addin-manifest-converter/cli.js ] || [ ! -d AddIn/node_modules/@microsoft/app-manifest ]; then
  npm ci --prefix AddIn --no-audit --no-fund --loglevel=error >/dev/null || { echo "error: npm ci in AddIn failed" >&2; exit 1; }
fi

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
# --blame names the test a crashed test host was running; --blame-crash keeps a small dump of it.
dotnet test MailScope.sln -c Release --logger "trx" --results-directory "$results" \
  --blame --blame-crash --blame-crash-dump-type mini "$@"
status=$?

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or a test host failed before any result was written: count it as a failure.
  failed=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  # A run cancelled from outside can end with status 0 and no results: no tests run is no pass.
  echo "no test results were written" >&2
  failed=1; status=1
fi
echo "$passed passed, $failed failed"
exit "$status"
