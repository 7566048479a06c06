import type { Guide, SiteContent } from './site.ts';
import type { SectionName } from '../lib/sections.ts';
import type { GuideData } from '../schemas/guide.ts';

/** What a guide page renders: the guide, its full frontmatter and its resolved neighbours. */
export interface GuideView {
  guide: Guide;
  /** The guide's full frontmatter (`guide.data` is its summary). */
  data: GuideData;
  relatedGuides: Guide[];
  /** Generated sections that have something to show (or a meaningful empty state). */
  present: Set<SectionName>;
}

/** Resolves a guide's related guides and decides which generated sections it shows. */
export function buildGuideView(guide: Guide, data: GuideData, site: SiteContent): GuideView {
  const relatedGuides = data.relatedSkills.map((slug) => site.guideBySlug.get(slug)).filter((related): related is Guide => related !== undefined);
  const present = new Set<SectionName>(['CoreConcepts', 'InterviewQuestions', 'Faq']);
  if (data.exampleProjects.length > 0) present.add('ExampleProjects');
  if (relatedGuides.length > 0) present.add('RelatedSkills');
  if (guide.roles.length > 0) present.add('RelatedRoles');
  return { guide, data, relatedGuides, present };
}

/** The guide view set by the page; a section component used outside a guide page is a bug. */
export function requireGuideView(locals: App.Locals): GuideView {
  if (!locals.guideView) throw new Error('Generated-section components can only be used inside a guide in content/skills/');
  return locals.guideView;
}
