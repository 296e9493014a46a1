// Drives Microsoft's Agents Playground in headless Chromium (Playwright) through what a member sees and saves each view
// at 390 px (phone: the conversation alone, as Teams mobile shows it) and 1280 px (desktop) under --out, as
// teams-<view>-<width>.png. Started by run.sh, which starts the bot, the proxy and the Playground first.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
for (const required of ['playground', 'bot', 'questions', 'activities', 'out']) {
  if (!args[required]) {
    console.error(`usage: node shoot.js --playground URL --bot URL --questions FILE --activities FILE --out DIR [--reveal 0|1]`);
    process.exit(2);
  }
}

const QUESTIONS = JSON.parse(fs.readFileSync(args.questions, 'utf8'));
const WIDTHS = [1280, 390];
const STEP_TIMEOUT_MS = Number(process.env.STEP_TIMEOUT_MS || 60_000);
const written = [];

class StepError extends Error {}

function norm(s) {
  return String(s).replace(/\s+/g, ' ').trim();
}

function log(message) {
  console.log(`screenshots: ${message}`);
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'studybot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 1400 },
    deviceScaleFactor: 1,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] || await context.newPage();
    try {
      await run(new Playground(page));
    } catch (e) {
      // What the Playground showed when a step failed, for the one who reads the message.
      if (args.work) {
        await page.screenshot({ path: path.join(args.work, 'failure.png'), fullPage: true }).catch(() => {});
        fs.writeFileSync(path.join(args.work, 'failure.html'), await page.content().catch(() => ''));
        e.message += ` (the page at that moment: ${path.join(args.work, 'failure.png')})`;
      }

      throw e;
    }
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** The Playground's page: its chats, its compose boxes, its messages, and the pictures. */
class Playground {
  constructor(page) {
    this.page = page;
  }

