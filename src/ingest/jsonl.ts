import { articleFromJson, parseOrProblem } from './json.ts';
import { type Origin, type ReadOutcome, rejected } from './outcome.ts';

/**
 * Reads a `.jsonl` file: one article object per line. Blank lines are skipped; a bad line is rejected
 * alone. The article from line N has the source `file#N`.
 */
export function parseJsonl(content: string, origin: Origin): ReadOutcome[] {
  const outcomes: ReadOutcome[] = [];
  content.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const parsed = parseOrProblem(raw);
    const at = { source: origin.source, line };
    if ('problem' in parsed) {
      outcomes.push(rejected(at.source, line, 'invalid_input', parsed.problem.replace('JSON', 'JSON line')));
    } else {
      outcomes.push(articleFromJson(parsed.value, { ...origin, source: `${origin.source}#${line}` }, at));
    }
  });
  if (outcomes.length === 0) outcomes.push(rejected(origin.source, null, 'invalid_input', 'no JSON lines'));
  return outcomes;
}
