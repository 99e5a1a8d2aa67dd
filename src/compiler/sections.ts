// Stage 2, sections: the flat mdast children of a page → a tree of headings.
// Each heading owns the blocks after it up to the next heading of the same or a
// lower depth. A heading that skips depths (## then ####) becomes a child of the
// heading above it, with an info diagnostic.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostics } from './diagnostics.ts';
import { squash } from './text.ts';

/** Longest heading used as a name; a longer one is cut (at a word) for matching, its full text kept as the section's first paragraph. The longest real heading is about 160 characters. */
export const MAX_HEADING = 300;

function cutHeading(title: string): string {
  const cut = title.slice(0, MAX_HEADING);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_HEADING / 2 ? cut.slice(0, space) : cut}…`;
}

export interface HeadingNode {
  title: string;
  depth: number;
  line: number;
  /** Blocks between this heading and its first sub-heading. */
  blocks: RootContent[];
  children: HeadingNode[];
}

export function lineOf(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 0;
}

export function buildSections(file: string, tree: Root, diagnostics: Diagnostics): HeadingNode {
  const root: HeadingNode = { title: '', depth: 0, line: 1, blocks: [], children: [] };
  const stack: HeadingNode[] = [root];
  for (const node of tree.children) {
    if (node.type !== 'heading') {
      stack[stack.length - 1]!.blocks.push(node);
      continue;
    }
    const heading = node as Heading;
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1]!;
    const hasHtml = heading.children.some((c) => c.type === 'html');
    if (hasHtml) diagnostics.report('raw-html', file, lineOf(heading), `HTML in the heading "${squash(toString(heading)).slice(0, 60)}" is shown as text only.`);
    const section: HeadingNode = {
      title: squash(toString(hasHtml ? { ...heading, children: heading.children.filter((c) => c.type !== 'html') } : heading)) || squash(toString(heading).replace(/<[^<>]*>?/g, ' ')),
      depth: heading.depth,
      line: lineOf(heading),
      blocks: [],
      children: [],
    };
    if (section.title.length > MAX_HEADING) {
      const full = section.title;
      section.title = cutHeading(full);
      section.blocks.push({ type: 'paragraph', children: [{ type: 'text', value: full }], position: heading.position });
      diagnostics.report('text-cut-for-matching', file, section.line, `The heading is ${full.length} characters long; "${section.title.slice(0, 60)}…" was used as its name, the full text is kept as its first paragraph.`);
    }
    if (heading.depth > parent.depth + 1 && parent.depth > 0) {
      diagnostics.report(
        'heading-skips-depth',
        file,
        section.line,
        `Heading "${section.title}" is level ${heading.depth} under a level ${parent.depth} heading "${parent.title}".`,
      );
    }
    parent.children.push(section);
    stack.push(section);
  }
  return root;
}
