/** The parts of a Rolldown log that decide whether it is shown. */
export interface BuildLog {
  code?: string;
  message: string;
}

/**
 * Rolldown's warning that Astro's `"use astro:head-inject"` directive in an MDX module "may not be
 * preserved when bundling" (withastro/astro#18087). Astro reads the directive before bundling, so
 * the warning changes nothing; shown once per MDX guide, it buries the warnings that matter.
 */
export function isAstroHeadInjectWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}
