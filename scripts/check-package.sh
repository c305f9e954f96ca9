#!/usr/bin/env bash
# Packs sla as it would be published, installs the tarball into an empty folder
# without dev dependencies, and runs it there: the package must stand alone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
tarball="$(npm pack --silent --pack-destination "$work" | tail -n 1)"
echo "packed $tarball: $(tar -tzf "$work/$tarball" | wc -l) files"
unexpected="$(tar -tzf "$work/$tarball" | grep -Ev '^package/(bin/sla|dist/sla\.js|dist/sla\.js\.cache|dist/snowball-stemmers\.js|holidays/[a-z]+\.json|schemas/[a-z-]+\.schema\.json|README\.md|package\.json|LICENSE)$' || true)"
if [ -n "$unexpected" ]; then
  echo "unexpected files in the package:"; echo "$unexpected"; exit 1
fi

mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
npm install --omit=dev --no-audit --no-fund --loglevel=error "$work/$tarball" >/dev/null
test ! -d node_modules/jest || { echo "dev dependencies were installed"; exit 1; }
version="$(npx --no-install sla --version)"
echo "installed: sla $version"
due="$(npx --no-install sla deadline --opened 2025-06-02T10:00:00+02:00 --priority 1 --plan professional --now 2025-06-02T10:00:00+02:00 --json)"
echo "$due" | grep -q '"deadline": "2025-06-02T13:00:00+02:00"' || { echo "wrong deadline from the installed package: $due"; exit 1; }
npx --no-install sla holidays --calendar de --year 2026 --json | grep -q '"Tag der Deutschen Einheit"' || { echo "shipped calendars missing"; exit 1; }
npx --no-install sla classify "Calls drop now and then" "callers get cut off" --json | grep -q '"priority": 2' || { echo "classify (with its stemmers) fails in the installed package"; exit 1; }
echo "package check passed"
