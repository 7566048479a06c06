import { z } from 'zod';
import { plainTextSchema } from './common.ts';
import { contrastRatio } from '../lib/colour.ts';

/** An absolute `http:` or `https:` URL. */
const webUrlSchema = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'must be an absolute http:// or https:// URL')
  .meta({ format: 'uri', pattern: '^https?://' });

/** A file of the site (`/logo.svg`, under `public/`) or an absolute URL. */
const imageSchema = z
  .string()
  .refine((value) => /^\/[^/]/.test(value) || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)), 'must be a path on the site ("/logo.svg") or an absolute https:// URL')
  .meta({ pattern: '^(/[^/]|https?://)' });

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The page backgrounds the accent colour is drawn on, per scheme (src/styles/global.css: --bg, --bg-soft). */
const BACKGROUNDS = { light: ['#ffffff', '#f5f7fa'], dark: ['#0f1419', '#171e26'] } as const;
/** WCAG 2.x AA for body text: links and buttons are drawn in the accent colour. */
const MIN_CONTRAST = 4.5;

function accentSchema(scheme: keyof typeof BACKGROUNDS) {
  return z
    .string()
    .regex(HEX_COLOUR, 'must be a colour written #rrggbb')
    .refine(
      (value) => !HEX_COLOUR.test(value) || BACKGROUNDS[scheme].every((background) => contrastRatio(value, background) >= MIN_CONTRAST),
      {
        error: (issue) =>
          `must have a contrast of at least ${MIN_CONTRAST}:1 against the ${scheme} page backgrounds (${BACKGROUNDS[scheme].join(', ')}); it has ${Math.min(...BACKGROUNDS[scheme].map((background) => contrastRatio(String(issue.input), background))).toFixed(2)}:1`,
      },
    );
}

/** Someone or something credited on every guide (schema.org `author`, `publisher`). */
const partySchema = z.strictObject({
  /** The name shown to search engines, plain text. */
  name: plainTextSchema(1, 100).describe('The name, plain text.'),
  /** Their home page. */
  url: webUrlSchema.optional().describe('Their home page, an absolute URL.'),
});

/**
 * Site settings, `content/site.yaml` (optional: every key has a default). Unknown keys are errors.
 * `SITE_URL` at build time overrides `url`.
 */
export const siteSettingsSchema = z.strictObject({
  /** The site's name: header, titles, feed, structured data. Default "Skill guides". */
  name: plainTextSchema(1, 60).default('Skill guides').describe('The site\'s name: header, page titles, feed, structured data. Default "Skill guides".'),
  /** The home page's meta description and the feed's description, plain text, 50–160 characters. */
  description: plainTextSchema(50, 160)
    .default('In-depth guides to technical skills — IAM, OAuth 2.0, JWT, Vault, DevSecOps — for interviews and real work: concepts, architecture, interview questions and FAQ.')
    .describe('The home page\'s meta description and the feed\'s description, plain text, 50–160 characters.'),
  /** The public URL of the site; canonical, sitemap, feed and structured-data URLs start with it. `SITE_URL` overrides it. */
  url: webUrlSchema.default('https://skill-guides.example.com').describe('The public URL of the site; canonical, sitemap, feed and structured-data URLs start with it. SITE_URL overrides it.'),
  /** Where the content lives in git. When set, each guide links to "Edit this guide" and "Report a problem". */
  repository: z
    .strictObject({
      /** The repository's home page on GitHub (or a forge with GitHub's URL scheme), e.g. https://github.com/acme/guides. */
      url: webUrlSchema.describe('The repository\'s home page on GitHub (or a forge with the same URL scheme), e.g. https://github.com/acme/guides.'),
      /** The branch edits are proposed against. Default "main". */
      branch: z.string().regex(/^[\w./-]+$/, 'must be a branch name').default('main').describe('The branch edits are proposed against. Default "main".'),
      /** The folder of the content root inside the repository. Default "content". */
      contentPath: z.string().regex(/^[\w.-]+(\/[\w.-]+)*$/, 'must be a folder path inside the repository, like "content"').default('content').describe('The folder of the content root inside the repository. Default "content".'),
    })
    .optional()
    .describe('Where the content lives in git. When set, each guide links to "Edit this guide" and "Report a problem".'),
  /** Who publishes the guides (schema.org `publisher`). Default: the site's name and URL. */
  publisher: partySchema.optional().describe('Who publishes the guides (schema.org publisher). Default: the site\'s name and URL.'),
  /** The default author of every guide (a person; schema.org `author`). Default: the publisher. */
  author: partySchema.optional().describe('The default author of every guide (a person; schema.org author). Default: the publisher.'),
  /** The publisher's logo: a path under public/ or an absolute URL. Default "/favicon.svg". */
  logo: imageSchema.default('/favicon.svg').describe('The publisher\'s logo: a path under public/ ("/logo.svg") or an absolute URL. Default "/favicon.svg".'),
  /** Links and buttons, per colour scheme, each at least 4.5:1 against the page backgrounds. Default: the built-in blue. */
  accentColor: z
    .strictObject({
      /** `#rrggbb` for the light scheme. */
      light: accentSchema('light').describe('#rrggbb for the light scheme.'),
      /** `#rrggbb` for the dark scheme. */
      dark: accentSchema('dark').describe('#rrggbb for the dark scheme.'),
    })
    .optional()
    .describe('Links and buttons, per colour scheme, each at least 4.5:1 against the page backgrounds. Default: the built-in blue.'),
});

export type SiteSettings = z.output<typeof siteSettingsSchema>;
