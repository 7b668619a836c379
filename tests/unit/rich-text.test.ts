// Bank text formatting: the Markdown subset parsed at build time into a tree, and everything else refused by name.
import { describe, expect, it } from 'vitest';
import { parseRich, withRich } from '../../question-bank/rich-parse.ts';
import { formatProblem, validateBank } from '../../question-bank/validate.ts';
import { multipleChoice } from '../fixtures/bank.ts';
import type { MultipleChoiceItem } from '../../question-bank/schema.ts';

describe('parseRich', () => {
  it('keeps a case study\'s bulleted requirements as a list, and numbered steps with their start', () => {
    const r = parseRich('The company has these requirements:\n\n- Latency under\n  150 ms.\n- Traffic varies by hour.\n\nThen:\n\n3. one\n4. two', 'block');
    expect(r.problems).toEqual([]);
    expect(r.plain).toBe(false);
    expect(r.blocks).toEqual([
      { p: ['The company has these requirements:'] },
      { ul: [['Latency under 150 ms.'], ['Traffic varies by hour.']] },
      { p: ['Then:'] },
      { ol: [['one'], ['two']], start: 3 },
    ]);
  });

  it('turns inline code, emphasis and strong into spans, and treats wrapped lines as one paragraph', () => {
    const r = parseRich('Scale on\n`SageMakerVariantInvocationsPerInstance`, *not* **CPU**.', 'inline');
    expect(r.problems).toEqual([]);
    expect(r.blocks).toEqual([{ p: ['Scale on ', { code: 'SageMakerVariantInvocationsPerInstance' }, ', ', { em: ['not'] }, ' ', { strong: ['CPU'] }, '.'] }]);
  });

  it('says plain paragraphs need no tree, and keeps characters such as < and _ as text', () => {
    const r = parseRich('Keep p99 < 150 ms with scale_pos_weight set.\n\nSecond paragraph.', 'block');
    expect(r).toEqual({ blocks: [{ p: ['Keep p99 < 150 ms with scale_pos_weight set.'] }, { p: ['Second paragraph.'] }], plain: true, problems: [] });
  });

  it('refuses raw HTML, headings, links, images, code blocks, tables and nested lists, naming what it found', () => {
    const problems = (t: string, mode: 'block' | 'inline' = 'block') => parseRich(t, mode).problems;
    expect(problems('Click <b>here</b>')).toEqual(['uses raw HTML: "<b>"', 'uses raw HTML: "</b>"']);
    expect(problems('<script>alert(1)</script>')).toEqual(['uses raw HTML: "<script>alert(1)</script>"']);
    expect(problems('# Title')).toEqual(['uses a heading: "# Title"']);
    expect(problems('See [docs](https://docs.aws.amazon.com/)')).toEqual(['uses a link (put the page in references instead): "[docs](https://docs.aws.amazon.com/)"']);
    expect(problems('![x](https://example.com/x.png)')[0]).toMatch(/^uses an image/);
    expect(problems('```\ncode\n```')).toEqual(['uses a code block: "```\ncode\n```"']);
    expect(problems('| a | b |\n|---|---|\n| 1 | 2 |')[0]).toMatch(/^uses a table/);
    expect(problems('- a\n  - b')).toContain('uses a nested list, which is not supported');
    expect(problems('- a\n- b', 'inline')).toEqual(['holds a list, but this text is a single line (option, step, prompt or response)']);
    expect(problems('one\n\ntwo', 'inline')).toEqual(['holds several paragraphs, but this text is a single line']);
  });
});

describe('bank:check and the build', () => {
  it('names the file, item and field of text outside the subset', () => {
    const q = multipleChoice('mla-1.1-001', 1, '1.1') as MultipleChoiceItem;
    const item = { ...q, skill: '1.1.formats', stem: 'Which <em>one</em>?', options: q.options.map((o, i) => (i === 1 ? { ...o, rationale: '# Why' } : o)) };
    const { problems } = validateBank([{ file: 'question-bank/mla/1.1.yaml', content: { exam: 'MLA-C01', items: [item] } }]);
    expect(problems.map(formatProblem)).toEqual([
      'question-bank/mla/1.1.yaml: mla-1.1-001: stem: uses raw HTML: "<em>"',
      'question-bank/mla/1.1.yaml: mla-1.1-001: stem: uses raw HTML: "</em>"',
      `question-bank/mla/1.1.yaml: mla-1.1-001: options.${q.options[1]!.id}.rationale: uses a heading: "# Why"`,
    ]);
  });

  it('ships the tree of formatted fields and plain text for labels, and nothing for plain fields', () => {
    const q = multipleChoice('mla-1.1-001', 1, '1.1') as MultipleChoiceItem;
    const first = q.options[0]!;
    const out = withRich({ ...q, options: q.options.map((o) => (o.id === first.id ? { ...o, text: 'Use `Parquet` files' } : o)), caseStudy: { scenario: 'Needs:\n\n- a\n- b' } });
    expect(out.options.find((o) => o.id === first.id)!.text).toBe('Use Parquet files');
    expect(out.rich).toEqual({ [`options.${first.id}.text`]: [{ p: ['Use ', { code: 'Parquet' }, ' files'] }] });
    expect((out.caseStudy as { rich?: unknown }).rich).toEqual([{ p: ['Needs:'] }, { ul: [['a'], ['b']] }]);
    expect(withRich(q).rich).toBeUndefined();
  });
});
