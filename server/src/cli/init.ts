import { access } from 'node:fs/promises';
import { writeAtomic } from '../node/atomic-write';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CATEGORIES, descriptionTemplate, slugOf, type Category, type Language } from '../core';
import { InputError, UsageError } from './errors';

async function askCategory(): Promise<Category> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    CATEGORIES.forEach((c, i) => process.stderr.write(`  ${i + 1}. ${c}\n`));
    for (;;) {
      const answer = (await rl.question('Category (1-4): ')).trim();
      const picked = CATEGORIES[Number(answer) - 1] ?? CATEGORIES.find((c) => c === answer);
      if (picked) return picked;
    }
  } finally {
    rl.close();
  }
}

export async function init(cwd: string, name: string | undefined, category: string | undefined, language: Language, interactive: boolean): Promise<string> {
  if (name === undefined || name.trim() === '') throw new UsageError('init needs a name, e.g. `intervention-lint init "Samen Sterk" --category sensitivity`.');
  let picked: Category;
  if (category !== undefined) {
    if (!(CATEGORIES as readonly string[]).includes(category)) throw new UsageError(`--category must be one of ${CATEGORIES.join(', ')}.`);
    picked = category as Category;
  } else if (interactive) {
    picked = await askCategory();
  } else {
    throw new UsageError(`init needs --category (${CATEGORIES.join(', ')}) when not run in a terminal.`);
  }
  const file = `${slugOf(name) || 'nieuwe-interventie'}.intervention.yaml`;
  const path = resolve(cwd, file);
  if (await access(path).then(() => true, () => false)) throw new InputError(`${file} already exists; not overwritten.`);
  await writeAtomic(path, descriptionTemplate(name, picked, language), { overwrite: false });
  return file;
}
