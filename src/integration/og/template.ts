import type { Card } from '../../lib/share-image.ts';
import { SHARE_IMAGE } from '../../lib/share-image.ts';
import { fitText, type TypeScale } from '../../lib/card-type.ts';
import { ARC, type ArcPlace } from '../../lib/arc.ts';

/**
 * The card's layout as a satori element tree (plain objects, no JSX). A solid
 * paper-coloured card with near-black text reads the same on light and dark
 * chat backgrounds; every text colour meets WCAG AA on it (body ≥ 7:1).
 * Three bands: what it is (eyebrow, site name), what it says (the quote or
 * title, fitted by type size), and its context (attribution, date and place,
 * the strip on 2017–2019, the site's address when known). A claim's card
 * ends with what the record shows: the status and the record line, set
 * large enough to read when a feed shows the card 500 px wide.
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

/** Inside the accent bar and the padding. */
const PAD = { top: 48, right: 72, bottom: 44, left: 64 } as const;
const ACCENT_WIDTH = 18;
export const INNER_WIDTH = SHARE_IMAGE.width - ACCENT_WIDTH - PAD.left - PAD.right;
const HEADLINE_WIDTH = INNER_WIDTH - 20;

/** Quotes: Source Serif 4 regular. Titles: semibold, a little wider. */
export const QUOTE_SCALE: TypeScale = { sizes: [64, 58, 52, 46, 42, 38, 34, 30], lineHeight: 1.22, charWidth: 0.5 };
export const TITLE_SCALE: TypeScale = { sizes: [96, 72, 64, 56, 50, 44, 40], lineHeight: 1.18, charWidth: 0.54 };

/** Height left for the headline: what the other bands leave (and a lead, when there is one, and a claim's verdict). */
export function headlineBox(card: Card): { width: number; height: number } {
  const height = card.kind === 'event' ? 200 : card.verdict ? (card.lead ? 118 : 200) : card.lead ? 262 : 350;
  return { width: HEADLINE_WIDTH, height };
}

/** The border hue of a status on a card, by family (as on the site; the words say it, colour only repeats it). */
const STATUS_HUE: Record<string, string> = {
  matches: '#2f7d4a',
  'borne-out': '#2f7d4a',
  'at-odds': ACCENT,
  'not-borne-out': ACCENT,
  partly: '#a86a12',
  open: MUTED,
  'what-followed': '#1f6f8b',
  'beyond-record': MUTED,
};

/** Record lines are at most 160 characters: three lines at this size, legible when the card is shown 500 px wide. */
const VERDICT_SIZE = 30;

function topRow(card: Card): SatoriNode {
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 26, color: MUTED, letterSpacing: 2, textTransform: 'uppercase', fontWeight: 600 }, [
    el('div', { display: 'flex' }, card.eyebrow),
    el('div', { display: 'flex', fontFamily: 'Source Serif 4', textTransform: 'none', letterSpacing: 0, fontSize: 30, color: INK, fontWeight: 600 }, [
      'Lips ',
      el('span', { color: ACCENT, margin: '0 8px' }, '&'),
      ' Teeth',
    ]),
  ]);
}

function headline(card: Card): SatoriNode {
  const fitted = fitText(card.headline, headlineBox(card), card.quote ? QUOTE_SCALE : TITLE_SCALE);
  const text = card.quote ? `“${fitted.text}”` : fitted.text;
  const lead = card.lead
    ? [el('div', { display: 'flex', fontSize: 26, lineHeight: 1.3, color: MUTED, marginBottom: 14, paddingRight: 20 }, card.lead)]
    : [];
  return el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', padding: '18px 0' }, [
    ...lead,
    el('div', { display: 'flex', fontFamily: 'Source Serif 4', fontWeight: card.quote ? 400 : 600, fontSize: fitted.size, lineHeight: card.quote ? QUOTE_SCALE.lineHeight : TITLE_SCALE.lineHeight, color: INK, paddingRight: 20 }, text),
  ]);
}

/** The site's address, when the build knows it; nothing otherwise (the top row already names the site). */
function address(card: Card): SatoriNode[] {
  return card.site ? [el('div', { display: 'flex', flexShrink: 0, fontSize: 24, color: MUTED, marginLeft: 24 }, card.site)] : [];
}

