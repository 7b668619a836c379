/**
 * Parses bank text (a small Markdown subset) into the tree of rich.ts, with marked's lexer, at build and check time.
 * Anything outside the subset (raw HTML, headings, links, tables, code blocks, nested lists …) is a problem that names
 * what was found, so `bank:check` rejects it; nothing from the bank ever reaches the page as HTML.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { plainInline, type Block, type Inline } from './rich.ts';

export interface Parsed {
  readonly blocks: Block[];
  /** True when the text is only plain paragraphs, which need no tree. */
  readonly plain: boolean;
  readonly problems: string[];
}

const NAMES: Record<string, string> = {
  html: 'raw HTML',
  heading: 'a heading',
  code: 'a code block',
  blockquote: 'a block quote',
  table: 'a table',
  hr: 'a horizontal rule',
  link: 'a link (put the page in references instead)',
  image: 'an image',
  del: 'strikethrough',
  def: 'a link definition',
};

function inlines(tokens: readonly Token[] | undefined, problems: string[]): Inline[] {
  const out: Inline[] = [];
  const push = (s: string) => {
    const last = out.at(-1);
    if (typeof last === 'string') out[out.length - 1] = last + s;
    else out.push(s);
  };
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'text':
        if ('tokens' in t && t.tokens?.length) {
          for (const s of inlines(t.tokens, problems)) {
            if (typeof s === 'string') push(s);
            else out.push(s);
          }
        }
        else push((t as Tokens.Text).text.replace(/\s*\n\s*/g, ' '));
        break;
      case 'escape':
        push((t as Tokens.Escape).text);
        break;
      case 'br':
        push(' ');
        break;
      case 'codespan':
        out.push({ code: (t as Tokens.Codespan).text });
        break;
      case 'em':
        out.push({ em: inlines((t as Tokens.Em).tokens, problems) });
        break;
      case 'strong':
        out.push({ strong: inlines((t as Tokens.Strong).tokens, problems) });
        break;
      default:
        problems.push(`uses ${NAMES[t.type] ?? `unsupported Markdown (${t.type})`}: "${t.raw.trim().slice(0, 40)}"`);
        push(t.raw);
    }
  }
  return out;
}

function listItems(list: Tokens.List, problems: string[]): Inline[][] {
  return list.items.map((item) => {
    const spans: Inline[] = [];
    for (const t of item.tokens) {
      if (t.type === 'text' || t.type === 'paragraph') spans.push(...inlines((t as Tokens.Text).tokens ?? [t], problems));
      else if (t.type === 'space') continue;
      else if (t.type === 'list') problems.push('uses a nested list, which is not supported');
      else problems.push(`uses ${NAMES[t.type] ?? `unsupported Markdown (${t.type})`} inside a list item`);
    }
    return spans;
  });
}

/**
 * `block` text may hold paragraphs and lists (stems, scenarios, rationales, explanations); `inline` text is one
 * paragraph (option, step, prompt and response text).
 */
export function parseRich(text: string, mode: 'block' | 'inline'): Parsed {
  const problems: string[] = [];
  const blocks: Block[] = [];
  for (const t of new Lexer({ gfm: true }).lex(text)) {
    if (t.type === 'space') continue;
    if (t.type === 'paragraph') blocks.push({ p: inlines((t as Tokens.Paragraph).tokens, problems) });
    else if (t.type === 'list') {
      const list = t as Tokens.List;
      if (mode === 'inline') problems.push('holds a list, but this text is a single line (option, step, prompt or response)');
      const items = listItems(list, problems);
      blocks.push(list.ordered ? { ol: items, ...(Number(list.start) > 1 ? { start: Number(list.start) } : {}) } : { ul: items });
    } else {
      problems.push(`uses ${NAMES[t.type] ?? `unsupported Markdown (${t.type})`}: "${t.raw.trim().slice(0, 40)}"`);
      blocks.push({ p: [t.raw] });
    }
  }
  if (mode === 'inline' && blocks.length > 1) problems.push('holds several paragraphs, but this text is a single line');
  const plain = blocks.every((b) => 'p' in b && b.p.every((s) => typeof s === 'string'));
  return { blocks, plain, problems };
}

interface TextField {
  readonly path: string;
  readonly text: string;
  readonly mode: 'block' | 'inline';
}

/** Every text field of a question that may hold formatting, with its path and whether it is block or inline text. */
export function textFields(q: {
  type: string;
  stem: string;
  explanation?: string;
  options?: readonly { id: string; text: string; rationale: string }[];
  steps?: readonly { id: string; text: string; rationale: string }[];
  prompts?: readonly { id: string; text: string; rationale: string }[];
  responses?: readonly { id: string; text: string }[];
}): TextField[] {
  const out: TextField[] = [{ path: 'stem', text: q.stem, mode: 'block' }];
  if (q.explanation) out.push({ path: 'explanation', text: q.explanation, mode: 'block' });
  for (const [list, key] of [[q.options, 'options'], [q.steps, 'steps'], [q.prompts, 'prompts']] as const)
    for (const x of list ?? []) {
      out.push({ path: `${key}.${x.id}.text`, text: x.text, mode: 'inline' });
      out.push({ path: `${key}.${x.id}.rationale`, text: x.rationale, mode: 'block' });
    }
  for (const r of q.responses ?? []) out.push({ path: `responses.${r.id}.text`, text: r.text, mode: 'inline' });
  return out;
}

/**
 * The formatted fields of a question, for the app: `rich` holds the tree of every field that is more than plain
 * paragraphs, and inline fields with formatting get their plain text (for labels) in place of the Markdown.
 */
export function withRich<Q extends Parameters<typeof textFields>[0] & { caseStudy?: { scenario: string } }>(q: Q): Q & { rich?: Record<string, Block[]> } {
  const rich: Record<string, Block[]> = {};
  const out = structuredClone(q) as Q & { rich?: Record<string, Block[]>; caseStudy?: { scenario: string; rich?: Block[] } };
  for (const f of textFields(q)) {
    const r = parseRich(f.text, f.mode);
    if (r.plain) continue;
    rich[f.path] = r.blocks;
    if (f.mode === 'inline') {
      const [list, id] = f.path.split('.');
      const entry = (out as unknown as Record<string, { id: string; text: string }[]>)[list!]!.find((x) => x.id === id)!;
      entry.text = r.blocks.map((b) => ('p' in b ? plainInline(b.p) : '')).join(' ');
    }
  }
  if (out.caseStudy) {
    const r = parseRich(out.caseStudy.scenario, 'block');
    if (!r.plain) out.caseStudy.rich = r.blocks;
  }
  if (Object.keys(rich).length) out.rich = rich;
  return out;
}
