/**
 * The practice round: one card at a time from the selected questions, scheduled by FSRS
 * (src/lib/practice-schedule.ts), progress in localStorage (src/lib/practice-progress.ts).
 * Question and answers are read from the page's list, so a card shows the very HTML the guide shows.
 * Keys: Space shows the answer, 1 to 4 grade it. Every reveal and grade is announced.
 */
import type { Grade } from 'ts-fsrs';
import { GRADES, buildRound, gradeCard, previewDueDates } from '../lib/practice-schedule.ts';
import { countStatuses, describeWait, statusOf } from '../lib/practice-status.ts';
import { PRACTICE_STORAGE_KEY, createEmptyProgress, parseProgress, serializeProgress, type PracticeProgress } from '../lib/practice-progress.ts';

interface Question {
  key: string;
  text: string;
  guideTitle: string;
  guideUrl: string;
  difficulty: string;
  difficultyLabel: string;
  why: Element;
  strong: Element;
}

/** The question data of a list item (markup: src/components/practice/PracticeQuestions.astro). */
function readQuestion(item: HTMLElement): Question {
  const group = item.closest<HTMLElement>('section[data-skill]')!;
  const guideLink = group.querySelector<HTMLAnchorElement>('a[data-guide-link]')!;
  return {
    key: item.dataset.id!,
    text: item.querySelector('[data-question]')!.textContent ?? '',
    guideTitle: group.querySelector('h2')!.textContent ?? '',
    guideUrl: guideLink.getAttribute('href')!,
    difficulty: item.dataset.difficulty!,
    difficultyLabel: item.querySelector('.badge')?.textContent ?? '',
    why: item.querySelector('[data-why]')!,
    strong: item.querySelector('[data-strong]')!,
  };
}

type Stored = { progress: PracticeProgress } | { reason: string; raw: string } | { unavailable: true };

/** What this browser holds; never throws (storage may be blocked, or hold anything). */
function readStored(): Stored {
  let raw: string | null;
  try {
    raw = localStorage.getItem(PRACTICE_STORAGE_KEY);
  } catch {
    return { unavailable: true };
  }
  if (raw === null) return { progress: createEmptyProgress() };
  const parsed = parseProgress(raw);
  return 'progress' in parsed ? parsed : { reason: parsed.reason, raw };
}

function writeStored(progress: PracticeProgress): boolean {
  try {
    localStorage.setItem(PRACTICE_STORAGE_KEY, serializeProgress(progress));
    return true;
  } catch {
    return false;
  }
}

function removeStored(): void {
  try {
    localStorage.removeItem(PRACTICE_STORAGE_KEY);
  } catch {
    // Nothing can be stored either, so there is nothing to clear.
  }
}

