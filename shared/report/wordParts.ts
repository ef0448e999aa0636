import {
  BorderStyle,
  HeadingLevel,
  HeightRule,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { Translate } from '../i18n/translate';

/** A picture drawn by the renderer, with the size it has in the plan (CSS pixels, 96 to the inch). */
export interface WordPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

import { PORTRAIT_FRAME, type Frame } from './wordFrames';

export { LANDSCAPE_FRAME, PORTRAIT_FRAME, type Frame } from './wordFrames';

/** A run of the plan: the chapters' pages, or the landscape pages their maps are printed on. */
export interface WordBlock {
  landscape: boolean;
  /** The heading it opens with, made once it is known whether a page break must come first. */
  title?: { text: string; level: 1 | 2 };
  children: FileChild[];
}

const LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/**
 * Headings by level: 1 a chapter, 2 a direction's chapter (the two the contents list, as in
 * print), 3 and 4 the parts of a chapter.
 */
export function heading(text: string, level: 1 | 2 | 3 | 4, newPage = false): Paragraph {
  return new Paragraph({ text, heading: LEVELS[level], pageBreakBefore: newPage });
}

export function para(
  text: string,
  options: { bold?: boolean; muted?: boolean; indent?: number } = {},
): Paragraph {
  return new Paragraph({
    indent: options.indent ? { left: options.indent * 360 } : undefined,
    children: [
      new TextRun({
        text,
        bold: options.bold,
        color: options.muted ? '6B7280' : undefined,
      }),
    ],
  });
}

/** "Label: value", the label muted, as the cover and the "served by" lists set them. */
export function labelled(label: string, value: string, separator = ': '): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: `${label}${separator}`, color: '6B7280' }),
      new TextRun({ text: value }),
    ],
  });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** A picture as large as it was drawn, or smaller to fit its frame, its shape kept. */
export function picture(image: WordPicture, name: string, frame: Frame = PORTRAIT_FRAME) {
  const scale = Math.min(1, frame.width / image.width, frame.height / image.height);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: image.png,
        transformation: {
          width: Math.round(image.width * scale),
          height: Math.round(image.height * scale),
        },
        altText: { name, description: name, title: name },
      }),
    ],
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'D1D5DB' };

/** The box a chapter ends with when notes are asked for: room to type, as print has to write. */
export function notesBox(t: Translate): FileChild[] {
  return [
    heading(t('reportNotes'), 3),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          // 4 cm, in twips.
          height: { value: 2268, rule: HeightRule.ATLEAST },
          children: [
            new TableCell({
              borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
              children: [new Paragraph({})],
            }),
          ],
        }),
      ],
    }),
  ];
}
