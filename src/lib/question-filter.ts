/**
 * The interview-question filters shared by the hub and the practice page, as they appear in a URL:
 * `?skill=iam&skill=jwt&difficulty=hard`. Values of one key are alternatives (any skill listed);
 * keys narrow each other (and that difficulty). No value for a key means any.
 */
export const FILTER_KEYS = ['skill', 'category', 'difficulty'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type QuestionFilter = Record<FilterKey, string[]>;

/** The filter a URL's query asks for; empty and repeated values are dropped. */
export function readFilter(params: URLSearchParams): QuestionFilter {
  const values = (key: FilterKey) => [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
  return { skill: values('skill'), category: values('category'), difficulty: values('difficulty') };
}

/** Whether a question with these values passes the filter. */
export function matchesFilter(values: Readonly<Record<FilterKey, string>>, filter: QuestionFilter): boolean {
  return FILTER_KEYS.every((key) => filter[key].length === 0 || filter[key].includes(values[key]));
}

/** Site-relative URL of the practice page, with a filter if given (`/practice/?skill=iam`). */
export function getPracticePath(filter: Partial<QuestionFilter> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of filter[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `/practice/?${query}` : '/practice/';
}
