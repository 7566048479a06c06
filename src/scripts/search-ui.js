// @ts-check
/**
 * Search UI on Pagefind's JS API. Plain JavaScript so that the header can load it by URL only when
 * the reader starts searching (see SiteHeader.astro): no script is requested on page load.
 * Chosen over Pagefind's Default UI and Component UI (docs/search.md): we own the markup, so results
 * are real links, arrow keys move through them, and the page's own styles apply.
 */

/** @typedef {{ url: string, title: string, excerpt: string }} SubResult */
/** @typedef {{ url: string, excerpt: string, meta: Record<string, string>, sub_results?: SubResult[] }} ResultData */
/** @typedef {{ results: { data(): Promise<ResultData> }[], filters?: Record<string, Record<string, number>>, unfilteredResultCount?: number }} SearchResponse */
/**
 * @typedef {object} PagefindApi
 * @property {(opts: object) => Promise<void>} options
 * @property {() => Promise<void>} init
 * @property {(url: string, opts?: object) => Promise<void>} mergeIndex
 * @property {(term: string | null, opts?: object) => Promise<SearchResponse>} search
 * @property {(term: string | null, opts?: object, wait?: number) => Promise<SearchResponse | null>} debouncedSearch
 * @property {() => Promise<Record<string, Record<string, number>>>} filters
 */

/** @type {Promise<PagefindApi> | undefined} */
let pagefindPromise;

/** Loads Pagefind once; rejects with a reader-facing message when the site has no index yet. */
function loadPagefind() {
  pagefindPromise ??= (async () => {
    const url = new URL('/pagefind/pagefind.js', window.location.href).href;
    /** @type {PagefindApi} */
    let api;
    try {
      api = await import(/* @vite-ignore */ url);
    } catch {
      throw new Error('Search index not found. It is written by "npm run build"; run it once, then reload this page.');
    }
    const options = { excerptLength: 24 };
    await api.options(options);
    await api.init();
    // A large site's index comes in shards (src/integrations/pagefind.ts): merge the others into this
    // one, and leave out the vocabulary page every shard holds.
    const shards = await fetch(new URL('/pagefind/shards.json', window.location.href)).then((response) => (response.ok ? response.json() : []), () => []);
    if (shards.length === 0) return api;
    for (const shard of shards) await api.mergeIndex(new URL(shard, window.location.href).href, options);
    /** @param {{ filters?: object }} [opts] */
    const withoutVocabulary = (opts = {}) => ({ ...opts, filters: { ...opts.filters, not: { vocabulary: 'all' } } });
    return {
      ...api,
      search: (term, opts) => api.search(term, withoutVocabulary(opts)),
      debouncedSearch: (term, opts, wait) => api.debouncedSearch(term, withoutVocabulary(opts), wait),
      filters: async () => {
        const { vocabulary: _vocabulary, ...filters } = await api.filters();
        return filters;
      },
    };
  })();
  return pagefindPromise;
}

/**
 * Pagefind excerpts are HTML with <mark> around hits; keep only those tags.
 * @param {string} html
 */
function safeExcerpt(html) {
  return html.replace(/<(?!\/?mark>)/g, '&lt;');
}

/**
 * Sub-results worth showing: headings inside the page, not the page itself.
 * @param {ResultData} data
 * @param {number} limit
 */
function headingSubResults(data, limit) {
  return (data.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, limit);
}

/**
 * Renders one result as an <li>: title link, category, excerpt, and links to matching headings.
 * @param {ResultData} data
 * @param {number} subLimit
 */
