// @vitest-environment node
// Big pages are parsed section by section (micromark slows down faster than the page
// grows on pages with many lists); the tree must be the one a whole parse gives.
import { readdirSync, readFileSync } from 'node:fs';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, SECTIONED_ABOVE } from '../../src/compiler/parse.ts';
import { SEEDS } from './helpers.ts';

/** The tree without character offsets (they count from the start of each section). */
const shape = (tree: unknown) => JSON.parse(JSON.stringify(tree, (key, value) => (key === 'offset' ? undefined : value)));

describe('parsing a big page in sections', () => {
  for (const file of readdirSync(SEEDS).sort()) {
    it(`gives the same tree as a whole parse: ${file} repeated past ${SECTIONED_ABOVE / 1024} KB, with code, HTML and tables`, () => {
      const text = readFileSync(`${SEEDS}/${file}`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const extra = '\n```\n## not a heading\n```\n\n<!--\n## inside a comment\n-->\n\n<div>\n## inside HTML\n</div>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n## Right after a table\n';
      const body = `${text}${extra}\n`.repeat(Math.ceil((SECTIONED_ABOVE + 1) / (text.length + extra.length)) + 1);
      expect(body.length).toBeGreaterThan(SECTIONED_ABOVE);
      const whole = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
      expect(shape(parseMarkdown(body).children)).toEqual(shape(whole.children));
    });
  }
});
