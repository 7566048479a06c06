import CoreConcepts from './CoreConcepts.astro';
import InterviewQuestions from './InterviewQuestions.astro';
import ExampleProjects from './ExampleProjects.astro';
import Faq from './Faq.astro';
import RelatedSkills from './RelatedSkills.astro';
import RelatedRoles from './RelatedRoles.astro';
import type { SectionName } from '../../lib/sections.ts';

/** The generated-section components by the name authors use in MDX (`<CoreConcepts />`). */
export const SECTION_COMPONENTS = { CoreConcepts, InterviewQuestions, ExampleProjects, Faq, RelatedSkills, RelatedRoles } satisfies Record<SectionName, unknown>;
