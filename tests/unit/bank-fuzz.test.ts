// bank:check under 1,000 random mutations of valid items: it never crashes, and every rejection names item and field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateBank } from '../../question-bank/validate.ts';
import { matching, multipleChoice, multipleResponse, ordering } from '../fixtures/bank.ts';

const valid = [
  multipleChoice('mla-1.1-001', 1, '1.1'),
  multipleResponse('mla-1.1-002', 1, '1.1'),
  ordering('mla-1.1-003', 1, '1.1'),
  matching('mla-1.1-004', 1, '1.1'),
];

type Json = unknown;
/** Every path to a value inside `v` (objects and arrays), e.g. ['options', 2, 'rationale']. */
function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [prefix, ...v.flatMap((x, i) => paths(x, [...prefix, i]))];
  if (v && typeof v === 'object') return [prefix, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...prefix, k]))];
  return [prefix];
}

function mutate(item: Json, path: (string | number)[], action: 'delete' | 'replace', value: Json): Json {
  const copy = structuredClone(item) as Record<string | number, Json>;
  if (path.length === 0) return action === 'delete' ? {} : value;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 2 }),
  fc.constantFrom('multiple-choice', 'ordering', 'case-study', 'matching', '9.9', 'once', 'r9', 's9'),
);

describe('bank:check fuzz', () => {
  it('never crashes on mutated items, and names the item and the field of every problem', () => {
    let runs = 0;
    let rejected = 0;
    const mutation = fc
      .record({ which: fc.nat(valid.length - 1), pick: fc.nat(), action: fc.constantFrom('delete' as const, 'replace' as const), value: anyValue })
      .map(({ which, pick, action, value }) => {
        const item = valid[which]!;
        const all = paths(item);
        return { item: mutate(item, all[pick % all.length]!, action, value), id: item.id };
      });
    fc.assert(
      fc.property(mutation, ({ item }) => {
        runs++;
        const { problems } = validateBank([{ file: 'question-bank/mla/1.1.yaml', content: { exam: 'MLA-C01', items: [item] } }]);
        if (problems.length) rejected++;
        for (const p of problems) {
          expect(p.file).toBe('question-bank/mla/1.1.yaml');
          expect(p.itemId.length).toBeGreaterThan(0);
          expect(p.path.length + p.message.length).toBeGreaterThan(0);
          // A problem about a field names it, unless it concerns the whole item (wrong type, or not an object).
          if (!p.path) expect(p.message).toMatch(/type must be one of|unknown field|expected object|Invalid input|required/);
        }
      }),
      { numRuns: 1000, seed: 20261123 },
    );
    expect(runs).toBe(1000);
    expect(rejected).toBeGreaterThan(500); // most mutations break something: the test is not vacuous
  });
});