/** Offers `text` as a file download; nothing leaves the browser. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns: free the data a while later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Wires the practice panel to the selected question items; `start()` begins a round. */
export function initPractice(root: HTMLElement, items: readonly HTMLElement[]) {
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const questions = new Map(items.map((item) => [item.dataset.id!, readQuestion(item)]));
  const keys = [...questions.keys()];
  const counts = $('[data-counts]');
  const startRow = $('[data-start-row]');
  const start = $<HTMLButtonElement>('[data-start]');
  const card = $('[data-card]');
  const answer = $('[data-answer]');
  const revealRow = $('[data-reveal-row]');
  const summary = $('[data-summary]');
  const announcer = $('[data-announce]');
  const problem = $('[data-problem]');
  const dataStatus = $('[data-data-status]');

  let progress = createEmptyProgress();
  let unreadable: { reason: string; raw: string } | undefined;
  let storable = true;
  let round: string[] = [];
  let position = 0;
  let revealed = false;
  const tally = new Map<Grade, number>();

  const announce = (text: string) => {
    // A changed text is announced; clearing first makes a repeated message change too.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = text));
  };

  /** Reads the browser's progress again (another tab may have practised) and shows where it stands. */
  const load = () => {
    const stored = readStored();
    unreadable = 'reason' in stored ? stored : undefined;
    storable = !('unavailable' in stored);
    progress = 'progress' in stored ? stored.progress : createEmptyProgress();
    problem.hidden = !unreadable;
    if (unreadable) {
      $('[data-problem-text]').textContent = `Your saved practice progress could not be read: ${unreadable.reason}. Nothing has been changed. Download it to keep a copy, import a progress file, or reset to start again.`;
    }
    renderCounts();
  };

  const renderCounts = () => {
    const now = new Date();
    const status = countStatuses(keys, progress.cards, now);
    const practised = status.due + status.later;
    const parts = [`${status.due} due now`, `${status.new} new`];
    if (status.later > 0) parts.push(`${status.later} scheduled later (next ${describeWait(status.nextDue!, now)})`);
    counts.textContent = unreadable
      ? 'Practice is paused until your saved progress is reset or replaced.'
      : `${parts.join(' · ')}.${practised > 0 ? ` You have practised ${practised} of these.` : ''}${storable ? '' : ' This browser does not let the site store data, so progress is lost when you leave.'}`;
    const nothing = status.due + status.new === 0;
    start.disabled = Boolean(unreadable) || keys.length === 0 || nothing;
    start.textContent = nothing && keys.length > 0 ? 'Nothing due now' : 'Start practising';
  };

  const showCard = () => {
    const question = questions.get(round[position]!)!;
    const kind = statusOf(progress.cards[question.key], new Date()) === 'new' ? 'New question' : 'Due for review';
    $('[data-card-position]').textContent = `Card ${position + 1} of ${round.length}`;
    const guide = $<HTMLAnchorElement>('[data-card-guide]');
    guide.href = question.guideUrl;
    guide.textContent = question.guideTitle;
    const badge = $('[data-card-difficulty]');
    badge.className = `badge badge-${question.difficulty}`;
    badge.textContent = question.difficultyLabel;
    $('[data-card-kind]').textContent = kind;
    const heading = $('[data-card-question]');
    heading.textContent = question.text;
    $('[data-card-why]').replaceChildren(...question.why.cloneNode(true).childNodes);
    $('[data-card-strong]').replaceChildren(...question.strong.cloneNode(true).childNodes);
    revealed = false;
    answer.hidden = true;
    revealRow.hidden = false;
    card.hidden = false;
    heading.focus();
  };

  const reveal = () => {
    if (revealed || card.hidden) return;
    revealed = true;
    const now = new Date();
    const dues = previewDueDates(progress.cards[round[position]!], now);
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
      button.querySelector('[data-when]')!.textContent = describeWait(dues[Number(button.dataset.grade) as Grade], now);
    }
    revealRow.hidden = true;
    answer.hidden = false;
    $('[data-answer-heading]').focus();
    announce('Answer shown. How well did you know it? Again, Hard, Good or Easy: keys 1 to 4.');
  };

  const grade = (value: Grade) => {
    if (!revealed || card.hidden) return;
    const now = new Date();
    const key = round[position]!;
    const stored = readStored();
    // Another tab may have written since this one loaded: grade on top of what is stored now.
    if ('progress' in stored) progress = stored.progress;
    const graded = gradeCard(progress.cards[key], value, now);
    progress.cards[key] = graded;
    let unsaved = '';
    if ('reason' in stored) unsaved = ' Not saved: the progress stored in this browser can no longer be read.';
    else if (!('progress' in stored) || !writeStored(progress)) unsaved = ' Not saved: this browser does not let the site store data.';
    tally.set(value, (tally.get(value) ?? 0) + 1);
    const label = GRADES.find((entry) => entry.grade === value)!.label;
    const next = `${label}: next review ${describeWait(new Date(graded.due), now)}.${unsaved}`;
    position++;
    renderCounts();
    if (position < round.length) {
      showCard();
      announce(`${next} Card ${position + 1} of ${round.length}.`);
    } else {
      finish(next);
    }
  };

  const finish = (last: string) => {
    const now = new Date();
    card.hidden = true;
    const graded = round.length;
    $('[data-summary-text]').textContent = `You graded ${graded} ${graded === 1 ? 'question' : 'questions'}.`;
    for (const { grade: value } of GRADES) $(`[data-summary-count="${value}"]`).textContent = String(tally.get(value) ?? 0);
    const status = countStatuses(keys, progress.cards, now);
    const nextDue = $('[data-next-due]');
    if (status.due + status.new > 0) {
      nextDue.textContent = `${status.due} due now and ${status.new} new in this selection.`;
    } else if (status.nextDue) {
      const time = document.createElement('time');
      time.dateTime = status.nextDue.toISOString();
      time.textContent = dateTimeFormat.format(status.nextDue);
      nextDue.replaceChildren(`The next card is due ${describeWait(status.nextDue, now)}, `, time, '.');
    }
    $('[data-restart]').hidden = status.due + status.new === 0;
    summary.hidden = false;
    startRow.hidden = true;
    renderCounts();
    $('[data-summary-heading]').focus();
    announce(`${last} Round complete: you graded ${graded}. ${nextDue.textContent}`);
  };

  const begin = () => {
    load();
    if (unreadable) {
      problem.querySelector('button')?.focus();
      return;
    }
    round = buildRound(keys, progress.cards, new Date());
    if (round.length === 0) {
      announce(counts.textContent ?? '');
      return;
    }
    position = 0;
    tally.clear();
    summary.hidden = true;
    startRow.hidden = true;
    showCard();
    announce(`Round of ${round.length} ${round.length === 1 ? 'card' : 'cards'}. Card 1 of ${round.length}. Press Space to show the answer.`);
  };

  $('[data-reveal]').addEventListener('click', reveal);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-grade]')) {
    button.addEventListener('click', () => grade(Number(button.dataset.grade) as Grade));
  }
  $('[data-restart]').addEventListener('click', begin);
  document.addEventListener('keydown', (event) => {
    if (card.hidden || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    const target = event.target;
    // Keys typed into a field, or Space on a control (which presses it), are not shortcuts.
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    if (event.key === ' ' && !revealed && !(target instanceof HTMLElement && target.closest('button, a, summary'))) {
      event.preventDefault();
      reveal();
    }
    const entry = GRADES.find(({ key }) => key === event.key);
    if (entry && revealed) {
      event.preventDefault();
      grade(entry.grade);
    }
  });

  $('[data-export]').addEventListener('click', () => {
    load();
    if (unreadable) return void (dataStatus.textContent = 'Your saved progress cannot be read, so there is nothing to export; see the message above.');
    const count = Object.keys(progress.cards).length;
    download(serializeProgress(progress, 2), `skill-guides-practice-${new Date().toISOString().slice(0, 10)}.json`);
    dataStatus.textContent = `Exported progress for ${count} ${count === 1 ? 'question' : 'questions'}.`;
  });
  $('[data-clear]').addEventListener('click', () => {
    load();
    const count = Object.keys(progress.cards).length;
    if (!unreadable && count === 0) return void (dataStatus.textContent = 'There is no progress to clear.');
    if (!window.confirm(`Clear all practice progress kept in this browser${unreadable ? '' : ` (${count} questions)`}? Export it first if you may want it back.`)) return;
    removeStored();
    load();
    dataStatus.textContent = 'Progress cleared. Every question is new again.';
  });
  $<HTMLInputElement>('[data-import]').addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const parsed = parseProgress(await file.text());
    input.value = '';
    if (!('progress' in parsed)) return void (dataStatus.textContent = `${file.name} was not imported: ${parsed.reason}. Your progress was not changed.`);
    load();
    const current = Object.keys(progress.cards).length;
    const incoming = Object.keys(parsed.progress.cards).length;
    if (current > 0 && !window.confirm(`Replace the progress kept in this browser (${current} questions) with the file's (${incoming} questions)?`)) return;
    if (!writeStored(parsed.progress)) return void (dataStatus.textContent = 'This browser does not let the site store data, so nothing was imported.');
    load();
    dataStatus.textContent = `Imported progress for ${incoming} ${incoming === 1 ? 'question' : 'questions'}.`;
  });
  $('[data-problem-download]').addEventListener('click', () => {
    if (unreadable) download(unreadable.raw, 'skill-guides-practice-unreadable.json');
  });
  $('[data-problem-reset]').addEventListener('click', () => {
    removeStored();
    load();
    start.focus();
    announce('Progress reset. Every question is new again.');
  });

  load();
  root.dataset.practiceReady = 'true';
  return { start: begin };
}