  async open() {
    // The conversation's messages: channel posts (with their replies) and chat messages, in the order on screen.
    await this.page.addInitScript(() => {
      window.sbMessages = () => {
        const posts = [...document.querySelectorAll('[role="group"]')].filter(g =>
          g.querySelector('[id^="fui-CardHeader__header"]') && ![...g.querySelectorAll('button')].some(b => b.innerText.trim() === 'Post'));
        const top = posts.filter(p => !posts.some(o => o !== p && o.contains(p)));
        const chat = [...document.querySelectorAll('[aria-label="Message header"]')].map(h => h.parentElement)
          .filter(m => !top.some(p => p.contains(m)));
        return [...top, ...chat].sort((a, b) => a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
      };
    });
    await this.page.goto(args.playground);
    await this.waitForText('StudyBot is here', 'the welcome card in Personal Chat (the bot answered the installation)');
  }

  async waitForText(text, what, timeout = STEP_TIMEOUT_MS) {
    try {
      await this.page.getByText(text, { exact: false }).first().waitFor({ timeout });
    } catch {
      throw new StepError(`${what} did not appear within ${timeout / 1000} s ("${text}")`);
    }
  }

  async openChat(name) {
    await this.restoreLayout();
    const item = this.page.getByRole('treeitem', { name });
    if (await item.count() === 0) throw new StepError(`the Playground has no chat named "${name}"`);
    await item.first().click();
    await this.page.waitForTimeout(800);
    this.chat = name;
  }

  /** Marks every message on screen with its text, so that a step can find what it added or changed. */
  async mark() {
    await this.page.evaluate(() => {
      for (const message of window.sbMessages()) {
        message.dataset.sbSeen = '1';
        message.dataset.sbText = message.innerText;
        message.dataset.sbBot = String(message.querySelectorAll('[role="img"][aria-label="Test Bot"]').length);
      }
    });
  }

  /** The messages added or changed since mark(), as indexes into window.sbMessages(). */
  async changed() {
    return this.page.evaluate(() => window.sbMessages().map((message, index) => {
      const bots = message.querySelectorAll('[role="img"][aria-label="Test Bot"]').length;
      const author = message.querySelector('[role="img"]');
      const added = message.dataset.sbSeen !== '1';
      const edited = !added && message.dataset.sbText !== message.innerText;
      // The bot's doing: a message with more of the bot's avatars than before, or a bot message whose text changed.
      const bot = bots > Number(message.dataset.sbBot || 0) || (edited && author?.getAttribute('aria-label') === 'Test Bot');
      return added || edited ? { index, text: message.innerText, bot } : null;
    }).filter(Boolean));
  }

  /**
   * Runs an action and waits until the bot's answer is on screen and has stopped changing: a new or changed message from
   * the bot (containing `expect` when given). Returns the changed messages.
   */
  async step(what, action, expect) {
    await this.mark();
    await action();
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    let last = '';
    let stableSince = 0;
    for (;;) {
      const changes = await this.changed();
      const botChanges = changes.filter(c => c.bot);
      const text = changes.map(c => c.text).join('\n');
      const ready = botChanges.length > 0 && (!expect || botChanges.some(c => norm(c.text).includes(expect)));
      if (ready && text === last) {
        if (Date.now() - stableSince > 1200) return changes;
      } else {
        last = text;
        stableSince = Date.now();
      }

      if (Date.now() > deadline) {
        const seen = botChanges.length ? `; the bot showed: ${norm(botChanges.map(c => c.text).join(' | ')).slice(0, 300)}` : '; the bot showed nothing new';
        throw new StepError(`${what}: no answer from the bot${expect ? ` containing "${expect}"` : ''} within ${STEP_TIMEOUT_MS / 1000} s${seen}`);
      }

      await this.page.waitForTimeout(300);
    }
  }

  async compose(text) {
    const page = this.page;
    const channel = this.chat !== 'Personal Chat';
    const box = channel ? page.locator('[data-lexical-editor="true"]').first() : page.locator('[data-lexical-editor="true"]').last();
    await box.click();
    if (channel) {
      // As in Teams, a channel message reaches the bot only when it mentions it: pick it from the @ menu.
      await page.keyboard.type('@Test');
      const bot = page.locator('#typeahead-menu [role="menuitem"]').first();
      try {
        await bot.waitFor({ timeout: 5000 });
      } catch {
        throw new StepError('the Playground offered no bot to mention after typing @ in the channel');
      }

      await bot.click();
      await page.keyboard.type(` ${text}`);
      await page.getByRole('button', { name: 'Post', exact: true }).click();
    } else {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
  }

  /** Sends a message (mentioning the bot in a channel) and waits for the answer. */
  async say(text, expect) {
    return this.step(`"${text}" in ${this.chat}`, () => this.compose(text), expect);
  }

  /** Waits for a message whose (whitespace-normalised) text passes `test`; returns its index in window.sbMessages(). */
  async waitForMessage(test, timeout, what) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const texts = await this.page.evaluate(() => window.sbMessages().map(m => m.innerText));
      const index = texts.map(norm).findIndex(test);
      if (index >= 0) return index;
      if (Date.now() > deadline) throw new StepError(`${what} did not appear within ${Math.round(timeout / 1000)} s`);
      await this.page.waitForTimeout(1000);
    }
  }

  lastCard() {
    return this.page.locator('.ac-adaptiveCard').last();
  }

  async clickButton(card, label, what) {
    const button = card.getByRole('button', { name: label }).first();
    if (await button.count() === 0) {
      const shown = (await card.getByRole('button').allInnerTexts()).map(norm).join(' | ');
      throw new StepError(`${what}: the card has no button "${label}" (buttons: ${shown || 'none'})`);
    }

    await button.click();
  }

  // ---- pictures --------------------------------------------------------------------------------------------------

  /** Hides what Teams mobile does not show beside a conversation (the app bar, the chat list, the log panel). */
  async phoneLayout() {
    await this.page.evaluate(() => {
      const hidden = window.sbHidden = window.sbHidden || [];
      const hide = (el, prop, value) => {
        hidden.push([el, prop, el.style.getPropertyValue(prop), el.style.getPropertyPriority(prop)]);
        el.style.setProperty(prop, value, 'important');
      };
      const editor = document.querySelector('[data-lexical-editor="true"]');
      const nav = document.querySelector('[aria-label="Chat and Teams Channel"]');
      let branch = editor;
      while (branch.parentElement && !branch.parentElement.contains(nav)) branch = branch.parentElement;
      for (const sibling of branch.parentElement.children) if (sibling !== branch) hide(sibling, 'display', 'none');
      // The conversation column keeps a desktop minimum width and wide margins: let it fit the phone.
      for (let el = editor; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (parseFloat(style.minWidth) > 0) hide(el, 'min-width', '0px');
        if (parseFloat(style.paddingLeft) >= 24) {
          hide(el, 'padding-left', '8px');
          hide(el, 'padding-right', '8px');
        }
      }

      // Cards keep the desktop's fixed width; on a phone they take the width of the conversation.
      for (const message of window.sbMessages()) {
        // Desktop messages keep 100 px free on the far side; a phone gives that room to the message.
        hide(message, 'margin-left', '4px');
        hide(message, 'margin-right', '4px');
        hide(message, 'min-width', '0px');
        hide(message, 'max-width', 'calc(100% - 8px)');
        for (const card of message.querySelectorAll('.ac-adaptiveCard')) {
          for (let el = card; el && el !== message; el = el.parentElement) {
            hide(el, 'min-width', '0px');
            hide(el, 'max-width', '100%');
            if (el.classList.contains('ac-adaptiveCard') || el.classList.contains('ac-preview-panel') || el.classList.contains('fai-OutputCard')) {
              hide(el, 'width', '100%');
              hide(el, 'box-sizing', 'border-box');
            }
          }
        }
      }
    });
  }

