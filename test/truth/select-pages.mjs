#!/usr/bin/env node
// Picks the truth set's random part from a folder of job-family pages with a
// fixed seed, so the choice is repeatable and not made by looking at pages:
// every department gets at least one page, the rest by seeded shuffle; every
// third pick is held back from tuning. Usage: node test/truth/select-pages.mjs <corpus> [count]
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2] ?? process.env.RUNGS_CORPUS;
const count = Number(process.argv[3] ?? 36);
if (!root) throw new Error('usage: select-pages.mjs <corpus folder> [count]');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.md') ? [relative(root, path)] : [];
  });
}

// mulberry32: a small seeded generator (seed 2026)
let state = 2026;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const files = walk(root).sort();
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
const departments = [...new Set(files.map((f) => f.split('/')[0]))];
const picked = departments.map((d) => files.find((f) => f.startsWith(`${d}/`)));
for (const f of files) if (picked.length < count && !picked.includes(f)) picked.push(f);
console.log(JSON.stringify(picked.map((file, i) => ({ file, heldOut: i % 3 === 2 })), null, 2));
