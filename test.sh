#!/usr/bin/env bash
# The test command from README.md: restores, builds warning-free, runs every test project once.
# Azurite must be installed (`npm ci`); the test fixtures start and stop it on free ports themselves.
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f node_modules/azurite/dist/src/azurite.js ]; then
  echo "Azurite is not installed; running npm ci first." >&2
  npm ci --no-audit --no-fund
fi

# The approver page's browser tests drive Debian's chromium (Playwright's own browser download is not reachable).
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is not installed; installing it with apt-get (needs root or sudo)." >&2
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo -n apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends chromium >/dev/null
fi

# Warnings are errors through Directory.Build.props (TreatWarningsAsErrors), minus the reviewed NuGet codes there.
dotnet build Serverless.sln -c Release --nologo -v quiet
results="$(mktemp -d)"
status=0
dotnet test Serverless.sln -c Release --no-build --nologo --logger "trx" --results-directory "$results" || status=$?

# One summary line over every project ("N passed, N failed"), read from the TRX files.
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); passed=$((passed + ${p:-0}))
  fl=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters"); failed=$((failed + ${fl:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters"); skipped=$((skipped + ${n:-0}))
done
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  echo "FAILED" >&2
  exit 1
fi
