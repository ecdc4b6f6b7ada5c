/**
 * A 情况说明 draft as a Word document (.docx) with the `docx` package: the title, one heading per
 * section and the paragraphs in 仿宋 with a two-character first-line indent, as official documents are
 * set. Browser-safe (no Node APIs): returns the file's bytes.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Draft } from '../engine/narrative';

const BODY_FONT = '仿宋';
const HEADING_FONT = '黑体';
const TITLE_FONT = '方正小标宋简体';
/** 三号 (16 pt) in half-points. */
const BODY_SIZE = 32;

function run(text: string, font: string, size: number, bold = false): TextRun {
  return new TextRun({ text, bold, size, font: { ascii: font, eastAsia: font, hAnsi: font } });
}

/** The document object of a draft (for callers that want to pack it themselves). */
export function draftToDocument(draft: Draft): Document {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(draft.title, TITLE_FONT, 44)],
    }),
  ];
  for (const section of draft.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240, after: 120 },
        children: [run(section.heading, HEADING_FONT, BODY_SIZE, true)],
      }),
    );
    for (const text of section.paragraphs) {
      children.push(
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: { line: 560 },
          alignment: AlignmentType.JUSTIFIED,
          children: [run(text, BODY_FONT, BODY_SIZE)],
        }),
      );
    }
  }
  return new Document({
    creator: '预算表校核助手',
    title: draft.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [{ children }],
  });
}

/** The .docx bytes of a draft. */
export async function draftToDocx(draft: Draft): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(draftToDocument(draft)));
}
