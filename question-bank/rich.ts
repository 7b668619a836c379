/**
 * Bank text with a little formatting: paragraphs, bulleted and numbered lists, inline code, emphasis and strong.
 * Authors write it as a small Markdown subset; the build parses it (rich-parse.ts, with a Markdown parser, in Node
 * only) into this tree, which the app renders as elements. No Markdown library and no HTML string reach the browser.
 */
export type Inline = string | { readonly code: string } | { readonly em: readonly Inline[] } | { readonly strong: readonly Inline[] };
export type Block =
  | { readonly p: readonly Inline[] }
  | { readonly ul: readonly (readonly Inline[])[] }
  | { readonly ol: readonly (readonly Inline[])[]; readonly start?: number };

/**
 * Formatted versions of an item's text fields, keyed by field path ("stem", "scenario", "options.b.text",
 * "steps.s2.rationale" …); only fields that hold more than plain paragraphs appear.
 */
export type RichFields = Readonly<Record<string, readonly Block[]>>;

/** The text of inline spans without their formatting (for labels and announcements). */
export function plainInline(spans: readonly Inline[]): string {
  return spans.map((s) => (typeof s === 'string' ? s : 'code' in s ? s.code : plainInline('em' in s ? s.em : s.strong))).join('');
}

/** The formatted blocks of one of an item's fields, if the build found formatting there. */
export function blocksOf(item: object, path: string): readonly Block[] | undefined {
  return (item as { rich?: RichFields }).rich?.[path];
}

/** The formatted spans of one of an item's single-line fields (option, step, prompt, response text). */
export function spansOf(item: object, path: string): readonly Inline[] | undefined {
  const first = blocksOf(item, path)?.[0];
  return first && 'p' in first ? first.p : undefined;
}
