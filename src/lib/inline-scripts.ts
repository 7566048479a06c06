/**
 * The site's only inline script: the `/` shortcut and lazy loader for search. The search module
 * and Pagefind load on the first focus of the header box (or at once on /search/), so other pages
 * request no script until the reader starts searching. On a guide page it also loads the module
 * that shows how many of its questions are due (practice-due.js), but only when this browser holds
 * practice progress. It is the same bytes on every page, so one Content-Security-Policy hash covers
 * it (see security-headers.ts).
 */
export const SEARCH_BOOTSTRAP =
  "(()=>{const f=document.querySelector('form[data-search-ui]'),i=f&&f.querySelector('input');if(!i)return;" +
  "const u=()=>import(f.dataset.searchUi);let l;i.addEventListener('focus',()=>{l??=u().then(m=>m.initHeaderSearch(f))},{once:true});" +
  "const p=document.querySelector('[data-search-page]');if(p)u().then(m=>m.initSearchPage(p));" +
  "document.addEventListener('keydown',e=>{const t=e.target,y=t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));" +
  "if(e.key!=='/'||y||e.ctrlKey||e.metaKey||e.altKey)return;e.preventDefault();i.focus()})})();" +
  // localStorage throws where the browser blocks storage: then there is no progress to show.
  "(()=>{const d=document.querySelector('[data-practice-due]');try{if(d&&localStorage.getItem(d.dataset.practiceKey))import(d.dataset.practiceDue).then(m=>m.showDue(d))}catch{}})();";
