/**
 * The practice page's first script: applies the URL's filters to the question list and waits for
 * the reader. The scheduler (practice-app.ts, with ts-fsrs and zod) is a separate chunk, loaded
 * when the reader starts practising or opens their progress data, or at once when this browser
 * already holds their progress (they opted in on an earlier visit).
 */
import { FILTER_KEYS, matchesFilter, readFilter, type QuestionFilter } from '../lib/question-filter.ts';

type Practice = Awaited<ReturnType<typeof import('./practice-app.ts').initPractice>>;

/** Shows the questions the filter selects and hides the rest; returns the selected items. */
function applyFilter(list: HTMLElement, filter: QuestionFilter): HTMLElement[] {
  const selected: HTMLElement[] = [];
  for (const group of list.querySelectorAll<HTMLElement>('section[data-skill]')) {
    let shown = 0;
    for (const item of group.querySelectorAll<HTMLElement>('li[data-id]')) {
      const values = { skill: group.dataset.skill ?? '', category: group.dataset.category ?? '', difficulty: item.dataset.difficulty ?? '' };
      item.hidden = !matchesFilter(values, filter);
      if (!item.hidden) {
        selected.push(item);
        shown++;
      }
    }
    group.hidden = shown === 0;
  }
  return selected;
}

/** Ticks the filter form's boxes for the filter in force; returns how the selection reads. */
function describeFilter(form: HTMLFormElement, filter: QuestionFilter): string {
  const parts: string[] = [];
  for (const key of FILTER_KEYS) {
    const names: string[] = [];
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
      box.checked = filter[key].includes(box.value);
      if (box.checked) names.push(box.parentElement?.textContent?.trim() ?? box.value);
    }
    if (filter[key].length > 0) parts.push(names.length > 0 ? names.join(', ') : `no known ${key}`);
  }
  return parts.join(' · ');
}

function hasStoredProgress(key: string): boolean {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    // Storage blocked by the browser: nothing stored, and the app says so when it starts.
    return false;
  }
}

const root = document.querySelector<HTMLElement>('[data-practice]');
const list = document.querySelector<HTMLElement>('[data-practice-list]');
const form = document.querySelector<HTMLFormElement>('.practice-filters form');
if (root && list && form) {
  const filter = readFilter(new URL(window.location.href).searchParams);
  const selected = applyFilter(list, filter);
  const total = list.querySelectorAll('li[data-id]').length;
  const described = describeFilter(form, filter);
  const selection = root.querySelector<HTMLElement>('[data-selection]')!;
  const start = root.querySelector<HTMLButtonElement>('[data-start]')!;
  if (selected.length === 0) {
    selection.textContent = `No question matches this selection (${described}). Choose other questions below.`;
    root.querySelector<HTMLElement>('[data-counts]')!.hidden = true;
    start.disabled = true;
  } else {
    selection.textContent = described ? `${selected.length} of ${total} questions selected: ${described}.` : `All ${total} questions selected.`;
  }
  let practice: Promise<Practice> | undefined;
  const load = () => (practice ??= import('./practice-app.ts').then((app) => app.initPractice(root, selected)));
  if (selected.length > 0 && hasStoredProgress(root.dataset.storageKey ?? '')) void load();
  start.addEventListener('click', () => void load().then((app) => app.start()));
  root.querySelector('[data-practice-data]')?.addEventListener('toggle', () => void load(), { once: true });
  root.dataset.ready = 'true';
}
