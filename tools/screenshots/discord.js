// What members see on Discord, without Discord: run.sh starts the bot with a key pair made here and its REST base URL
// pointing at a small stand-in server (serve), then this script sends signed interactions to the bot's
// /api/discord/interactions as a member would (drive), collects what the bot answers and posts, and draws each message
// as Discord's client lays it out (markdown, embeds, buttons, "Only you can see this") on an HTML page, pictured in
// headless Chromium at 390 and 1280 px as discord-<view>-<width>.png, plus discord-messages.md with the raw text.
//
//   node discord.js keygen DIR                        writes DIR/discord-key.pem, prints the public key (hex)
//   node discord.js serve PORT LOG                    the stand-in for Discord's REST API (records each call in LOG)
//   node discord.js post --bot URL --key PEM --rest-log LOG --questions FILE --state FILE   set up, post, answer
//   node discord.js drive --bot URL --key PEM --rest-log LOG --questions FILE --state FILE --out DIR
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const APP_ID = '100000000000000001';
const GUILD_ID = '200000000000000002';
const CHANNEL_ID = '300000000000000003';
const MEMBER = { id: '400000000000000004', username: 'alex', global_name: 'Alex' };
const OTHERS = [
  { id: '400000000000000005', username: 'megan', global_name: 'Megan' },
  { id: '400000000000000006', username: 'sam_ops', global_name: '__Sam__ *Ops*' },
];

function keygen(dir) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  fs.writeFileSync(path.join(dir, 'discord-key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const raw = publicKey.export({ type: 'spki', format: 'der' }).subarray(-32);
  console.log(raw.toString('hex'));
}

/** Discord's REST API as far as the bot uses it here: every call is answered 200 with a message and recorded. */
function serve(port, logFile) {
  let next = 900000000000000000n;
  http.createServer((req, res) => {
    const chunks = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json = null;
      try { json = body ? JSON.parse(body) : null; } catch { json = null; }
      fs.appendFileSync(logFile, JSON.stringify({ method: req.method, url: req.url, body: json }) + '\n');
      const channel = /\/channels\/(\d+)\//.exec(req.url || '')?.[1] || CHANNEL_ID;
      const id = String(next++);
      res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-remaining': '10', 'x-ratelimit-limit': '10', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'b' });
      res.end(JSON.stringify({ id, channel_id: channel, guild_id: GUILD_ID, ...(json || {}), author: { id: APP_ID, username: 'StudyBot', bot: true } }));
    });
  }).listen(Number(port), '127.0.0.1', () => console.log(`discord stand-in on ${port}`));
}

// ---- driving ---------------------------------------------------------------------------------------------------

class Discord {
  constructor(bot, keyFile, restLog) {
    this.url = new URL('/api/discord/interactions', bot);
    this.key = crypto.createPrivateKey(fs.readFileSync(keyFile));
    this.restLog = restLog;
    this.counter = 0;
  }

  async send(interaction) {
    const body = JSON.stringify({ application_id: APP_ID, version: 1, locale: 'en-GB', guild_locale: 'en-GB', ...interaction });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = crypto.sign(null, Buffer.from(timestamp + body), this.key).toString('hex');
    const response = await fetch(this.url, {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`the bot answered ${response.status} to a Discord interaction: ${text.slice(0, 300)}`);
    return JSON.parse(text);
  }

  base(user) {
    this.counter += 1;
    return {
      // Snowflake-like ids from the clock, so that no two runs (nor the post and drive phases) send the same one.
      id: String(((BigInt(Date.now()) - 1420070400000n) << 22n) + BigInt(this.counter)), token: `token-${Date.now()}-${this.counter}`, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, name: 'aws-study', guild_id: GUILD_ID },
      member: { user, roles: [], permissions: '2147483647', nick: null, joined_at: '2026-01-05T10:00:00.000000+00:00' },
      app_permissions: '2147483647',
    };
  }

  /** A slash command such as ('quiz', {exam: 'AIP-C01', domain: 4}) or ('setup', {}, 'post-now'). */
  command(name, options = {}, sub = null, user = MEMBER) {
    const opts = Object.entries(options).map(([k, v]) => ({ name: k, type: typeof v === 'number' ? 4 : 3, value: v }));
    const data = sub ? { id: '1', name, type: 1, options: [{ name: sub, type: 1, options: opts }] } : { id: '1', name, type: 1, options: opts };
    return this.send({ ...this.base(user), type: 2, data });
  }

