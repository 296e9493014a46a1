#!/usr/bin/env bash
# Checks deploy/Dockerfile, .dockerignore and deploy/compose.yaml against the image's rules without a container engine
# (CI builds the image where one is available). Prints each broken rule; exits 1 if any.
set -uo pipefail
cd "$(dirname "$0")/.."
dockerfile=deploy/Dockerfile compose=deploy/compose.yaml ignore=.dockerignore
failures=0
fail() { echo "check-dockerfile: $*" >&2; failures=$((failures + 1)); }

# Base images pinned to a patch release (x.y.z), never :latest or a moving major.minor tag.
while read -r image; do
  [[ "$image" =~ :[0-9]+\.[0-9]+\.[0-9]+([-.][A-Za-z0-9.-]+)?$ ]] || fail "base image '$image' is not pinned to a patch version"
done < <(grep -E '^FROM ' "$dockerfile" | awk '{print $2}')
grep -qE '^FROM .* AS build' "$dockerfile" || fail "no build stage"

# Restore in its own layer, before the source is copied.
restore=$(grep -nE '^RUN dotnet restore' "$dockerfile" | head -n 1 | cut -d: -f1)
source=$(grep -nE '^COPY (\. |src/ )' "$dockerfile" | head -n 1 | cut -d: -f1)
[ -n "$restore" ] || fail "no 'RUN dotnet restore' layer"
[ -n "$source" ] || fail "no COPY of the source"
[ -n "$restore" ] && [ -n "$source" ] && [ "$restore" -lt "$source" ] || fail "dotnet restore must run before the source is copied"
grep -nE '^COPY \. ' "$dockerfile" >/dev/null && fail "COPY . copies the whole context; copy what the build needs"

# Publish for linux-x64 only, from the restored layer.
publish=$(grep -E '^RUN dotnet publish' "$dockerfile")
[[ "$publish" == *"-r linux-x64"* || "$publish" == *"--runtime linux-x64"* ]] || fail "dotnet publish must target linux-x64 (-r linux-x64)"
[[ "$publish" == *"--no-restore"* ]] || fail "dotnet publish should use the restore layer (--no-restore)"
grep -qE 'dotnet restore .*-r linux-x64' "$dockerfile" || fail "dotnet restore must restore for linux-x64 too"

# Runs as a non-root user that owns the SQLite folder; checks its own health.
grep -qE '^USER +(app|[1-9][0-9]*)' "$dockerfile" || fail "the image must run as a non-root USER"
grep -qE 'mkdir -p /data' "$dockerfile" && grep -qE 'chown +app(:app)? +/data' "$dockerfile" || fail "/data must be created and owned by the app user"
user=$(grep -nE '^USER ' "$dockerfile" | tail -n 1 | cut -d: -f1)
chown=$(grep -nE 'chown +app' "$dockerfile" | tail -n 1 | cut -d: -f1)
[ -n "$user" ] && [ -n "$chown" ] && [ "$chown" -lt "$user" ] || fail "chown /data must come before USER"
grep -qE '^HEALTHCHECK ' "$dockerfile" || fail "no HEALTHCHECK"

# The build context leaves out build output, local databases and secrets.
if [ ! -f "$ignore" ]; then
  fail "no $ignore"
else
  for entry in '.git' '**/bin/' '**/obj/' 'data/' '*.db' 'deploy/.env'; do
    grep -qxF "$entry" "$ignore" || fail "$ignore must list $entry"
  done
fi
grep -qxF 'deploy/.env' .gitignore || fail ".gitignore must list deploy/.env"

# Compose: every service has a health check, and dependencies wait for health.
services=$(awk '/^services:/{s=1; next} s && /^[^ #]/{s=0} s && /^  [A-Za-z0-9_-]+:$/{gsub(/[ :]/,""); print}' "$compose")
for service in $services; do
  awk -v svc="  $service:" '$0==svc{s=1; next} s && /^  [A-Za-z0-9_-]+:$/{s=0} s && /^    healthcheck:/{found=1} END{exit !found}' "$compose" \
    || fail "compose service '$service' has no healthcheck"
done
if grep -qE '^    depends_on:' "$compose"; then
  grep -qE 'condition: service_healthy' "$compose" || fail "depends_on must wait with condition: service_healthy"
  awk '/^    depends_on:/{d=1; next} d && /^    [a-z]/{d=0} d && /^        condition:/ && $2!="service_healthy"{bad=1} END{exit bad}' "$compose" \
    || fail "every depends_on entry must use condition: service_healthy"
fi
while read -r image; do
  [[ "$image" =~ :[0-9]+\.[0-9]+ ]] || fail "compose image '$image' is not pinned"
done < <(grep -E '^    image: ' "$compose" | awk '{print $2}')

if [ "$failures" -gt 0 ]; then
  echo "check-dockerfile: $failures rule(s) broken" >&2
  exit 1
fi
echo "check-dockerfile: $dockerfile, $ignore and $compose follow the rules"
