// Builds the small question bank the screenshots are taken with: a handful of real questions from questions/, each in
// an exam domain of its own, so that "quiz AIP-C01 4 1" always shows the same question and the pictures only change
// when the cards do. Writes <out>/bank/ (exams.yaml, services.yaml, screenshots.yaml) and <out>/questions.json (what the
// driver needs to answer right or wrong on purpose).
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

// Which question shows which view. Each quiz line names an exam and domain that hold only that question here.
const PICKS = [
  // single answer: long choices, and "<timestamp>" (an HTML-like tag) in the prompt
  { id: 'aip-d4-cache-prefix-timestamp', quiz: 'AIP-C01 4' },
  // multiple response: "(Choose two.)", five choices of up to 101 characters
  { id: 'aip-d2-tool-definition-practices', quiz: 'AIP-C01 2' },
  // ordering: four steps
  { id: 'gen-br-kb-setup-order', quiz: 'AIF-C01 3' },
  // matching (drawn once a surface renders matching)
  { id: 'aif-m-agent-building-blocks', quiz: 'AIF-C01 1' },
  // single answer with __label__ (markdown) in a choice and the explanation
  { id: 'bal-mod-blazingtext-label-format', quiz: 'MLS-C01 3' },
  // the daily question (the only MLA-C01 one): "<channel>" in the explanation
  { id: 'sm-byoc-model-dir', daily: 'MLA-C01' },
];

function build(repoRoot, outDir) {
  const source = path.join(repoRoot, 'questions');
  const wanted = new Map(PICKS.map(p => [p.id, p]));
  const found = new Map();
  for (const file of fs.readdirSync(source).sort()) {
    if (!file.endsWith('.yaml') || file === 'exams.yaml' || file === 'services.yaml') continue;
    const doc = YAML.parse(fs.readFileSync(path.join(source, file), 'utf8'));
    for (const q of doc.questions || []) {
      if (wanted.has(q.id)) found.set(q.id, q);
    }
  }

  const missing = PICKS.filter(p => !found.has(p.id)).map(p => p.id);
  if (missing.length > 0) {
    throw new Error(`questions/ no longer holds ${missing.join(', ')}: pick other questions in tools/screenshots/bank.js`);
  }

  const bank = path.join(outDir, 'bank');
  fs.mkdirSync(bank, { recursive: true });
  for (const file of ['exams.yaml', 'services.yaml']) fs.copyFileSync(path.join(source, file), path.join(bank, file));
  const questions = PICKS.map(p => found.get(p.id));
  fs.writeFileSync(path.join(bank, 'screenshots.yaml'), YAML.stringify({
    topic: 'screenshots',
    title: 'Questions the screenshots are taken with (copied from the bank by tools/screenshots/bank.js)',
    questions,
  }));

  const info = PICKS.map(p => {
    const q = found.get(p.id);
    return {
      id: q.id, type: q.type, quiz: p.quiz, daily: p.daily, prompt: String(q.prompt).trim(),
      choices: Object.fromEntries(Object.entries(q.choices).map(([k, v]) => [String(k), String(v)])),
      items: q.items ? Object.fromEntries(Object.entries(q.items).map(([k, v]) => [String(k), String(v)])) : null,
      answer: Array.isArray(q.answer) ? q.answer.map(String)
        : typeof q.answer === 'object' ? Object.fromEntries(Object.entries(q.answer).map(([k, v]) => [String(k), String(v)]))
        : [String(q.answer)],
    };
  });
  fs.writeFileSync(path.join(outDir, 'questions.json'), JSON.stringify(info, null, 2));
  return info;
}

if (require.main === module) {
  const [repoRoot, outDir] = process.argv.slice(2);
  if (!repoRoot || !outDir) {
    console.error('usage: node bank.js <repository root> <output folder>');
    process.exit(2);
  }

  try {
    const info = build(repoRoot, outDir);
    console.log(`screenshot bank: ${info.length} questions in ${path.join(outDir, 'bank')}`);
  } catch (e) {
    console.error(`screenshots: ${e.message}`);
    process.exit(1);
  }
}

module.exports = { build, PICKS };
