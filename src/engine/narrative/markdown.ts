/** A draft as Markdown: the title as '#', each section as '##', paragraphs separated by blank lines. */
import type { Draft } from './draft';

export function draftToMarkdown(draft: Draft): string {
  const out: string[] = [`# ${draft.title}`, ''];
  for (const s of draft.sections) {
    out.push(`## ${s.heading}`, '');
    for (const p of s.paragraphs) out.push(p, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