  /** A click on a button of `message`, or a pick in its select menu (`values`). */
  component(message, customId, values = null, user = MEMBER) {
    const data = values ? { custom_id: customId, component_type: 3, values } : { custom_id: customId, component_type: 2 };
    return this.send({
      ...this.base(user), type: 3, data,
      message: { id: message.id || '800000000000000001', channel_id: CHANNEL_ID, content: message.content || '', embeds: message.embeds || [], components: message.components || [], author: { id: APP_ID, username: 'StudyBot', bot: true }, flags: message.flags || 0, timestamp: new Date().toISOString() },
    });
  }

  restCalls() {
    return fs.existsSync(this.restLog) ? fs.readFileSync(this.restLog, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l)) : [];
  }
}

function buttons(message) {
  return (message.components || []).flatMap(row => row.components || []).filter(c => c.type === 2);
}

function select(message) {
  return (message.components || []).flatMap(row => row.components || []).find(c => c.type === 3);
}

/** The message of an interaction response (type 4 new message, 7 update). */
function messageOf(response) {
  return response && response.data ? { ...response.data, responseType: response.type } : null;
}

/** What a deferred answer (type 5) became: the bot's later edit of the original response through the webhook. */
async function settle(d, response, before) {
  if (!response || response.type !== 5) return messageOf(response);
  for (let i = 0; i < 120; i++) {
    const edit = d.restCalls().slice(before).find(c => c.method === 'PATCH' && /\/webhooks\/\d+\/[^/]+\/messages\/@original/.test(c.url));
    if (edit) return { ...edit.body, flags: (edit.body.flags || 0) | (response.data?.flags || 0), deferred: true };
    await new Promise(r => setTimeout(r, 500));
  }

  throw new Error('the bot deferred its answer and never edited it (no PATCH …/messages/@original within 60 s)');
}

/** Clicks through a question: one click for single answer, one per step for ordering; returns each message shown. */
async function clickThrough(d, message, labels, user = MEMBER) {
  const shown = [];
  let current = message;
  for (const label of labels) {
    const button = buttons(current).find(b => b.label === label || (b.label || '').startsWith(`${label}.`) || (b.label || '').startsWith(`${label} `));
    if (!button) throw new Error(`no Discord button "${label}" (buttons: ${buttons(current).map(b => b.label).join(', ') || 'none'})`);
    const next = messageOf(await d.component({ ...current, id: current.id || '800000000000000001' }, button.custom_id, null, user));
    shown.push({ label, message: next });
    // An ordering question is answered once one choice is left (it can only go last): no more buttons, no more clicks.
    if (!next || buttons(next).length === 0) break;
    current = { ...next, id: current.id };
  }

  // An order built over several clicks may wait for its Submit button.
  const submit = buttons(current).find(b => b.label === 'Submit');
  if (shown.length && buttons(shown[shown.length - 1].message || {}).length && submit) {
    shown.push({ label: 'Submit', message: messageOf(await d.component({ ...current }, submit.custom_id, null, user)) });
  }

  return shown;
}

function rightLabels(message, q, right) {
  const keys = Array.isArray(q.answer) ? q.answer : Object.keys(q.items).sort().map(i => q.answer[i]);
  const chosen = right ? keys : q.type === 'single' ? [Object.keys(q.choices).find(k => !keys.includes(k))] : [keys[1], keys[0], ...keys.slice(2)];
  return chosen.map(k => labelFor(message, q.choices[k]));
}

/** Before the Teams pictures: the channel is set up and today's question posted, so its reveal comes during their wait. */
async function post(opts) {
  const questions = JSON.parse(fs.readFileSync(opts.questions, 'utf8'));
  const d = new Discord(opts.bot, opts.key, opts['rest-log']);
  const views = [];
  const setup = await d.command('setup', { time: '09:00', timezone: 'Europe/Berlin', exam: 'MLA-C01', reveal_after_minutes: '5' }, 'daily');
  views.push({ name: 'setup', typed: '/setup daily time:09:00 timezone:Europe/Berlin exam:MLA-C01 reveal_after_minutes:5', messages: [messageOf(setup)] });
  const before = d.restCalls().length;
  const postNow = await settle(d, await d.command('setup', {}, 'post-now'), before);
  let posted = null;
  for (let i = 0; i < 60 && !posted; i++) {
    const call = d.restCalls().slice(before).find(c => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.url));
    posted = call ? { ...call.body, id: '800000000000000009', posted: true } : null;
    if (!posted) await new Promise(r => setTimeout(r, 500));
  }

  if (!posted) throw new Error('after /setup post-now the bot posted nothing to the channel (no POST /channels/…/messages)');
  views.push({ name: 'daily-question', typed: '/setup post-now', messages: [postNow, posted] });
  const daily = questions.find(q => q.daily);
  const answered = await clickThrough(d, posted, rightLabels(posted, daily, true));
  views.push({ name: 'daily-answered', typed: `clicks ${answered.map(a => a.label).join(', ')}`, messages: answered.map(a => a.message) });
  await clickThrough(d, posted, rightLabels(posted, daily, true), OTHERS[0]);
  await clickThrough(d, posted, rightLabels(posted, daily, true), OTHERS[1]);
  fs.writeFileSync(opts.state, JSON.stringify({ views, postedAt: Date.now(), restBefore: before }));
}