  async hideLogPanel() {
    await this.page.evaluate(() => {
      const hidden = window.sbHidden = window.sbHidden || [];
      const editor = document.querySelector('[data-lexical-editor="true"]');
      const title = [...document.querySelectorAll('span,div,h2,h3')].find(e => e.childElementCount === 0 && e.textContent === 'Log Panel');
      if (!title) return;
      let panel = title;
      while (panel.parentElement && !panel.parentElement.contains(editor)) panel = panel.parentElement;
      hidden.push([panel, 'display', panel.style.getPropertyValue('display'), '']);
      panel.style.setProperty('display', 'none', 'important');
    });
  }

  async restoreLayout() {
    await this.page.evaluate(() => {
      for (const [el, prop, value, priority] of (window.sbHidden || []).reverse()) {
        if (value) el.style.setProperty(prop, value, priority); else el.style.removeProperty(prop);
      }
      window.sbHidden = [];
    });
    await this.page.setViewportSize({ width: 1280, height: 1400 });
  }

  /** Saves the given messages (indexes from changed()) at each width as <name>-<width>.png. */
  async shoot(name, changes) {
    const indexes = changes.map(c => c.index);
    for (const width of WIDTHS) {
      await this.restoreLayout();
      await this.page.setViewportSize({ width, height: 1400 });
      await this.hideLogPanel();
      if (width < 600) await this.phoneLayout();
      await this.page.waitForTimeout(400);
      let clip = await this.region(indexes);
      if (clip.height > 1300) {
        await this.page.setViewportSize({ width, height: Math.ceil(clip.height) + 200 });
        await this.page.waitForTimeout(400);
        clip = await this.region(indexes);
      }

      const file = path.join(args.out, `${name}-${width}.png`);
      await this.page.screenshot({ path: file, clip });
      written.push(path.basename(file));
    }

    await this.restoreLayout();
    log(`saved ${name} (${WIDTHS.join(' and ')} px)`);
  }

  async region(indexes) {
    return this.page.evaluate(list => {
      const all = window.sbMessages();
      const messages = list.map(i => all[i]);
      messages[0].scrollIntoView({ block: 'start' });
      const editor = document.querySelector('[data-lexical-editor="true"]');
      const nav = document.querySelector('[aria-label="Chat and Teams Channel"]');
      let column = editor;
      while (column.parentElement && !column.parentElement.contains(nav)) column = column.parentElement;
      const c = column.getBoundingClientRect();
      const rects = messages.map(m => m.getBoundingClientRect());
      const top = Math.max(0, Math.min(...rects.map(r => r.top)) - 1);
      const bottom = Math.min(window.innerHeight, Math.max(...rects.map(r => r.bottom)) + 8);
      return { x: Math.max(0, c.left), y: top, width: Math.min(c.width, window.innerWidth - Math.max(0, c.left)), height: Math.max(1, bottom - top) };
    }, indexes);
  }

  // ---- questions -------------------------------------------------------------------------------------------------

  /** Which of the screenshot bank's questions the card shows. */
  async question(card) {
    const text = norm(await card.innerText());
    const q = QUESTIONS.find(x => text.includes(norm(x.prompt).slice(0, 50)));
    if (!q) throw new StepError(`the card shows a question that is not in the screenshot bank: ${text.slice(0, 200)}`);
    return q;
  }

