#!/usr/bin/env node
// One closing line over both runners, in the plain form CI reads: "tests: N passed, N failed".
import { readFileSync } from 'node:fs';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const unit = read('.test-reports/vitest.json');
const e2e = read('.test-reports/playwright.json');
const passed = unit.numPassedTests + e2e.stats.expected;
const failed = unit.numFailedTests + e2e.stats.unexpected + (e2e.stats.flaky ?? 0);
console.log(`unit ${unit.numPassedTests} passed; browser ${e2e.stats.expected} passed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
