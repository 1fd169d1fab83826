/**
 * What a printed page holds, read back from the PDF with MuPDF: its page
 * count, its text line by line with each line's font size, and a PNG of a
 * page for a person to look at.
 */
import * as mupdf from 'mupdf';

export interface PdfLine {
  text: string;
  /** The smallest font size on the line, in points. */
  size: number;
}

export function readPdf(pdf: Buffer) {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const pages = doc.countPages();
  const lines: PdfLine[] = [];
  for (let i = 0; i < pages; i++) {
    let line: PdfLine | undefined;
    doc
      .loadPage(i)
      .toStructuredText('preserve-whitespace')
      .walk({
        beginLine() {
          line = { text: '', size: Infinity };
        },
        onChar(c: string, _origin: unknown, _font: unknown, size: number) {
          line!.text += c;
          // Chromium writes 10 pt as 9.9975 pt: round to a tenth.
          if (c.trim()) line!.size = Math.min(line!.size, Math.round(size * 10) / 10);
        },
        endLine() {
          if (line?.text.trim()) lines.push(line);
        },
      });
  }
  return {
    pages,
    lines,
    text: lines.map((l) => l.text).join('\n'),
    /** The first page as a PNG, at 72 dpi times `scale`. */
    firstPagePng: (scale = 1) =>
      doc.loadPage(0).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false).asPNG(),
  };
}