  /** Answers the question on the card, right or wrong, with whatever controls the card offers. */
  async answer(card, q, right) {
    const keys = right ? keysOf(q) : wrongKeys(q);
    const texts = keys.map(k => q.choices[k]);
    if (q.type === 'single') {
      await this.pickChoice(card, texts[0], `answering ${q.id}`);
      return;
    }

    if (q.type === 'multiple') {
      for (const t of texts) {
        // A checkbox that shows the choice's text, or the one named by its letter ("B") when the text is in the body.
        let box = card.locator('label').filter({ hasText: norm(t).slice(0, 40) }).first();
        if (await box.count() === 0) {
          const label = await this.labelOf(card, t);
          box = label ? card.locator('label').filter({ hasText: new RegExp(`^\\s*${label}\\b`) }).first() : box;
        }

        if (await box.count() === 0) throw new StepError(`answering ${q.id}: no checkbox for "${t.slice(0, 40)}"`);
        await box.click();
      }

      await this.clickButton(card, 'Submit', `answering ${q.id}`);
      return;
    }

    // ordering and matching: a dropdown per position or item, else a button per choice clicked in order
    const combos = card.getByRole('combobox');
    if (await combos.count() >= texts.length) {
      for (let i = 0; i < texts.length; i++) {
        await combos.nth(i).click();
        const option = this.page.getByRole('option').filter({ hasText: texts[i].slice(0, 40) }).first();
        if (await option.count() === 0) throw new StepError(`answering ${q.id}: dropdown ${i + 1} has no "${texts[i].slice(0, 40)}"`);
        await option.click();
      }

      await this.clickButton(card, 'Submit', `answering ${q.id}`);
      return;
    }

    // Built one pick at a time (the card comes back after each pick with the choices left), then submitted.
    for (const t of texts) {
      const before = norm(await this.lastCard().innerText());
      const left = this.lastCard();
      if (!(await this.hasChoice(left, t))) break; // the last one may be placed by itself
      await this.pickChoice(left, t, `answering ${q.id}`);
      for (let i = 0; i < 40 && norm(await this.lastCard().innerText()) === before; i++) await this.page.waitForTimeout(250);
    }

    const submit = this.lastCard().getByRole('button', { name: 'Submit', exact: true });
    if (await submit.count() > 0) await submit.first().click();
  }

  /** Whether the card still offers a button for the choice (by its text or by its letter). */
  async hasChoice(card, choiceText) {
    const start = norm(choiceText).slice(0, 30);
    const buttons = (await card.getByRole('button').allInnerTexts()).map(norm);
    if (buttons.some(b => b.includes(start))) return true;
    const label = await this.labelOf(card, choiceText);
    return label !== null && buttons.some(b => isLabelButton(b, label));
  }

  /** The letter the card's body gives a choice ("B" in "B. text", "B text", "**B** text"), or null. */
  async labelOf(card, choiceText) {
    const start = norm(choiceText).slice(0, 30);
    const body = norm(await card.innerText());
    const at = body.indexOf(start);
    const label = at > 0 ? /([A-H])\W{0,3}$/.exec(body.slice(Math.max(0, at - 6), at)) : null;
    return label ? label[1] : null;
  }

  /** Clicks the button of a choice: one that shows its text, or the one with its label ("B") from the card's body. */
  async pickChoice(card, choiceText, what) {
    const start = norm(choiceText).slice(0, 30);
    const buttons = card.getByRole('button');
    const n = await buttons.count();
    for (let i = 0; i < n; i++) {
      if (norm(await buttons.nth(i).innerText()).includes(start)) return buttons.nth(i).click();
    }

    const label = await this.labelOf(card, choiceText);
    if (label) {
      for (let i = 0; i < n; i++) {
        const t = norm(await buttons.nth(i).innerText());
        if (isLabelButton(t, label)) return buttons.nth(i).click();
      }
    }

    throw new StepError(`${what}: no button for the choice "${start}"`);
  }
}

/** A button for the choice lettered `label`: "B", "B.", "B. text", "B: text". */
function isLabelButton(text, label) {
  return text === label || text.startsWith(`${label}.`) || text.startsWith(`${label} `) || text.startsWith(`${label}:`);
}

function keysOf(q) {
  return Array.isArray(q.answer) ? q.answer : Object.keys(q.items).sort().map(item => q.answer[item]);
}

