import { BUNDLED_FONTS } from '../../shared/report/fonts';

/** The faces that supply only the marks Noto Sans KR lacks, each limited to those marks. */
const FALLBACK_FAMILIES = BUNDLED_FONTS.slice(1)
  .map((name) => `'${name}'`)
  .join(', ');

/**
 * Resolves once every bundled face the printed text needs has loaded. `document.fonts.ready`
 * covers the faces layout has asked for; the fallback faces are then loaded for the text
 * outright, so a rare mark such as ‧ can never print in a system font for want of a face still
 * on its way. Only they are named: asking for the whole stack would also fetch Korean subsets
 * whose characters another face already draws, and lay the whole plan out again.
 */
export async function printFontsLoaded(doc: Document = document): Promise<void> {
  await doc.fonts.ready;
  const characters = [...new Set(doc.body.textContent ?? '')].join('');
  await Promise.all(
    ['400', '700'].map((weight) =>
      doc.fonts.load(`${weight} 10pt ${FALLBACK_FAMILIES}`, characters),
    ),
  );
  await doc.fonts.ready;
}
