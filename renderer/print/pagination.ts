/*
 * Chromium prints no target-counter(), so the contents page learns where each chapter starts by
 * laying the pages out itself. Every chapter starts a page (print.css), and the document is laid
 * out on screen at the printed width of its pages, so breaking each chapter into pages here the
 * way the printer does gives the pages it will print on. print.css keeps the boxes counted here
 * whole (break-inside: avoid), so a page breaks only between them.
 */

const PX_PER_MM = 96 / 25.4;
/** A4 less the page margins of print.css (18 mm top, 20 mm bottom). */
const PAGE_HEIGHT_MM = { portrait: 297 - 38, landscape: 210 - 38 };
/**
 * The printed page holds a fraction of a pixel less than its millimetres: a list item that ended
 * 0.03 px above the foot of a page so counted went to the next page in print.
 */
const PRINTED_SHORTER_PX = 1;

interface Atom {
  element: Element;
  /** It starts a page of its own (break-before: page). */
  newPage?: boolean;
  /** It goes to the next page with the box after it (break-after: avoid): a heading. */
  keepWithNext?: boolean;
  /** Room a repeated table header takes on each page the table continues on. */
  header: number;
  /** Room a repeated table footer takes at the foot of each page the table is on. */
  footer: number;
}

const BLOCK_DISPLAYS = new Set(['block', 'list-item', 'table', 'flex', 'grid', 'flow-root']);

function isBlock(element: Element): boolean {
  return BLOCK_DISPLAYS.has(getComputedStyle(element).display);
}

function atomsOf(element: Element, atoms: Atom[]) {
  for (const child of element.children) {
    const style = getComputedStyle(child);
    if (style.display === 'none' || child.tagName === 'STYLE') continue;
    if (child.tagName === 'TABLE') {
      const head = child.querySelector(':scope > thead');
      const foot = child.querySelector(':scope > tfoot');
      // Chromium repeats a header or footer group on every page the table is on.
      const repeated = (group: Element | null, display: string) =>
        group && getComputedStyle(group).display === display
          ? group.getBoundingClientRect().height
          : 0;
      const header = repeated(head, 'table-header-group');
      const footer = repeated(foot, 'table-footer-group');
      const rows = child.querySelectorAll(':scope > tbody > tr');
      // A table's head never stays alone at a page's foot: it goes on with the first row.
      if (head) atoms.push({ element: head, header: 0, footer: 0, keepWithNext: true });
      for (const row of rows) atoms.push({ element: row, header, footer });
      if (foot) atoms.push({ element: foot, header, footer: 0 });
      continue;
    }
    const whole = style.breakInside === 'avoid' || style.display === 'flex';
    const blockChildren = [...child.children].some(isBlock);
    if (!whole && blockChildren) atomsOf(child, atoms);
    else
      atoms.push({
        element: child,
        header: 0,
        footer: 0,
        newPage: style.breakBefore === 'page',
        keepWithNext: style.breakAfter === 'avoid',
      });
  }
}

/**
 * How many pages a chapter prints on. Content must not be wider than the page's column: Chromium
 * would shrink the whole document to fit it, and these counts would no longer hold.
 */
export function pagesOf(chapter: HTMLElement): number {
  const landscape =
    chapter.classList.contains('page-landscape') ||
    getComputedStyle(chapter).getPropertyValue('page').trim() === 'landscape';
  const pageHeight =
    (landscape ? PAGE_HEIGHT_MM.landscape : PAGE_HEIGHT_MM.portrait) * PX_PER_MM -
    PRINTED_SHORTER_PX;
  const atoms: Atom[] = [];
  atomsOf(chapter, atoms);
  let pageTop = chapter.getBoundingClientRect().top;
  let pages = 1;
  // Where the headings (or a table's head) right above the box start: they go on with it.
  let keptTop: number | null = null;
  for (const { element, header, footer, newPage, keepWithNext } of atoms) {
    const box = element.getBoundingClientRect();
    if (box.height === 0) continue;
    if (newPage && box.top > pageTop + 0.5) {
      pages += 1;
      pageTop = box.top;
      keptTop = null;
    }
    // A box that does not fit below what the page holds moves whole to the next page, with the
    // headings right above it unless they start the page; one at a page's top that is taller
    // than the page would be cut, and does not move.
    const top = keptTop !== null && keptTop > pageTop + 0.5 ? keptTop : box.top - header;
    if (box.bottom + footer - pageTop > pageHeight + 0.5 && top > pageTop + 0.5) {
      pages += 1;
      pageTop = top;
    }
    keptTop = keepWithNext ? (keptTop ?? box.top) : null;
    // A box taller than a page runs on: its overflow is on pages of its own.
    while (box.bottom - pageTop > pageHeight + 0.5) {
      pages += 1;
      pageTop += pageHeight;
    }
  }
  return pages;
}

/** The page each chapter of the document starts on, by the chapter's id. */
export function chapterPages(document: HTMLElement): Record<string, number> {
  const pages: Record<string, number> = {};
  let next = 1;
  for (const chapter of document.children) {
    if (!(chapter instanceof HTMLElement) || chapter.tagName === 'STYLE') continue;
    if (chapter.id) pages[chapter.id] = next;
    next += pagesOf(chapter);
  }
  return pages;
}
