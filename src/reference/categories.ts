import type { Category } from '../model/index.ts';
import descriptionCategories from './description-categories.json' with { type: 'json' };

const SIPRI_CATEGORIES: Record<string, Category> = {
  aircraft: 'aircraft',
  'air-defence systems': 'air-defence',
  'air defence systems': 'air-defence',
  'armoured vehicles': 'armoured-vehicles',
  artillery: 'artillery',
  engines: 'engines',
  missiles: 'missiles',
  'naval weapons': 'naval-weapons',
  satellites: 'satellites',
  sensors: 'sensors',
  ships: 'ships',
  other: 'other',
};

/** SIPRI's weapon descriptions (2025 wording) -> category, derived from SIPRI's own category assignments. */
const BY_DESCRIPTION = new Map<string, Category>(
  Object.entries(descriptionCategories as Record<string, Category>).map(([description, category]) => [
    description.toLowerCase(),
    category,
  ]),
);

/** Words that give the category of a description the table lacks, tried in order (missiles before aircraft). */
const KEYWORDS: [RegExp, Category][] = [
  [/\b(engine|turbofan|turbojet|turboprop|turboshaft|motor)\b/, 'engines'],
  [/\b(radar|sonar|sensor|optronic|fire control|targeting|night vision)/, 'sensors'],
  [/\b(satellite)/, 'satellites'],
  [/\b(sam|missile|torpedo|rocket|bomb|munition)/, 'missiles'],
  [/\b(anti-aircraft|air defence|air-defence|ciws)/, 'air-defence'],
  [/\b(naval gun|turret|naval)\b/, 'naval-weapons'],
  [/\b(ship|boat|submarine|frigate|corvette|destroyer|vessel|craft)\b/, 'ships'],
  [/\b(aircraft|helicopter|uav|drone|airship|aerostat)/, 'aircraft'],
  [/\b(gun|howitzer|mortar|mrl|artillery)\b/, 'artillery'],
  [/\b(tank|apc|ifv|armoured|vehicle|afv)\b/, 'armoured-vehicles'],
];

/** Maps a SIPRI armament category ('Air-defence systems') to armswatch's; null when it is not one of SIPRI's. */
export function categoryFromSipri(sipriCategory: string): Category | null {
  return SIPRI_CATEGORIES[sipriCategory.trim().toLowerCase()] ?? null;
}

/** The category of a SIPRI weapon description: from SIPRI's own table, else by its key words, else 'other'. */
export function categoryFromDescription(description: string): Category {
  const key = description.trim().toLowerCase();
  const known = BY_DESCRIPTION.get(key);
  if (known) return known;
  return KEYWORDS.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}
