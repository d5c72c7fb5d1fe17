/** The part of citation-js the tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string): Promise<{ data: unknown[] }>;
  }
}
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
