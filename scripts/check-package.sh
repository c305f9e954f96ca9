#!/usr/bin/env bash
# Packs support-sla as it would be published, installs the tarball into an empty folder and
# globally into a folder of its own, and uses it there: the command from the PATH and npx, the
# library by import and by require, and its declarations from TypeScript. The package must stand
# alone: no runtime dependencies, no install scripts, no warnings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "package check: $*" >&2; exit 1; }

# Every npm command's output is kept: a warning anywhere fails the check.
quiet_npm() {
  local log="$work/npm.log"
  if ! npm "$@" >"$log" 2>&1; then cat "$log" >&2; fail "npm $* failed"; fi
  if grep -i 'npm warn' "$log" >&2; then fail "npm $1 warned (above)"; fi
}

cd "$root"
# `npm pack` builds first (prepack), so the tarball always holds a fresh build.
tarball="$(npm pack --silent --pack-destination "$work" 2>"$work/pack.log" | tail -n 1)" || { cat "$work/pack.log" >&2; fail "npm pack failed"; }
if grep -i 'npm warn' "$work/pack.log" >&2; then fail "npm pack warned (above)"; fi
echo "packed $tarball: $(tar -tzf "$work/$tarball" | wc -l) files"
unexpected="$(tar -tzf "$work/$tarball" | grep -Ev '^package/(bin/sla|dist/sla\.js|dist/sla\.js\.cache|dist/snowball-stemmers\.js|dist/sla-batch-worker\.js|dist/lib/index\.(cjs|mjs)|dist/types/([a-z-]+/)*[a-z-]+\.d\.ts|dist/types/index\.d\.mts|holidays/[a-z]+\.json|schemas/[a-z-]+\.schema\.json|man/sla\.1|README\.md|package\.json|LICENSE)$' || true)"
[ -z "$unexpected" ] || fail "unexpected files in the package:"$'\n'"$unexpected"
tar -xzOf "$work/$tarball" package/package.json | node -e '
  const pkg = JSON.parse(require("fs").readFileSync(0, "utf8"));
  // prepare counts too: npm runs it (or warns that it did not) for a tarball or git source.
  const scripts = ["preinstall", "install", "postinstall", "prepare"].filter((s) => pkg.scripts?.[s]);
  if (scripts.length) throw new Error(`the package runs ${scripts.join(", ")} when installed`);
  if (Object.keys(pkg.dependencies ?? {}).length) throw new Error(`runtime dependencies: ${Object.keys(pkg.dependencies).join(", ")}`);
  if (pkg.private) throw new Error("the package is private");
' || fail "package.json is not ready to publish"

# A project that depends on it: nothing but the package is installed.
mkdir "$work/app"
cd "$work/app"
npm init -y >/dev/null
quiet_npm install --no-audit --no-fund "$work/$tarball"
installed="$(ls -A node_modules | grep -v '^\.' || true)"
[ "$installed" = "support-sla" ] || fail "node_modules holds more than the package:"$'\n'"$installed"
[ ! -e node_modules/support-sla/dist/sla.js.cache ] || cmp -s node_modules/support-sla/dist/sla.js.cache "$root/dist/sla.js.cache" || fail "the code cache changed on install"

version="$(npx --no-install sla --version)"
echo "installed: sla $version"
due="$(npx --no-install sla deadline --opened 2025-06-02T10:00:00+02:00 --priority 1 --plan professional --now 2025-06-02T10:00:00+02:00 --json)"
echo "$due" | grep -q '"deadline": "2025-06-02T13:00:00+02:00"' || fail "wrong deadline from the installed package: $due"
npx --no-install sla holidays --calendar de --year 2026 --json | grep -q '"Tag der Deutschen Einheit"' || fail "shipped calendars missing"
npx --no-install sla classify "Calls drop now and then" "callers get cut off" --json | grep -q '"priority": 2' || fail "classify (with its stemmers) fails in the installed package"
# chalk is loaded only when colouring: a forced colour run proves the bundle carries it.
FORCE_COLOR=1 npx --no-install sla table | grep -q $'\e\[' || fail "FORCE_COLOR=1 sla table printed no colour (is chalk in the bundle?)"
NO_COLOR=1 npx --no-install sla table | grep -q $'\e\[' && fail "NO_COLOR=1 sla table printed colour"
[ -z "$(NO_COLOR=1 npx --no-install sla deadline --priority 1 --plan professional 2>&1 >/dev/null)" ] || fail "sla printed to stderr on a plain run"

# The library, by import and by require, and its declarations under node16 resolution.
cp "$root/test/package/consumer.mjs" "$root/test/package/consumer.cjs" .
cp "$root/test/package/consumer.mts.fixture" consumer.mts
cp "$root/test/package/consumer.cts.fixture" consumer.cts
cp "$root/test/package/tsconfig.json" tsconfig.json
node consumer.mjs
node consumer.cjs
node "$root/node_modules/typescript/bin/tsc" -p tsconfig.json || fail "a TypeScript consumer (module node16) does not type-check against the package"
echo "TypeScript consumer (node16, import and require) type-checks"

# A global install puts `sla` on the PATH.
quiet_npm install -g --no-audit --no-fund --prefix "$work/global" "$work/$tarball"
global_version="$("$work/global/bin/sla" --version)"
[ "$global_version" = "$version" ] || fail "global sla --version said $global_version"
echo "global install: $work/global/bin/sla --version -> $global_version"
echo "package check passed"
