#!/usr/bin/env bash
# Refreshes docs/screenshots/: builds and starts StudyBot on a free loopback port with a scratch SQLite database and a
# small bank of real questions (tools/screenshots/bank.js), starts Microsoft's Agents Playground against it, drives it
# in headless Chromium (shoot.js) at 390 px and 1280 px wide, and writes the Discord messages as text (discord.js).
#
#   tools/screenshots/run.sh              everything (8 to 10 minutes: the daily question's reveal waits 5 minutes)
#   tools/screenshots/run.sh --no-reveal  skip the wait for the reveal
#   tools/screenshots/run.sh --out DIR    write the pictures to DIR instead of docs/screenshots
#   tools/screenshots/run.sh --only teams|discord   one platform only
#
# Needs Node.js 20+, the .NET SDK and Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium
# fonts-noto-color-emoji); CHROMIUM=/path overrides it. Every process it starts is stopped when it ends, also on
# failure or Ctrl+C.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/docs/screenshots"
reveal=1
only=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-reveal) reveal=0; shift ;;
    --out) out="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --only) only="$2"; [[ "$only" == teams || "$only" == discord ]] || { echo "screenshots: --only takes teams or discord" >&2; exit 2; }; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "screenshots: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done

fail() { echo "screenshots: $*" >&2; exit 1; }

chromium="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || fail "no Chromium at $chromium: install Debian's (apt-get install -y chromium fonts-noto-color-emoji) or set CHROMIUM"
command -v node >/dev/null || fail "Node.js 20 or later is needed (node is not on PATH)"
command -v dotnet >/dev/null || fail "the .NET SDK is needed (dotnet is not on PATH)"

work="$(mktemp -d "${TMPDIR:-/tmp}/studybot-screenshots.XXXXXX")"
pids=()
cleanup() {
  local status=$?
  for pid in "${pids[@]}"; do
    # Each process was started with setsid: its process group is its own and holds its children (dotnet run's app).
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if [[ $status -ne 0 ]]; then
    echo "screenshots: failed; logs kept in $work (bot.log, playground.log)" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();});'; }

wait_for() { # url seconds what
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [[ $SECONDS -lt $deadline ]] || fail "$3 did not answer at $1 within $2 s (see $work)"
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || fail "$3 stopped before answering (see $work)"; done
    sleep 0.5
  done
}

echo "screenshots: installing the tools (npm ci)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci failed in $here"

echo "screenshots: building StudyBot.Host"
dotnet build "$root/src/StudyBot.Host" -nologo -v q >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; fail "the build failed"; }

node "$here/bank.js" "$root" "$work" || fail "could not build the screenshot bank"

bot_port="$(free_port)"
playground_port="$(free_port)"
proxy_port="$(free_port)"
discord_port="$(free_port)"
bot_url="http://127.0.0.1:$bot_port"

# Discord without Discord: a key pair of our own (the bot checks each interaction's signature against its public half)
# and a stand-in for the REST API on loopback that records what the bot posts (discord.js).
discord_public_key="$(node "$here/discord.js" keygen "$work")" || fail "could not make a Discord key pair"
(exec setsid node "$here/discord.js" serve "$discord_port" "$work/discord-rest.jsonl" >"$work/discord-rest.log" 2>&1) &
pids+=($!)

echo "screenshots: starting StudyBot on $bot_url (scratch database in $work)"
(cd "$root" && exec setsid env \
  ConnectionStrings__StudyBot="Data Source=$work/studybot.db" \
  Database__DataDirectory="$work" \
  Questions__Path="$work/bank" \
  Discord__Mode=Http Discord__ApplicationId=100000000000000001 Discord__PublicKey="$discord_public_key" \
  Discord__BotToken=screenshots-not-a-token Discord__ApiBaseUrl="http://127.0.0.1:$discord_port/api/v10" \
  BotFramework__AppId= BotFramework__AppPassword= \
  dotnet run --no-build --project src/StudyBot.Host -- --urls "$bot_url" >"$work/bot.log" 2>&1) &
pids+=($!)
wait_for "$bot_url/health/ready" 300 "StudyBot"

# The Playground talks to the bot through proxy.js, which keeps a copy of each activity (activities.jsonl) so that
# shoot.js can answer the daily question as the Playground's other members too.
(exec setsid node "$here/proxy.js" "$proxy_port" "$bot_url" "$work/activities.jsonl" >"$work/proxy.log" 2>&1) &
pids+=($!)

echo "screenshots: starting the Agents Playground on port $playground_port"
(cd "$work" && exec setsid node "$here/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "http://127.0.0.1:$proxy_port/api/messages" -c msteams -p "$playground_port" --disable-telemetry >"$work/playground.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$playground_port/" 60 "the Agents Playground"

mkdir -p "$out"
if [[ "$only" != teams ]]; then
  # Discord's daily question first, so that its reveal comes while the Teams pictures are taken.
  node "$here/discord.js" post --bot "$bot_url" --key "$work/discord-key.pem" --rest-log "$work/discord-rest.jsonl" \
    --questions "$work/questions.json" --state "$work/discord-state.json"
fi

if [[ "$only" != discord ]]; then
  CHROMIUM="$chromium" node "$here/shoot.js" \
    --playground "http://127.0.0.1:$playground_port/" --bot "$bot_url" --questions "$work/questions.json" --activities "$work/activities.jsonl" \
    --out "$out" --reveal "$reveal" --work "$work"
fi

if [[ "$only" != teams ]]; then
  echo "screenshots: Discord: signed interactions to $bot_url/api/discord/interactions"
  CHROMIUM="$chromium" node "$here/discord.js" drive --bot "$bot_url" --key "$work/discord-key.pem" \
    --rest-log "$work/discord-rest.jsonl" --questions "$work/questions.json" --state "$work/discord-state.json" --reveal "$reveal" --out "$out"
fi
echo "screenshots: done; pictures in ${out#"$root/"}"
