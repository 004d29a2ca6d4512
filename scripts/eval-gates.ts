// The accuracy gates both evals share (scripts/eval.ts, scripts/eval-images.ts): percentages that must
// reach their floor and a count of confident wrong figures that must not pass its ceiling. With --check
// they go to a JSON file that npm test counts, one test a gate, and a failed gate sets the exit code.
import { mkdirSync, writeFileSync } from 'node:fs';

interface Gate {
  name: string;
  value: number;
  pass: boolean;
}

export function reportGates(
  prefix: string,
  floors: Record<string, number>,
  measured: Record<string, number>,
  confident: { count: number; max: number },
  check: { file: string } | null,
): void {
  const gates: Gate[] = [
    ...Object.entries(floors).map(([metric, floor]) => ({
      name: `${prefix}: ${metric} ≥ ${floor}%`,
      value: measured[metric]!,
      pass: measured[metric]! >= floor,
    })),
    { name: `${prefix}: confident wrong ≤ ${confident.max}`, value: confident.count, pass: confident.count <= confident.max },
  ];
  console.log('\nGates:');
  for (const g of gates) console.log(`  ${g.pass ? '✓' : '✗'} ${g.name} (measured ${g.value})`);
  if (!check) return;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${check.file}`, `${JSON.stringify(gates, null, 2)}\n`);
  if (gates.some((g) => !g.pass)) process.exitCode = 1;
}
