#!/usr/bin/env bash
# Runs the image's last stage without a container engine, as far as one machine can: the Dockerfile's own restore and
# publish lines, its ENV, its /data folder created and owned as its RUN line does, then the app started as a non-root
# user from its WORKDIR, checked with the image's HEALTHCHECK command and stopped with SIGTERM (what `docker stop`
# sends). It also starts it once with a /data the user may not write, which must end at once with one line naming the
# setting. Where an engine exists, `docker build -f deploy/Dockerfile -t studybot . && docker run studybot` is the real
# test; this is the closest the development machines get. Prints what it checked; exits 1 on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
dockerfile=deploy/Dockerfile
root=$(mktemp -d /tmp/studybot-image.XXXXXX)
chmod 755 "$root"
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
fail() { echo "try-image: $*" >&2; [ -f "$root/log" ] && sed 's/^/  | /' "$root/log" >&2; exit 1; }

# The build stage: the same restore and publish commands, with /app moved into the scratch root.
restore=$(grep -E '^RUN dotnet restore ' "$dockerfile" | sed 's/^RUN //')
publish=$(grep -E '^RUN dotnet publish ' "$dockerfile" | sed 's/^RUN //; s# -o /app# -o '"$root"'/app#')
echo "try-image: $restore"
$restore >/dev/null || fail "restore failed"
echo "try-image: $publish"
$publish >/dev/null || fail "publish failed"
[ -f "$root/app/StudyBot.Host.dll" ] || fail "the publish wrote no StudyBot.Host.dll"
[ ! -d "$root/app/runtimes/win-x64" ] || fail "the publish carries other platforms' native files (runtimes/win-x64)"

# The run stage: a non-root user (the image's is 'app'; here 'nobody' when run as root, else yourself) and the image's ENV.
if [ "$(id -u)" = 0 ]; then as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --); user=nobody
else as_user=(); user=$(id -un); fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data_env=$(grep -oE 'Database__DataDirectory=[^ ]+' "$dockerfile" | cut -d= -f2)
[ "$data_env" = /data ] || fail "the Dockerfile's Database__DataDirectory is '$data_env', not the /data volume"
grep -qE 'mkdir -p /data && chown app:app /data' "$dockerfile" || fail "the Dockerfile no longer creates and owns /data"
# One process from here on (exec all the way), so that its pid is the app's own and SIGTERM reaches it as docker stop's does.
run_app() {
  cd "$root/app" && exec env -i PATH="$PATH" HOME="$root" DOTNET_NOLOGO=1 ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Database__DataDirectory="$1" "${as_user[@]}" dotnet StudyBot.Host.dll >"$root/log" 2>&1
}

# A /data the user may not write: one line naming the setting, a non-zero exit, within seconds.
mkdir -p "$root/readonly-data" && chmod 555 "$root/readonly-data"
if [ "$user" = nobody ]; then chown root "$root/readonly-data"; fi
set +e; (run_app "$root/readonly-data") & pid=$!
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
kill -0 "$pid" 2>/dev/null && fail "an unwritable /data did not stop start-up within a minute"
wait "$pid"; code=$?; pid=; set -e
[ "$code" -ne 0 ] || fail "an unwritable /data did not stop start-up (exit $code)"
grep -q 'Database:DataDirectory' "$root/log" || fail "an unwritable /data did not name Database:DataDirectory"
! grep -q '   at ' "$root/log" || fail "an unwritable /data printed a stack trace"
echo "try-image: unwritable /data stops start-up: exit $code, '$(grep -m1 'Database:DataDirectory' "$root/log")'"

# The image's /data: created and owned by the user, as `RUN mkdir -p /data && chown app:app /data` does.
mkdir -p "$root/data"
if [ "$user" = nobody ]; then chown nobody:nogroup "$root/data"; fi
(run_app "$root/data") & pid=$!
health=$(grep -E '^HEALTHCHECK ' "$dockerfile" | sed -E 's/.*CMD \[(.*)\]$/\1/; s/[",]//g')
# Docker's --start-period covers the start; probing before the summary would log the not-yet-started scheduler as unhealthy.
for _ in $(seq 1 120); do
  grep -q 'StudyBot is running' "$root/log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "the app ended during start-up"
  sleep 0.5
done
(cd "$root/app" && $health --url "http://127.0.0.1:$port" >/dev/null) || fail "the HEALTHCHECK command never passed"
[ -f "$root/data/studybot.db" ] || fail "no SQLite file in /data"
owner=$(stat -c %U "$root/data/studybot.db")
[ "$owner" = "$user" ] || fail "the SQLite file belongs to $owner, not $user"
[ "$(id -u "$owner")" != 0 ] || fail "the app ran as root"
echo "try-image: running as $owner on SQLite $(basename "$root")/data/studybot.db; '$health' passes"

# docker stop: SIGTERM to the app, exit 0 with nothing logged as a failure.
kill -TERM "$pid"
set +e; wait "$pid"; code=$?; set -e; pid=
[ "$code" -eq 0 ] || fail "SIGTERM ended it with exit $code"
! grep -qE 'fail:|   at ' "$root/log" || fail "the shutdown logged a failure"
echo "try-image: SIGTERM stops it with exit 0"
echo "try-image: the image's run stage starts on SQLite as a non-root user"