/** A wrong answer of the same shape: another choice, one right and one wrong, or the first two swapped. */
function wrongKeys(q) {
  const right = keysOf(q);
  const all = Object.keys(q.choices).sort();
  if (q.type === 'single') return [all.find(k => !right.includes(k))];
  if (q.type === 'multiple') return [right[0], all.find(k => !right.includes(k))];
  return [right[1], right[0], ...right.slice(2)];
}

/** Other members of the Playground's team (its built-in roster), and one with markdown in the name. */
const MEMBERS = {
  megan: { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021' },
  adele: { id: 'user-id-2', name: 'Adele Vance', aadObjectId: '00000000-0000-0000-0000-0000000000022' },
  isaiah: { id: 'user-id-3', name: 'Isaiah Langer', aadObjectId: '00000000-0000-0000-0000-0000000000023' },
  marked: { id: 'user-id-9', name: '__Sam__ *Lee* <b>Ops</b>', aadObjectId: '00000000-0000-0000-0000-0000000000029' },
};

/** The last activity the Playground sent to the bot that matches, from the proxy's copy. */
function recorded(what, predicate) {
  const lines = fs.existsSync(args.activities) ? fs.readFileSync(args.activities, 'utf8').split('\n').filter(Boolean) : [];
  const found = lines.map(l => { try { return JSON.parse(l); } catch { return null; } }).filter(a => a && predicate(a)).pop();
  if (!found) throw new StepError(`the proxy recorded no ${what} from the Playground (${args.activities})`);
  return found;
}

/** Sends a copy of a recorded activity to the bot as another member, as the Playground would have sent it. */
async function sendAs(member, activity, change = a => a) {
  const copy = change({ ...JSON.parse(JSON.stringify(activity)), id: `sb-${Date.now()}-${Math.random().toString(16).slice(2)}`, from: { ...activity.from, ...member } });
  const response = await fetch(new URL('/api/messages', args.bot), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(copy),
  });
  if (response.status >= 300) {
    throw new StepError(`the bot answered ${response.status} to ${copy.type} from ${member.name}: ${(await response.text()).slice(0, 200)}`);
  }
}

async function personalViews(pg) {
  const quizzes = [
    ['AIP-C01 4 1', 'single', true],
    ['MLS-C01 3 1', 'single-markdown', false],
    ['AIP-C01 2 1', 'multiple', true],
    ['AIF-C01 3 1', 'ordering', false],
    ['AIF-C01 1 1', 'matching', true],
  ];
  for (const [filter, view, right] of quizzes) {
    const started = await pg.say(`quiz ${filter}`);
    const reply = norm(started.filter(c => c.bot).map(c => c.text).join(' '));
    const type = view.split('-')[0];
    if (type === 'matching' && /no questions/i.test(reply)) {
      log(`matching questions are not drawn yet ("${reply.slice(0, 80)}"): no teams-quiz-matching picture`);
      continue;
    }

    const card = pg.lastCard();
    const q = await pg.question(card);
    if (q.type !== type) throw new StepError(`"quiz ${filter}" showed ${q.id} (${q.type}), not a ${type} question`);
    await pg.shoot(`teams-quiz-${view}`, started);
    const result = await pg.step(`answering ${q.id}`, () => pg.answer(card, q, right));
    await pg.shoot(`teams-result-${view}-${right ? 'right' : 'wrong'}`, result);
  }

  // A longer quiz for the summary: every active-exam question once, answered right, wrong, right, ...
  let changes = await pg.say('quiz count:4');
  for (let i = 0; i < 4; i++) {
    const card = pg.lastCard();
    const q = await pg.question(card);
    changes = await pg.step(`summary quiz question ${i + 1}`, () => pg.answer(card, q, i % 2 === 0));
  }

  await pg.shoot('teams-quiz-summary', changes);
  await pg.shoot('teams-stats-personal', await pg.say('stats'));
  await pg.shoot('teams-leaderboard-personal', await pg.say('leaderboard'));
  await pg.shoot('teams-review', await pg.say('review'));
  await pg.shoot('teams-exams', await pg.say('exams'));
}