async function drive(opts) {
  const questions = JSON.parse(fs.readFileSync(opts.questions, 'utf8'));
  const d = new Discord(opts.bot, opts.key, opts['rest-log']);
  const state = opts.state && fs.existsSync(opts.state) ? JSON.parse(fs.readFileSync(opts.state, 'utf8')) : { views: [] };
  const views = [];
  const add = (name, typed, messages) => views.push({ name, typed, messages: messages.filter(Boolean) });
  const byPrompt = m => {
    const text = plain(m);
    return questions.find(q => text.includes(q.prompt.replace(/\s+/g, ' ').trim().slice(0, 40)));
  };

  add('help', '/help', [messageOf(await d.command('help'))]);
  const quizzes = [['AIP-C01', 4, 'single', true], ['MLS-C01', 3, 'single-markdown', false], ['AIP-C01', 2, 'multiple', true], ['AIF-C01', 3, 'ordering', false]];
  for (const [exam, domain, view, right] of quizzes) {
    const question = messageOf(await d.command('quiz', { exam, domain, count: 1 }));
    add(`quiz-${view}`, `/quiz exam:${exam} domain:${domain} count:1`, [question]);
    const q = byPrompt(question);
    if (!q) throw new Error(`the Discord ${view} question is not one of the screenshot bank's: ${plain(question || {}).slice(0, 200)}`);
    if (q.type === 'multiple') {
      const menu = select(question);
      if (!menu) continue;
      const values = rightLabels(question, q, right).map(label => (menu.options.find(o => o.label.startsWith(`${label}.`) || o.value === label) || {}).value).filter(Boolean);
      add(`result-${view}-${right ? 'right' : 'wrong'}`, `picks ${values.join(', ')}`, [messageOf(await d.component(question, menu.custom_id, values))]);
      continue;
    }

    const shown = await clickThrough(d, question, rightLabels(question, q, right));
    add(`result-${view}-${right ? 'right' : 'wrong'}`, `clicks ${shown.map(x => x.label).join(', ')}`, shown.map(x => x.message));
  }

  add('stats', '/stats', [messageOf(await d.command('stats'))]);
  add('leaderboard', '/leaderboard', [messageOf(await d.command('leaderboard'))]);
  add('exams', '/exams', [messageOf(await d.command('exams'))]);

  // The reveal, if it came while the Teams pictures were taken: a new channel message and the question's edit.
  if (state.postedAt && opts.reveal !== '0') {
    const posts = () => d.restCalls().slice(state.restBefore || 0).filter(c => c.method === 'POST' && /\/channels\/\d+\/messages$/.test(c.url));
    const deadline = state.postedAt + 6 * 60_000;
    if (posts().length < 2) console.log(`screenshots: Discord: waiting up to ${Math.max(0, Math.ceil((deadline - Date.now()) / 1000))} s for the reveal`);
    while (posts().length < 2 && Date.now() < deadline) await new Promise(r => setTimeout(r, 2000));
    if (posts().length < 2) throw new Error('the reveal of the Discord daily question was not posted within 6 minutes of the post');
    const calls = d.restCalls().slice(state.restBefore || 0);
    const reveal = posts().slice(1).pop();
    const closed = calls.filter(c => c.method === 'PATCH' && /\/channels\/\d+\/messages\/\d+$/.test(c.url)).pop();
    if (reveal) add('daily-reveal', '(the reveal, 5 minutes after the post)', [{ ...reveal.body, posted: true }, closed && { ...closed.body, posted: true, edited: true }]);
    add('leaderboard-after-reveal', '/leaderboard', [messageOf(await d.command('leaderboard'))]);
  }

  return [...state.views, ...views];
}

