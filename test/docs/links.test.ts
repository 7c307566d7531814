// Every relative link of README.md and docs/*.md leads somewhere: the file exists, and a
// `#fragment` names a heading of the target page (as GitHub spells heading anchors).
import { existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, documentationPages, fencedBlocks, readPage } from './fenced-blocks.js';

/** The lines of a page outside its fenced blocks. */
function linesOutsideBlocks(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  for (const block of fencedBlocks('', markdown)) {
    for (let line = block.fenceLine - 1; line <= block.fenceLine + block.lineCount; line++) lines[line] = '';
  }
  return lines;
}

/** The page without its fenced blocks and inline code, where link syntax means nothing. */
function prose(markdown: string): string {
  return linesOutsideBlocks(markdown)
    .map((line) => line.replace(/`[^`]*`/g, '``'))
    .join('\n');
}

/** GitHub's anchor for each heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const line of linesOutsideBlocks(markdown)) {
    if (!line.startsWith('#')) continue;
    const text = line.replace(/^#+\s*/, '').replaceAll('`', '').trim();
    const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${String(count)}`);
  }
  return result;
}

interface Link {
  readonly page: string;
  readonly target: string;
}

function relativeLinks(page: string): Link[] {
  const links: Link[] = [];
  for (const match of prose(readPage(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
    links.push({ page, target });
  }
  return links;
}

const links = documentationPages().flatMap(relativeLinks);

describe('relative links in README.md and docs/*.md', () => {
  it('finds the links of the README', () => {
    expect(links.filter((link) => link.page === 'README.md').length).toBeGreaterThan(10);
  });

  it.each(links.map((link) => [link.page, link.target, link] as const))('%s: %s leads somewhere', (_page, _target, link) => {
    const [path = '', fragment] = link.target.split('#');
    const file = path === '' ? link.page : normalize(join(dirname(link.page), path));
    expect(existsSync(join(ROOT, file)), `${file} exists`).toBe(true);
    if (fragment !== undefined && file.endsWith('.md')) {
      expect([...anchors(readPage(file))], `a heading of ${file} has the anchor #${fragment}`).toContain(fragment);
    }
  });
});
