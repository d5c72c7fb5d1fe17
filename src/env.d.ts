/// <reference types="astro/client" />

// For plain `tsc --noEmit`, which cannot read .astro files (`astro check` types them for real;
// a file that resolves always wins over this wildcard).
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
