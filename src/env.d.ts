/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the guide page so that generated-section components placed in MDX can read the guide. */
    guideView?: import('./data/guide-view.ts').GuideView;
  }
}