/** A message's words without Discord's markdown escapes, whitespace made single. */
function plain(m) {
  const parts = [m.content || '', ...(m.embeds || []).flatMap(e => [e.title || '', e.description || '', ...(e.fields || []).flatMap(f => [f.name, f.value])])];
  return parts.join(' ').replace(/\\([^\w\s])/g, '$1').replace(/\s+/g, ' ');
}

/** The label ("B") a message gives to a choice text, from its content or embeds ("**B** text", "B. text", "B: text"). */
function labelFor(message, choiceText) {
  const text = [message.content || '', ...(message.embeds || []).flatMap(e => [e.description || '', ...(e.fields || []).map(f => `${f.name} ${f.value}`)])].join('\n');
  const start = choiceText.slice(0, 25).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`([A-H])\\W{0,6}${start}`).exec(text.replace(/\\([_*~`|<>])/g, '$1'));
  return m ? m[1] : null;
}

// ---- drawing -----------------------------------------------------------------------------------------------------

function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Discord's markdown as its client draws it (the parts the bot can send): enough to see escaping mistakes. */
function markdown(src) {
  const slots = [];
  const keep = html => `\u0000${slots.push(html) - 1}\u0000`;
  let s = String(src || '');
  s = s.replace(/```(?:\w*\n)?([\s\S]*?)```/g, (_, code) => keep(`<pre>${escapeHtml(code)}</pre>`));
  s = s.replace(/`([^`\n]+)`/g, (_, code) => keep(`<code>${escapeHtml(code)}</code>`));
  s = s.replace(/\\([\\_*~`|<>#\-:])/g, (_, c) => keep(escapeHtml(c)));
  s = s.replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_, unix, style) => keep(`<span class="time">${escapeHtml(timestamp(Number(unix), style || 'f'))}</span>`));
  s = s.replace(/<@!?(\d+)>/g, (_, id) => keep(`<span class="mention">@${escapeHtml(userName(id))}</span>`));
  s = s.replace(/<#(\d+)>/g, (_, id) => keep(`<span class="mention">#${id === CHANNEL_ID ? 'aws-study' : 'channel'}</span>`));
  s = escapeHtml(s);
  s = s.replace(/\*\*\*([^*]+?)\*\*\*/g, '<b><i>$1</i></b>')
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/__(.+?)__/g, '<u>$1</u>')
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1<i>$2</i>')
    .replace(/(^|\W)_(?!\s)([^_\n]+?)_(?!\w)/g, '$1<i>$2</i>')
    .replace(/~~(.+?)~~/g, '<s>$1</s>')
    .replace(/\|\|(.+?)\|\|/g, '<span class="spoiler">$1</span>');
  const lines = s.split('\n').map(line => {
    if (/^-# /.test(line)) return `<div class="sub">${line.slice(3)}</div>`;
    if (/^### /.test(line)) return `<div class="h3">${line.slice(4)}</div>`;
    if (/^## /.test(line)) return `<div class="h2">${line.slice(3)}</div>`;
    if (/^# /.test(line)) return `<div class="h1">${line.slice(2)}</div>`;
    if (/^&gt; /.test(line)) return `<div class="quote">${line.slice(5)}</div>`;
    if (/^\s*[-*] /.test(line)) return `<div class="li">• ${line.replace(/^\s*[-*] /, '')}</div>`;
    return `<div>${line || '&nbsp;'}</div>`;
  });
  return lines.join('').replace(/\u0000(\d+)\u0000/g, (_, i) => slots[Number(i)]);
}

function timestamp(unix, style) {
  const d = new Date(unix * 1000);
  const opts = { timeZone: 'Europe/Berlin' };
  if (style === 't') return d.toLocaleTimeString('en-GB', { ...opts, hour: '2-digit', minute: '2-digit' });
  if (style === 'T') return d.toLocaleTimeString('en-GB', opts);
  if (style === 'd') return d.toLocaleDateString('en-GB', opts);
  if (style === 'R') {
    const minutes = Math.round((unix * 1000 - Date.now()) / 60000);
    return minutes >= 0 ? `in ${minutes} minutes` : `${-minutes} minutes ago`;
  }

  return d.toLocaleString('en-GB', { ...opts, dateStyle: 'long', timeStyle: 'short' });
}

function userName(id) {
  return [MEMBER, ...OTHERS].find(u => u.id === id)?.global_name || 'someone';
}

const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link' };

function drawMessage(m) {
  const ephemeral = ((m.flags || 0) & 64) !== 0;
  const embeds = (m.embeds || []).map(e => {
    const colour = e.color != null ? `#${Number(e.color).toString(16).padStart(6, '0')}` : '#1e1f22';
    const fields = (e.fields || []).map(f => `<div class="field${f.inline ? ' inline' : ''}"><div class="fname">${markdown(f.name)}</div><div>${markdown(f.value)}</div></div>`).join('');
    return `<div class="embed" style="border-left-color:${colour}">${e.author ? `<div class="eauthor">${escapeHtml(e.author.name)}</div>` : ''}${e.title ? `<div class="etitle">${markdown(e.title)}</div>` : ''}${e.description ? `<div class="edesc">${markdown(e.description)}</div>` : ''}${fields ? `<div class="fields">${fields}</div>` : ''}${e.footer ? `<div class="efoot">${markdown(e.footer.text)}</div>` : ''}</div>`;
  }).join('');
  const rows = (m.components || []).map(row => `<div class="row">${(row.components || []).map(c => {
    if (c.type === 2) return `<span class="btn ${BUTTON_STYLES[c.style] || 'secondary'}${c.disabled ? ' disabled' : ''}">${c.emoji?.name ? `${escapeHtml(c.emoji.name)} ` : ''}${escapeHtml(c.label || '')}</span>`;
    if (c.type === 3) return `<div class="select"><div class="ph">${escapeHtml(c.placeholder || 'Make a selection')} ▾</div>${(c.options || []).map(o => `<div class="opt">${escapeHtml(o.label)}${o.description ? `<span class="odesc"> ${escapeHtml(o.description)}</span>` : ''}</div>`).join('')}</div>`;
    return `<span class="btn secondary">component ${c.type}</span>`;
  }).join('')}</div>`).join('');
  const where = m.edited ? '<div class="sub">the posted question, as the bot edits it</div>' : m.posted ? '<div class="sub">posted in #aws-study through the REST API</div>'
    : m.responseType === 7 ? '<div class="sub">replaces the message that was clicked</div>' : '';
  return `<div class="msg"><div class="avatar">SB</div><div class="body"><div class="head"><b>StudyBot</b> <span class="tag">APP</span> <span class="stamp">Today at ${new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })}</span></div>${where}${m.content ? `<div class="content">${markdown(m.content)}</div>` : ''}${embeds}${rows}${ephemeral ? '<div class="eph">👁 Only you can see this · Dismiss message</div>' : ''}</div></div>`;
}

const CSS = `body{margin:0;background:#313338;color:#dbdee1;font:16px/1.375 "gg sans","Noto Sans","DejaVu Sans",sans-serif}
.view{padding:8px 0}.typed{margin:0 16px 4px 72px;color:#949ba4;font-size:14px}.typed b{color:#dbdee1}
.msg{display:flex;padding:4px 16px}.avatar{flex:0 0 40px;height:40px;border-radius:50%;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700;margin-right:16px}
.body{min-width:0;flex:1}.head{color:#f2f3f5}.tag{background:#5865f2;color:#fff;font-size:10px;border-radius:3px;padding:0 4px;vertical-align:middle}.stamp{color:#949ba4;font-size:12px}
.content{overflow-wrap:anywhere}.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;padding:8px 16px 12px 12px;margin-top:4px;max-width:520px;overflow-wrap:anywhere}
.etitle{font-weight:700;color:#f2f3f5;margin-top:4px}.edesc{font-size:14px;margin-top:6px}.fields{display:flex;flex-wrap:wrap;gap:8px 0;margin-top:8px;font-size:14px}
.field{flex:1 1 100%}.field.inline{flex:1 1 30%;min-width:140px}.fname{font-weight:700;color:#f2f3f5}.efoot{font-size:12px;color:#949ba4;margin-top:8px}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}.btn{border-radius:3px;padding:2px 16px;min-height:32px;display:inline-flex;align-items:center;font-size:14px;font-weight:500;color:#fff;max-width:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.primary{background:#5865f2}.secondary{background:#4e5058}.success{background:#248046}.danger{background:#da373c}.link{background:#4e5058}.disabled{opacity:.5}
.select{background:#1e1f22;border-radius:4px;padding:6px 8px;width:100%;max-width:400px;font-size:14px}.ph{color:#949ba4}.opt{padding:2px 0}.odesc{color:#949ba4}
code{background:#2b2d31;border:1px solid #1e1f22;border-radius:3px;padding:0 2px;font-size:85%}pre{background:#2b2d31;border:1px solid #1e1f22;border-radius:4px;padding:8px;white-space:pre-wrap}
.h1{font-size:24px;font-weight:700}.h2{font-size:20px;font-weight:700}.h3{font-size:16px;font-weight:700}.sub{font-size:12px;color:#949ba4}.quote{border-left:4px solid #4e5058;padding-left:8px}
.mention{background:rgba(88,101,242,.3);color:#c9cdfb;border-radius:3px;padding:0 2px}.time{background:#3f4147;border-radius:3px;padding:0 2px}.spoiler{background:#1e1f22;color:#1e1f22}
.eph{font-size:12px;color:#949ba4;margin-top:4px}.note{margin:0 16px 0 72px;color:#f0b232;font-size:13px}`;

function page(view) {
  const messages = view.messages.map(drawMessage).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="view" id="view"><div class="typed">Alex typed <b>${escapeHtml(view.typed)}</b></div>${messages || '<div class="note">the bot sent nothing</div>'}</div></body></html>`;
}

function text(view) {
  const lines = [`## ${view.name}`, '', `Typed: \`${view.typed}\``, ''];
  for (const m of view.messages) {
    const who = m.edited ? 'The bot edits the posted question' : m.posted ? 'Posted in the channel' : m.responseType === 7 ? 'Replaces the message that was clicked (seen by whoever saw it)'
      : ((m.flags || 0) & 64) ? 'Only the member sees this (ephemeral)' : 'Everyone in the channel sees this';
    lines.push(`${who}:`, '');
    const raw = [m.content || '', ...(m.embeds || []).flatMap(e => [e.title ? `[embed title] ${e.title}` : '', e.description ? `[embed] ${e.description}` : '', ...(e.fields || []).map(f => `[field] ${f.name}: ${f.value}`), e.footer ? `[footer] ${e.footer.text}` : ''])].filter(Boolean).join('\n');
    const controls = (m.components || []).map(row => (row.components || []).map(c => c.type === 2 ? `[${c.label}${c.disabled ? ', disabled' : ''}]` : c.type === 3 ? `[menu: ${(c.options || []).map(o => o.label).join(' | ')}]` : `[component ${c.type}]`).join(' ')).join('\n');
    lines.push('```text', raw + (controls ? `\n${controls}` : ''), '```', '');
  }

  return lines.join('\n');
}

async function draw(views, out) {
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'studybot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const p = context.pages()[0] || await context.newPage();
    for (const view of views) {
      await p.setContent(page(view));
      for (const width of [1280, 390]) {
        await p.setViewportSize({ width, height: 900 });
        await p.locator('#view').screenshot({ path: path.join(out, `discord-${view.name}-${width}.png`) });
      }
    }
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }

  fs.writeFileSync(path.join(out, 'discord-messages.md'), [
    '# What StudyBot sends on Discord',
    '',
    'Written by `tools/screenshots/run.sh` (discord.js): each view is what the bot answered to a signed interaction on',
    '`/api/discord/interactions`, or posted through the REST API, as raw Discord markdown; `discord-<view>-<width>.png`',
    'draws the same messages as the Discord client lays them out.',
    '',
    ...views.map(text),
  ].join('\n'));
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'keygen') return keygen(rest[0]);
  if (mode === 'serve') return serve(rest[0], rest[1]);
  if (mode === 'post') {
    const opts = Object.fromEntries(rest.reduce((pairs, a, i, all) => a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
    await post(opts);
    console.log('screenshots: Discord: the channel is set up and today\'s question is posted');
    return undefined;
  }

  if (mode === 'drive') {
    const opts = Object.fromEntries(rest.reduce((pairs, a, i, all) => a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
    const views = await drive(opts);
    await draw(views, opts.out);
    console.log(`screenshots: ${views.length} Discord views written to ${opts.out}`);
    return undefined;
  }

  console.error('usage: node discord.js keygen DIR | serve PORT LOG | drive --bot URL --key PEM --rest-log LOG --questions FILE --out DIR');
  process.exit(2);
}

main().catch(e => {
  console.error(`screenshots: Discord: ${e.message}`);
  process.exit(1);
});
