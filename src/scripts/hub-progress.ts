/**
 * The hub's per-skill practice counts, for a reader whose browser holds practice progress: how many
 * of a skill's questions they have practised and how many are due now, with a link to practise them.
 */
import { parseProgress, PRACTICE_STORAGE_KEY } from '../lib/practice-progress.ts';
import { countStatuses } from '../lib/practice-status.ts';
import { getPracticePath } from '../lib/question-filter.ts';

function readStoredText(): string | null {
  try {
    return localStorage.getItem(PRACTICE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Adds a "practised / due" line under each skill's heading on the hub. */
export function showHubProgress(root: HTMLElement): void {
  const text = readStoredText();
  if (text === null) return;
  const parsed = parseProgress(text);
  const note = (element: HTMLElement, content: (string | Node)[]) => {
    const line = document.createElement('p');
    line.className = 'hub-progress';
    line.append(...content);
    element.after(line);
  };
  const intro = root.querySelector<HTMLElement>('a[data-practice-link]')?.parentElement;
  if (!('progress' in parsed)) {
    const link = Object.assign(document.createElement('a'), { href: getPracticePath(), textContent: 'the practice page' });
    if (intro) note(intro, ['Your saved practice progress could not be read; ', link, ' explains why and can reset it.']);
    return;
  }
  const now = new Date();
  for (const group of root.querySelectorAll<HTMLElement>('section[data-skill]')) {
    const keys = [...group.querySelectorAll<HTMLElement>('li[data-id]')].map((item) => item.dataset.id!);
    const counts = countStatuses(keys, parsed.progress.cards, now);
    const practised = counts.due + counts.later;
    if (practised === 0) continue;
    const skill = group.dataset.skill!;
    const link = Object.assign(document.createElement('a'), { href: getPracticePath({ skill: [skill] }), textContent: counts.due > 0 ? 'Practise the due ones' : 'Practise' });
    const heading = group.querySelector('h2')!;
    note(heading, [`Practised ${practised} of ${keys.length} · ${counts.due} due now · `, link]);
  }
}
