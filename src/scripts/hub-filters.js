// @ts-check
/**
 * Filters for the interview-questions hub. The page is complete without this script (every
 * question, grouped by skill, and the filter box hidden by `@media (scripting: none)`); with it, skill, category and difficulty filters narrow the list,
 * show counts, and live in the URL (`?skill=iam&difficulty=hard`) and in the practice link. For a
 * reader who has practised, each skill also shows how many of its questions are practised and due
 * (hub-progress.ts, loaded only when the browser holds practice progress).
 */
import { getPracticePath } from '../lib/question-filter.ts';

const KEYS = /** @type {const} */ (['skill', 'category', 'difficulty']);
/** @typedef {typeof KEYS[number]} Key */
/** @typedef {Record<Key, string>} Values */

/** @param {HTMLElement} root */
function initHubFilters(root) {
  const box = /** @type {HTMLElement} */ (root.querySelector('.hub-filters'));
  const practiceLink = /** @type {HTMLAnchorElement} */ (root.querySelector('a[data-practice-link]'));
  const status = /** @type {HTMLElement} */ (root.querySelector('.hub-status'));
  const groups = /** @type {HTMLElement[]} */ ([...root.querySelectorAll('section[data-skill]')]);
  const questions = groups.flatMap((group) =>
    /** @type {HTMLElement[]} */ ([...group.querySelectorAll('li[data-difficulty]')]).map((item) => ({
      item,
      group,
      /** @type {Values} */
      values: { skill: group.dataset.skill ?? '', category: group.dataset.category ?? '', difficulty: item.dataset.difficulty ?? '' },
    })),
  );
  const selects = /** @type {Record<Key, HTMLSelectElement>} */ (Object.fromEntries(KEYS.map((key) => [key, box.querySelector(`select[name="${key}"]`)])));
  const params = new URL(window.location.href).searchParams;
  for (const key of KEYS) {
    const wanted = params.get(key);
    if (wanted && [...selects[key].options].some((option) => option.value === wanted)) selects[key].value = wanted;
  }

  /** @param {Values} values @param {Values} active @param {Key} [except] */
  const matches = (values, active, except) => KEYS.every((key) => key === except || !active[key] || values[key] === active[key]);

  const apply = () => {
    const active = /** @type {Values} */ (Object.fromEntries(KEYS.map((key) => [key, selects[key].value])));
    let shown = 0;
    for (const question of questions) {
      const visible = matches(question.values, active);
      question.item.hidden = !visible;
      if (visible) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-difficulty]:not([hidden])');
    // Each option's count: questions it would show, given the other filters.
    for (const key of KEYS) {
      for (const option of selects[key].options) {
        const label = option.dataset.label ?? option.textContent ?? '';
        option.dataset.label = label;
        const count = questions.filter((question) => matches(question.values, active, key) && (!option.value || question.values[key] === option.value)).length;
        option.textContent = `${label} (${count})`;
      }
    }
    status.textContent = shown === 0 ? 'No questions match these filters yet. Clear the filters to see every question.' : `Showing ${shown} of ${questions.length} questions.`;
    practiceLink.hidden = shown === 0;
    practiceLink.href = getPracticePath(Object.fromEntries(KEYS.map((key) => [key, active[key] ? [active[key]] : []])));
    practiceLink.textContent = shown === questions.length ? 'Practise these questions' : `Practise these ${shown} questions`;
    const url = new URL(window.location.href);
    for (const key of KEYS) {
      if (active[key]) url.searchParams.set(key, active[key]);
      else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
  };

  box.addEventListener('change', apply);
  /** @type {HTMLButtonElement} */ (box.querySelector('.hub-clear')).addEventListener('click', () => {
    for (const key of KEYS) selects[key].value = '';
    apply();
  });
  box.dataset.ready = 'true';
  apply();
}

/** @param {string} key */
function hasStoredProgress(key) {
  try {
    return localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}

const root = document.querySelector('[data-hub]');
if (root instanceof HTMLElement) {
  initHubFilters(root);
  if (hasStoredProgress(root.dataset.storageKey ?? '')) void import('./hub-progress.ts').then((module) => module.showHubProgress(root));
}
