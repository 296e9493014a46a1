// Review histories scheduled by ts-fsrs 5.x, the reference the engine's FsrsScheduler is tested against.
// Same settings as StudyBot: FSRS-6 default parameters, no fuzz, no short-term steps, maximum interval 36,500 days.
// Regenerate: npm ci && node generate.mjs > fsrs-reference.json   (seeded: the output is the same every run)
import { fsrs, generatorParameters, createEmptyCard, Rating } from 'ts-fsrs';

let seed = 20261203;
function random() { // mulberry32
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (n) => Math.floor(random() * n);
const hour = 3600 * 1000, day = 24 * hour;

function rating() {
  const x = random();
  return x < 0.2 ? Rating.Again : x < 0.35 ? Rating.Hard : x < 0.85 ? Rating.Good : Rating.Easy;
}

const histories = [];
for (let h = 0; h < 240; h++) {
  const retention = h < 120 ? 0.9 : Math.round((0.8 + random() * 0.17) * 100) / 100;
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: retention, maximum_interval: 36500 }));
  let card = createEmptyCard(new Date(Date.UTC(2026, 0, 5, 9, 0, 0)));
  let time = new Date(Date.UTC(2026, 0, 5, pick(24), pick(60), 0));
  const steps = [];
  const length = 1 + pick(16);
  for (let s = 0; s < length; s++) {
    if (s > 0) {
      // Mostly near the due date (early, on time, late), sometimes the same day or far off.
      const kind = random();
      const wait = kind < 0.1 ? 0 : kind < 0.75 ? Math.max(0, card.scheduled_days + pick(5) - 2) : kind < 0.9 ? pick(30) : pick(800);
      time = new Date(time.getTime() + wait * day + pick(20) * hour - 10 * hour);
      if (time <= new Date(card.last_review)) time = new Date(card.last_review.getTime() + hour);
    }
    const grade = rating();
    const result = scheduler.next(card, time, grade);
    card = result.card;
    steps.push({
      at: time.toISOString(),
      rating: grade,
      elapsedDays: result.log.elapsed_days,
      stability: card.stability,
      difficulty: card.difficulty,
      scheduledDays: card.scheduled_days,
      due: card.due.toISOString(),
      state: card.state,
      reps: card.reps,
      lapses: card.lapses,
    });
  }
  histories.push({ retention, steps });
}
// One review step per line, so a regeneration reads as a diff.
const lines = histories.map((h) => `  {"retention": ${h.retention}, "steps": [\n` + h.steps.map((s) => '    ' + JSON.stringify(s)).join(',\n') + '\n  ]}');
process.stdout.write(`{"generator": "ts-fsrs 5.4.2", "enableFuzz": false, "enableShortTerm": false, "maximumInterval": 36500, "histories": [\n${lines.join(',\n')}\n]}\n`);
