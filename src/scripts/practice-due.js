// @ts-check
/**
 * On a guide page, for a reader whose browser holds practice progress: how many of the guide's
 * questions they have practised and how many are due, beside the "Practise these N questions" link.
 * Plain JavaScript loaded by URL from the inline loader (src/lib/inline-scripts.ts), so it cannot
 * import zod: it reads the stored progress tolerantly and shows nothing unless it looks right. The
 * practice page validates the same data fully (src/lib/practice-progress.ts) and reports problems.
 */

/**
 * Writes "(you have practised 4; 2 due now)" after the practice link; nothing when nothing is known.
 * @public (loaded by the inline loader, src/lib/inline-scripts.ts)
 * @param {HTMLAnchorElement} link the practice link, carrying the storage key
 */
export function showDue(link) {
  /** @type {unknown} */
  let progress;
  try {
    progress = JSON.parse(localStorage.getItem(link.dataset.practiceKey ?? '') ?? '');
  } catch {
    return;
  }
  if (typeof progress !== 'object' || progress === null || !('format' in progress) || progress.format !== 'skill-guides-practice') return;
  const cards = 'cards' in progress && typeof progress.cards === 'object' && progress.cards !== null ? /** @type {Record<string, unknown>} */ (progress.cards) : {};
  const now = Date.now();
  let practised = 0;
  let due = 0;
  for (const row of document.querySelectorAll('tr[data-id]')) {
    const card = cards[/** @type {HTMLElement} */ (row).dataset.id ?? ''];
    const time = typeof card === 'object' && card !== null && 'due' in card && typeof card.due === 'string' ? Date.parse(card.due) : NaN;
    if (Number.isNaN(time)) continue;
    practised++;
    if (time <= now) due++;
  }
  if (practised === 0) return;
  const note = document.createElement('span');
  note.className = 'practice-due';
  note.textContent = ` (you have practised ${practised}; ${due} due now)`;
  link.after(note);
}
