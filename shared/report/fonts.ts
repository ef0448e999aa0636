/**
 * The bundled fonts, in the order text falls back through them: Noto Sans KR for nearly
 * everything, then the two faces that supply the few marks it lacks (see renderer/styles/fonts.css).
 * Nothing here names a system font, so a printed plan looks the same on every machine.
 */
export const BUNDLED_FONTS = ['Noto Sans KR', 'Noto Sans TC', 'Noto Sans Math'] as const;

/** The bundled fonts as a CSS font-family list. */
export const FONT_STACK = `${BUNDLED_FONTS.map((name) => `'${name}'`).join(', ')}, sans-serif`;

/** The name a Word copy asks for, so Korean text opens in the same design where it is installed. */
export const DOCUMENT_FONT = BUNDLED_FONTS[0];
