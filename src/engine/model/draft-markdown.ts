/**
 * A draft as Markdown and back: '# ' the title, '## ' each section heading, '### ' a sub-heading,
 * paragraphs separated by blank lines. The pane shows this text for editing and the CLI prints it;
 * reading it back gives the same model, so the sheet and the .docx keep every heading as written.
 */
import { draftLines, parseLine, type Draft, type DraftSection } from './draft';

const PREFIX = { title: '# ', heading: '## ', subheading: '### ', body: '' } as const;

export function draftToMarkdown(draft: Pick<Draft, 'title' | 'sections'>): string {
  const out: string[] = [];
  for (const l of draftLines(draft)) out.push(`${PREFIX[l.role]}${l.text}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Edited Markdown → the draft's title and sections (text between headings: one paragraph per line). */
export function markdownToDraft(text: string): Pick<Draft, 'title' | 'sections'> {
  const draft: Pick<Draft, 'title' | 'sections'> = { title: [], sections: [] };
  const current = (): DraftSection => {
    if (draft.sections.length === 0) draft.sections.push({ heading: [], paragraphs: [] });
    return draft.sections[draft.sections.length - 1];
  };
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*(#{1,3})\s+(.*)$/.exec(raw);
    const content = (m ? m[2] : raw).trim();
    if (!content) continue;
    const level = m?.[1].length ?? 0;
    if (level === 1 && draft.title.length === 0 && draft.sections.length === 0) draft.title = parseLine(content);
    else if (level === 1 || level === 2) draft.sections.push({ heading: parseLine(content), paragraphs: [] });
    else current().paragraphs.push({ role: level === 3 ? 'subheading' : 'body', spans: parseLine(content) });
  }
  return draft;
}
