/**
 * A 情况说明 draft as a Word document (.docx) with the `docx` package: the title, each section
 * heading (Heading 1) and sub-heading (Heading 2), and the paragraphs in 仿宋 with a two-character
 * first-line indent, as official documents are set. Placeholders still to fill are highlighted.
 * Browser-safe (no Node APIs): returns the file's bytes.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { draftLines, type Draft, type DraftLine } from '../engine/narrative';

const BODY_FONT = '仿宋';
const HEADING_FONT = '黑体';
const SUBHEADING_FONT = '楷体';
const TITLE_FONT = '方正小标宋简体';
/** 三号 (16 pt) in half-points. */
const BODY_SIZE = 32;

function runs(spans: DraftLine, font: string, size: number, bold = false): TextRun[] {
  return spans.map(
    (s) =>
      new TextRun({
        text: s.text,
        bold,
        size,
        font: { ascii: font, eastAsia: font, hAnsi: font },
        ...(s.type === 'placeholder' ? { highlight: 'yellow' } : {}),
      }),
  );
}

/** The document object of a draft (for callers that want to pack it themselves). */
export function draftToDocument(draft: Pick<Draft, 'title' | 'sections'>): Document {
  const children = draftLines(draft).map((l) => {
    switch (l.role) {
      case 'title':
        return new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          spacing: { after: 240 },
          children: runs(l.spans, TITLE_FONT, 44),
        });
      case 'heading':
        return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: runs(l.spans, HEADING_FONT, BODY_SIZE, true) });
      case 'subheading':
        return new Paragraph({
          heading: HeadingLevel.HEADING_2,
          indent: { firstLine: 640 },
          spacing: { before: 120, after: 60 },
          children: runs(l.spans, SUBHEADING_FONT, BODY_SIZE, true),
        });
      case 'body':
        return new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560 },
          alignment: AlignmentType.JUSTIFIED,
          children: runs(l.spans, BODY_FONT, BODY_SIZE),
        });
    }
  });
  return new Document({
    creator: '预算表校核助手',
    title: draftLines({ title: draft.title, sections: [] })[0]?.text ?? '情况说明',
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [{ children }],
  });
}

/** The .docx bytes of a draft. */
export async function draftToDocx(draft: Pick<Draft, 'title' | 'sections'>): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(draftToDocument(draft)));
}