function renderHit(data, subLimit) {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const head = document.createElement('p');
  head.className = 'hit-head';
  const link = document.createElement('a');
  link.href = data.url;
  link.className = 'hit-title';
  link.textContent = data.meta.title ?? data.url;
  head.append(link);
  if (data.meta.category) {
    const category = document.createElement('span');
    category.className = 'hit-category';
    category.textContent = data.meta.category;
    head.append(' ', category);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'hit-excerpt';
  excerpt.innerHTML = safeExcerpt(data.excerpt);
  item.append(head, excerpt);
  const subs = headingSubResults(data, subLimit);
  if (subs.length > 0) {
    const list = document.createElement('ul');
    list.className = 'hit-subs';
    list.setAttribute('aria-label', `Matching sections of ${link.textContent}`);
    for (const sub of subs) {
      const entry = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = sub.url;
      subLink.textContent = sub.title;
      entry.append(subLink);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/**
 * Moves focus among `links` with the arrow keys; returns true when it handled the key.
 * @param {KeyboardEvent} event
 * @param {HTMLElement[]} links
 * @param {HTMLElement} input
 */
function moveFocus(event, links, input) {
  const index = links.indexOf(/** @type {HTMLElement} */ (document.activeElement));
  if (event.key === 'ArrowDown') {
    links[Math.min(index + 1, links.length - 1)]?.focus();
    return true;
  }
  if (event.key === 'ArrowUp') {
    if (index <= 0) input.focus();
    else links[index - 1]?.focus();
    return true;
  }
  return false;
}

/**
 * The header search: results drop down under the box as the reader types.
 * @public (loaded by the inline search bootstrap, src/lib/inline-scripts.ts)
 * @param {HTMLFormElement} form
 */
export function initHeaderSearch(form) {
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const panel = /** @type {HTMLElement} */ (form.querySelector('.search-panel'));
  const status = /** @type {HTMLElement} */ (panel.querySelector('.search-status'));
  const list = /** @type {HTMLElement} */ (panel.querySelector('.search-results'));
  const more = /** @type {HTMLAnchorElement} */ (panel.querySelector('.search-more'));
  const close = () => {
    panel.hidden = true;
  };
  const links = () => /** @type {HTMLElement[]} */ ([...panel.querySelectorAll('a')]);
  let generation = 0;

  const run = async () => {
    const term = input.value.trim();
    const current = ++generation;
    if (term === '') {
      list.replaceChildren();
      close();
      return;
    }
    panel.hidden = false;
    more.href = `/search/?q=${encodeURIComponent(term)}`;
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.debouncedSearch(term, {}, 120);
      if (response === null || current !== generation) return;
      const data = await Promise.all(response.results.slice(0, 6).map((result) => result.data()));
      if (current !== generation) return;
      list.replaceChildren(...data.map((item) => renderHit(item, 3)));
      const count = response.results.length;
      status.textContent = count === 0 ? `No guides match “${term}”.` : `${count} ${count === 1 ? 'guide matches' : 'guides match'} “${term}”.`;
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  input.addEventListener('input', run);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // First Esc closes the results (focus back in the box); a second one leaves the box.
      if (panel.hidden) {
        input.blur();
        return;
      }
      const wasInPanel = panel.contains(document.activeElement);
      close();
      if (wasInPanel) input.focus();
      event.preventDefault();
      return;
    }
    if (panel.hidden) {
      if (event.key === 'ArrowDown' && input.value.trim() !== '') run();
      return;
    }
    if (moveFocus(event, links(), input)) event.preventDefault();
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(/** @type {Node} */ (event.target))) close();
  });
  form.addEventListener('focusout', (event) => {
    const next = /** @type {Node | null} */ (event.relatedTarget);
    if (next && !form.contains(next)) close();
  });
  run();
}

/** Filter groups shown on the search page, in order, with their labels. */
const FILTER_GROUPS = /** @type {const} */ ([
  ['category', 'Category'],
  ['role', 'Role'],
  ['difficulty', 'Question difficulty'],
]);
/** @typedef {typeof FILTER_GROUPS[number][0]} FilterKey */

/**
 * The full search page: query and filters live in the URL, results update as the reader types.
 * @public (loaded by the inline search bootstrap, src/lib/inline-scripts.ts)
 * @param {HTMLElement} root
 */
export async function initSearchPage(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const filtersBox = /** @type {HTMLElement} */ (root.querySelector('.search-filters'));
  const status = /** @type {HTMLElement} */ (root.querySelector('.search-status'));
  const list = /** @type {HTMLElement} */ (root.querySelector('.search-results'));
  const params = new URL(window.location.href).searchParams;
  input.value = params.get('q') ?? '';
  /** @type {Record<FilterKey, Set<string>>} */
  const selected = { category: new Set(params.getAll('category')), role: new Set(params.getAll('role')), difficulty: new Set(params.getAll('difficulty')) };
  root.classList.add('is-enhanced');

  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  const allFilters = await pagefind.filters();

  const renderFilters = (/** @type {Record<string, Record<string, number>>} */ counts) => {
    filtersBox.replaceChildren(
      ...FILTER_GROUPS.filter(([key]) => allFilters[key]).map(([key, label]) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = label;
        fieldset.append(legend);
        for (const value of Object.keys(allFilters[key] ?? {}).sort()) {
          const id = `filter-${key}-${value}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.id = id;
          box.name = key;
          box.value = value;
          box.checked = selected[key].has(value);
          const labelEl = document.createElement('label');
          labelEl.htmlFor = id;
          labelEl.textContent = `${value} (${counts[key]?.[value] ?? 0})`;
          const row = document.createElement('div');
          row.className = 'filter-option';
          row.append(box, labelEl);
          fieldset.append(row);
        }
        return fieldset;
      }),
    );
  };

  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const term = input.value.trim();
    const filters = Object.fromEntries(Object.entries(selected).filter(([, values]) => values.size > 0).map(([key, values]) => [key, { any: [...values] }]));
    const url = new URL(window.location.href);
    url.search = '';
    if (term) url.searchParams.set('q', term);
    for (const [key, values] of Object.entries(selected)) for (const value of values) url.searchParams.append(key, value);
    history.replaceState(null, '', url);
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = 'Type to search every guide, or pick a filter.';
      renderFilters(allFilters);
      return;
    }
    const response = await pagefind.search(term || null, { filters });
    if (current !== generation) return;
    const data = await Promise.all(response.results.slice(0, 30).map((result) => result.data()));
    if (current !== generation) return;
    renderFilters(response.filters ?? allFilters);
    list.replaceChildren(...data.map((item) => renderHit(item, 5)));
    const count = response.results.length;
    const what = term ? `for “${term}”` : 'for these filters';
    status.textContent = count === 0 ? `No results ${what}.` : `${count} ${count === 1 ? 'result' : 'results'} ${what}.`;
  };

  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  filtersBox.addEventListener('change', (event) => {
    const box = /** @type {HTMLInputElement} */ (event.target);
    const values = selected[/** @type {FilterKey} */ (box.name)];
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    run();
  });
  root.addEventListener('keydown', (event) => {
    const links = /** @type {HTMLElement[]} */ ([...list.querySelectorAll('a')]);
    if (document.activeElement === input && event.key === 'ArrowDown' && links.length > 0) {
      links[0]?.focus();
      event.preventDefault();
    } else if (list.contains(document.activeElement) && moveFocus(event, links, input)) {
      event.preventDefault();
    }
  });
  await run();
}
