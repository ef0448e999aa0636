import type { Translate } from '../i18n/translate';
import { legendKinds } from '../model/vocabulary';
import { KIND_COLOURS } from './drawingModel';
import { escapeXml } from './graphSvg';
import { wrapName } from './wrapName';

/** Room the legend takes beside a direction's map, in millimetres. */
export const LANE_LEGEND_WIDTH_MM = 48;
const LINE_STEP = 3.6;

/** What the frames mean, in lines that fit beside the swatch. */
const barLines = (t: Translate) => wrapName(t('laneLegendBar'), 26);

/** What a direction's map shows, in millimetres: cards by kind, and the bar to their goal. */
export function laneLegendSvg(t: Translate): string {
  const font = 2.8;
  const rows = legendKinds(false).nodes.map((kind, i) => {
    const y = 8 + i * 6;
    const colours = KIND_COLOURS[kind];
    return (
      `<rect x="0" y="${y - 3}" width="7" height="4" rx="0.8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="0.35"/>` +
      `<text x="9" y="${y}" font-size="${font}">${escapeXml(t(`kind.${kind}`))}</text>`
    );
  });
  const barY = 8 + rows.length * 6 + 6;
  return [
    `<text x="0" y="3" font-size="3.5" font-weight="700">${escapeXml(t('legend'))}</text>`,
    ...rows,
    `<path d="M0 ${barY - 1}H3" stroke="${KIND_COLOURS.goal.stroke}" stroke-width="0.6"/>`,
    `<rect x="3" y="${barY - 3}" width="4" height="4" rx="0.6" fill="none" stroke="${KIND_COLOURS.goal.stroke}" stroke-width="0.45"/>`,
    ...barLines(t).map(
      (line, i) =>
        `<text x="9" y="${barY + i * LINE_STEP}" font-size="${font}">${escapeXml(line)}</text>`,
    ),
  ].join('');
}

/** How tall the legend is, in millimetres, for a picture that holds it. */
export function laneLegendHeight(t: Translate): number {
  return 8 + legendKinds(false).nodes.length * 6 + 6 + (barLines(t).length - 1) * LINE_STEP + 2;
}