async function run(pg) {
  await pg.open();
  await pg.openChat('Personal Chat');
  // The welcome card arrived at installation: picture the message already on screen.
  const welcome = await pg.page.evaluate(() => window.sbMessages().length - 1);
  await pg.shoot('teams-welcome-personal', [{ index: welcome }]);
  await pg.shoot('teams-help', await pg.say('help', 'StudyBot'));
  const personalMessage = recorded('personal-chat message', a => a.type === 'message' && a.conversation?.conversationType === 'personal');

  // The team channel: the bot's welcome when it is added, the setup, and today's question posted at once.
  await pg.shoot('teams-welcome-channel', await pg.step('opening the General channel', () => pg.openChat('My Team - General'), 'StudyBot is here'));
  // "setup" shows the form in the channel, or answers there that it sent the form to the personal chat.
  const setupReply = await pg.say('setup');
  const formInChannel = setupReply.some(c => c.bot && /Save/.test(c.text));
  await pg.shoot(formInChannel ? 'teams-setup-form' : 'teams-setup-channel', setupReply);
  await pg.shoot('teams-setup-done', await pg.say('setup daily 09:00 Europe/Berlin weekdays MLA-C01 5'));
  const daily = QUESTIONS.find(q => q.daily);
  const posted = await pg.say('setup post-now', norm(daily.prompt).slice(0, 50));
  const postedAt = Date.now();
  await pg.shoot('teams-daily-question', posted);

  const card = pg.page.locator('.ac-adaptiveCard').filter({ hasText: norm(daily.prompt).slice(0, 50) }).first();
  await pg.shoot('teams-daily-answered', await pg.step('answering the daily question', () => pg.answer(card, daily, true)));

  // Other members answer too (the Playground has one user): copies of Alex's click as Megan (right), Adele (wrong), a
  // member with markdown in the name (right) and Isaiah (right, hidden from boards first).
  const click = recorded('click on the daily card', a => a.type === 'invoke' && JSON.stringify(a.value || {}).includes('roundId'));
  const right = keysOf(daily)[0];
  const wrong = wrongKeys(daily)[0];
  const withChoice = key => a => {
    const data = a.value.action.data;
    const shown = data.choice;
    // The click carries the label Alex saw; the same shuffled card is shown to everyone, so map by Alex's pick.
    data.choice = key === right ? shown : String.fromCharCode(shown.charCodeAt(0) === 65 ? 66 : 65);
    return a;
  };
  await sendAs(MEMBERS.isaiah, personalMessage, a => ({ ...a, text: 'stats hide', conversation: { ...a.conversation, id: `${a.conversation.id}-isaiah` } }));
  await sendAs(MEMBERS.megan, click, withChoice(right));
  await sendAs(MEMBERS.adele, click, withChoice(wrong));
  await sendAs(MEMBERS.marked, click, withChoice(right));
  await sendAs(MEMBERS.isaiah, click, withChoice(right));
  log('four more members answered the daily question (one hidden from boards, one with markdown in the name)');

  await pg.openChat('Personal Chat');
  if (!formInChannel) {
    const form = await pg.waitForMessage(m => /Save/.test(m) && /reveal/i.test(m), 5000, 'the setup form in the personal chat');
    await pg.shoot('teams-setup-form', [{ index: form }]);
  }
  await personalViews(pg);

  await pg.openChat('My Team - General');
  if (args.reveal === '0') {
    log('--no-reveal: no pictures of the reveal, the closed card and the channel boards');
    return;
  }

  const waitMs = Math.max(0, postedAt + 5 * 60_000 + 45_000 - Date.now());
  log(`waiting up to ${Math.ceil(waitMs / 1000)} s for the reveal (5 minutes after the post)`);
  const prompt = norm(daily.prompt).slice(0, 50);
  // The reveal is a new post that repeats the prompt under "Answer: …"; the question's own card says "revealed at".
  const revealIndex = await pg.waitForMessage(m => m.includes(prompt) && /Answer/.test(m) && !/revealed at/.test(m),
    waitMs + 30_000, 'the reveal of the daily question in the channel');
  await pg.page.waitForTimeout(3000);
  await pg.shoot('teams-daily-reveal', [{ index: revealIndex }]);
  const cardIndex = await pg.waitForMessage((m, i) => m.includes(prompt) && i !== revealIndex, 1000, 'the daily question card');
  await pg.shoot('teams-daily-after-reveal', [{ index: cardIndex }]);
  await pg.shoot('teams-leaderboard-channel', await pg.say('leaderboard'));
  await pg.shoot('teams-stats-channel', await pg.say('stats'));
}

main().then(() => {
  log(`${written.length} pictures written to ${args.out}`);
}, e => {
  console.error(`screenshots: ${e instanceof StepError ? e.message : e.stack}`);
  process.exit(1);
});
