import type { Card } from './cards.ts';
import { SHARE_IMAGE } from '../../lib/share-image.ts';

/**
 * The card's layout as a satori element tree (plain objects, no JSX). A solid
 * paper-coloured card with near-black text reads the same on light and dark
 * chat backgrounds; every text colour meets WCAG AA on it (body ≥ 7:1).
 */
const PAPER = '#fbfaf7';
const INK = '#1d1c1a';
const MUTED = '#4f4b45';
const ACCENT = '#9b1c1c';
const RULE = '#d9d4ca';

export interface SatoriNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (SatoriNode | string)[] | SatoriNode | string };
}

const el = (type: string, style: Record<string, string | number>, children?: SatoriNode['props']['children']): SatoriNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Headline size by length, so short quotes are bold and long ones still fit. */
export function headlineSize(text: string, quote: boolean): number {
  const n = text.length;
  if (!quote && n <= 20) return 96;
  if (n <= 60) return 64;
  if (n <= 110) return 54;
  if (n <= 170) return 46;
  return 40;
}

export function cardTree(card: Card): SatoriNode {
  const size = headlineSize(card.headline, card.quote);
  return el('div', { display: 'flex', width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, background: PAPER, color: INK, fontFamily: 'Inter' }, [
    el('div', { display: 'flex', width: 18, flexShrink: 0, height: '100%', background: ACCENT }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 52px 64px', justifyContent: 'space-between' }, [
      el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 26, color: MUTED, letterSpacing: 2, textTransform: 'uppercase', fontWeight: 600 }, [
        el('div', { display: 'flex' }, card.eyebrow),
        el('div', { display: 'flex', fontFamily: 'Source Serif 4', textTransform: 'none', letterSpacing: 0, fontSize: 30, color: INK, fontWeight: 600 }, [
          'Lips ',
          el('span', { color: ACCENT, margin: '0 8px' }, '&'),
          ' Teeth',
        ]),
      ]),
      el('div', { display: 'flex', fontFamily: 'Source Serif 4', fontWeight: card.quote ? 400 : 600, fontSize: size, lineHeight: 1.22, color: INK, paddingRight: 20 },
        card.quote ? `“${card.headline}”` : card.headline),
      el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${RULE}`, paddingTop: 22 }, [
        el('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: INK }, card.byline),
        el('div', { display: 'flex', fontSize: 24, color: MUTED, marginTop: 8 }, card.detail),
      ]),
    ]),
  ]);
}
