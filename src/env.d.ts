/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The plan being rendered, for the components of its body (citations, agency links). */
    plan?: import('./model/citation.ts').CitablePlan & {
      /** The plan as a reference (GB/T 7714), and the 引用日期 a page without script shows (the build date). */
      reference: import('./model/reference.ts').PlanReference;
      accessed: string;
    };
  }
}

// For plain `tsc --noEmit`, which cannot read .astro files (`astro check` types them for real;
// a file that resolves always wins over this wildcard).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
