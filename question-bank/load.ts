/** Reads the bank's YAML files from disk (Node only: used by the CLI and the Vite plugin). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ParsedFile } from './validate.ts';
import { validateBank } from './validate.ts';

export function listBankFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'cli' && name !== 'item-types' && name !== 'node_modules') out.push(...listBankFiles(full));
    } else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

export function readBankFile(path: string, root: string): ParsedFile {
  const file = relative(root, path).split('\\').join('/');
  try {
    return { file, content: parse(readFileSync(path, 'utf8'), { prettyErrors: true, uniqueKeys: true }) };
  } catch (e) {
    return { file, content: { parseError: (e as Error).message.split('\n')[0] } };
  }
}

export function loadBank(bankDir: string, root: string) {
  return validateBank(listBankFiles(bankDir).map((f) => readBankFile(f, root)));
}