/** A claim's footer: who said it where and when, then what the record shows, in a band of its own. */
function claimFooter(card: Card, verdict: NonNullable<Card['verdict']>): SatoriNode {
  const hue = STATUS_HUE[verdict.status] ?? MUTED;
  const dashed = verdict.status === 'open' || verdict.status === 'beyond-record';
  return el('div', { display: 'flex', flexDirection: 'column' }, [
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginBottom: 14 }, [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: INK }, card.byline),
      ...address(card),
    ]),
    el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${RULE}`, paddingTop: 16 }, [
      el('div', { display: 'flex', alignItems: 'center', marginBottom: 8 }, [
        el('div', { display: 'flex', fontSize: 24, fontWeight: 600, color: MUTED, marginRight: 14 }, 'The check:'),
        el('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: INK, letterSpacing: 1, textTransform: 'uppercase', border: `3px ${dashed ? 'dashed' : 'solid'} ${hue}`, borderRadius: 6, padding: '2px 12px' }, verdict.label),
      ]),
      el('div', { display: 'flex', fontSize: VERDICT_SIZE, lineHeight: 1.25, color: INK }, verdict.line),
    ]),
  ]);
}

/** Claims, pieces, the home page: attribution, then detail and address on one line. */
function footer(card: Card): SatoriNode {
  return el('div', { display: 'flex', flexDirection: 'column', borderTop: `2px solid ${RULE}`, paddingTop: 20 }, [
    el('div', { display: 'flex', fontSize: 28, fontWeight: 600, color: INK }, card.byline),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', marginTop: 8 }, [
      el('div', { display: 'flex', fontSize: 22, color: MUTED }, card.detail),
      ...address(card),
    ]),
  ]);
}

const STRIP_WIDTH = 540;

/** A small strip of the three years with the event marked on it (or an arrow-free note when it is outside them). */
export function arcStrip(place: ArcPlace): SatoriNode {
  const marker =
    place.on === 'arc'
      ? [el('div', { display: 'flex', position: 'absolute', top: 0, left: Math.round(place.at * STRIP_WIDTH) - 1, width: Math.max(6, Math.round((place.until - place.at) * STRIP_WIDTH)), height: 22, background: ACCENT, borderRadius: 3 })]
      : [el('div', { display: 'flex', position: 'absolute', top: 3, left: place.on === 'before' ? -4 : STRIP_WIDTH - 12, width: 16, height: 16, borderRadius: 8, border: `3px solid ${ACCENT}`, background: PAPER })];
  const years = ARC.years.map((year, i) =>
    el('div', { display: 'flex', position: 'absolute', top: 30, left: Math.round((i * STRIP_WIDTH) / 3), width: Math.round(STRIP_WIDTH / 3), justifyContent: 'center', fontSize: 20, color: MUTED }, String(year)),
  );
  const ticks = [0, 1, 2, 3].map((i) => el('div', { display: 'flex', position: 'absolute', top: 4, left: Math.round((i * STRIP_WIDTH) / 3) - 1, width: 2, height: 14, background: MUTED }));
  const note =
    place.on === 'arc'
      ? []
      : [el('div', { display: 'flex', flexShrink: 0, fontSize: 22, color: INK, marginLeft: 24, marginTop: 0 }, place.on === 'before' ? `${place.year}: before 2017` : `${place.year}: after 2019`)];
  return el('div', { display: 'flex', alignItems: 'flex-start' }, [
    el('div', { display: 'flex', flexShrink: 0, position: 'relative', width: STRIP_WIDTH, height: 56 }, [
      el('div', { display: 'flex', position: 'absolute', top: 9, left: 0, width: STRIP_WIDTH, height: 4, background: RULE }),
      ...ticks,
      ...marker,
      ...years,
    ]),
    ...note,
  ]);
}

/** Events: date and place, the one-line summary, then the strip and the address. */
function eventBody(card: Card): SatoriNode[] {
  return [
    el('div', { display: 'flex', flexDirection: 'column', marginBottom: 26 }, [
      el('div', { display: 'flex', fontSize: 30, fontWeight: 600, color: INK }, card.byline),
      el('div', { display: 'flex', fontSize: 24, color: MUTED, marginTop: 8 }, card.detail),
    ]),
    el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: `2px solid ${RULE}`, paddingTop: 18 }, [
      card.arc ? arcStrip(card.arc) : el('div', { display: 'flex' }),
      ...address(card),
    ]),
  ];
}

export function cardTree(card: Card): SatoriNode {
  const bottom = card.kind === 'event' ? eventBody(card) : card.verdict ? [claimFooter(card, card.verdict)] : [footer(card)];
  const body = [topRow(card), headline(card), ...bottom];
  return el('div', { display: 'flex', width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, background: PAPER, color: INK, fontFamily: 'Inter' }, [
    el('div', { display: 'flex', width: ACCENT_WIDTH, flexShrink: 0, height: '100%', background: ACCENT }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD.top}px ${PAD.right}px ${PAD.bottom}px ${PAD.left}px`, justifyContent: 'space-between' }, body),
  ]);
}

/** Every string a card's tree carries, in order: what a reader of the card sees. */
export function treeText(node: SatoriNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(treeText);
}
