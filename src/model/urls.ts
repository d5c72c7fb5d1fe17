/** URLs are built in one place, below both build and browser code: src/contracts/urls.ts. */
export * from '../contracts/urls.ts';
