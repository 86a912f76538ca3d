import { type PDFDocument, type PDFPage, type RGB, rgb } from 'pdf-lib';
import type { PdfFonts } from './pdf-document.ts';
import { fitToFont, wrapText } from './pdf-text.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 56;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 72;
const FOOTER_Y = 36;

export const INK = rgb(0.1, 0.12, 0.16);
export const MUTED = rgb(0.38, 0.41, 0.47);
const RULE = rgb(0.8, 0.82, 0.86);
const HEADER_FILL = rgb(0.94, 0.95, 0.97);

export type TextStyle = { bold?: boolean; size?: number; color?: RGB; indent?: number; after?: number };

export type TableColumn = { header: string; share: number };

/**
 * A top-to-bottom flow over A4 pages: text wraps to the column and a new page starts when the
 * next line would run into the footer. Footers are drawn last, once the page count is known.
 */
export function createPdfWriter({ doc, fonts }: { doc: PDFDocument; fonts: PdfFonts }) {
  const pages: PDFPage[] = [];
  const width = A4[0] - 2 * MARGIN_X;
  let page!: PDFPage;
  let y = 0;

  const newPage = () => {
    page = doc.addPage(A4);
    pages.push(page);
    y = A4[1] - MARGIN_TOP;
  };
  const ensure = (height: number) => {
    if (pages.length === 0 || y - height < MARGIN_BOTTOM) newPage();
  };
  const lineHeight = (size: number) => size * 1.4;
  const fontOf = (style: TextStyle) => (style.bold ? fonts.bold : fonts.regular);

  const drawLines = (lines: string[], style: TextStyle, x: number) => {
    const size = style.size ?? 10.5;
    for (const line of lines) {
      ensure(lineHeight(size));
      y -= size;
      page.drawText(line, { x, y, size, font: fontOf(style), color: style.color ?? INK });
      y -= lineHeight(size) - size;
    }
  };

  const writer = {
    pages,
    newPage,
    /** Starts a new page unless `height` points still fit on this one. */
    keepTogether: (height: number) => ensure(height),
    gap: (points: number) => {
      y -= points;
    },
    /** Height a paragraph will take, so a heading can stay with its first lines. */
    measure(text: string, style: TextStyle = {}, maxLines = Number.POSITIVE_INFINITY): number {
      const size = style.size ?? 10.5;
      const lines = wrapText(text, fontOf(style), size, width - (style.indent ?? 0));
      return Math.min(lines.length, maxLines) * lineHeight(size);
    },
    paragraph(text: string, style: TextStyle = {}) {
      const size = style.size ?? 10.5;
      drawLines(
        wrapText(text, fontOf(style), size, width - (style.indent ?? 0)),
        style,
        MARGIN_X + (style.indent ?? 0),
      );
      y -= style.after ?? size * 0.6;
    },
    bullet(text: string, style: TextStyle = {}) {
      const size = style.size ?? 10.5;
      const indent = (style.indent ?? 0) + 14;
      const lines = wrapText(text, fontOf(style), size, width - indent);
      ensure(lineHeight(size));
      page.drawText('•', { x: MARGIN_X + indent - 10, y: y - size, size, font: fonts.regular, color: INK });
      drawLines(lines, style, MARGIN_X + indent);
      y -= style.after ?? size * 0.3;
    },
    rule() {
      ensure(8);
      page.drawLine({
        start: { x: MARGIN_X, y },
        end: { x: MARGIN_X + width, y },
        thickness: 0.6,
        color: RULE,
      });
      y -= 10;
    },
    /** A framed block (a signature) that never splits across two pages. */
    box(lines: { text: string; style?: TextStyle }[]) {
      const padding = 8;
      const wrapped = lines.map(({ text, style = {} }) => ({
        style,
        lines: wrapText(text, fontOf(style), style.size ?? 10.5, width - 2 * padding),
      }));
      const height =
        wrapped.reduce((sum, w) => sum + w.lines.length * lineHeight(w.style.size ?? 10.5), 0) +
        2 * padding +
        18;
      ensure(height + 8);
      page.drawRectangle({ x: MARGIN_X, y: y - height, width, height, borderColor: RULE, borderWidth: 0.8 });
      y -= padding;
      for (const w of wrapped) drawLines(w.lines, w.style, MARGIN_X + padding);
      y -= 18 + padding + 10;
    },
    /** Rows wrap inside their cells; the header row is repeated on each page the table reaches. */
    table(columns: TableColumn[], rows: string[][], size = 8.5) {
      const padding = 3;
      const total = columns.reduce((sum, c) => sum + c.share, 0);
      const widths = columns.map((c) => (c.share / total) * width);
      const drawRow = (cells: string[], bold: boolean) => {
        const font = bold ? fonts.bold : fonts.regular;
        const wrapped = cells.map((cell, i) => wrapText(cell, font, size, widths[i]! - 2 * padding));
        const height = Math.max(...wrapped.map((l) => l.length)) * lineHeight(size) + 2 * padding;
        return { wrapped, height, font, bold };
      };
      const paint = ({ wrapped, height, font, bold }: ReturnType<typeof drawRow>) => {
        if (bold) page.drawRectangle({ x: MARGIN_X, y: y - height, width, height, color: HEADER_FILL });
        let x = MARGIN_X;
        wrapped.forEach((lines, i) => {
          lines.forEach((line, n) => {
            const baseline = y - padding - size - n * lineHeight(size);
            page.drawText(line, { x: x + padding, y: baseline, size, font, color: INK });
          });
          x += widths[i]!;
        });
        y -= height;
        page.drawLine({
          start: { x: MARGIN_X, y },
          end: { x: MARGIN_X + width, y },
          thickness: 0.4,
          color: RULE,
        });
      };
      const header = drawRow(
        columns.map((c) => c.header),
        true,
      );
      ensure(header.height + lineHeight(size) + 2 * padding);
      paint(header);
      for (const cells of rows) {
        const row = drawRow(cells, false);
        if (y - row.height < MARGIN_BOTTOM) {
          newPage();
          paint(header);
        }
        paint(row);
      }
      y -= 12;
    },
  };
  return writer;
}

/** Writes `left` and `right(n, count)` under every page, in small grey type. */
export function drawFooters(input: {
  pages: PDFPage[];
  fonts: PdfFonts;
  left: string;
  right: (n: number, count: number) => string;
}): void {
  const size = 8;
  const left = fitToFont(input.left, input.fonts.regular);
  input.pages.forEach((page, index) => {
    const right = fitToFont(input.right(index + 1, input.pages.length), input.fonts.regular);
    const rightWidth = input.fonts.regular.widthOfTextAtSize(right, size);
    page.drawLine({
      start: { x: MARGIN_X, y: FOOTER_Y + 12 },
      end: { x: A4[0] - MARGIN_X, y: FOOTER_Y + 12 },
      thickness: 0.4,
      color: RULE,
    });
    page.drawText(left, { x: MARGIN_X, y: FOOTER_Y, size, font: input.fonts.regular, color: MUTED });
    page.drawText(right, {
      x: A4[0] - MARGIN_X - rightWidth,
      y: FOOTER_Y,
      size,
      font: input.fonts.regular,
      color: MUTED,
    });
  });
}
