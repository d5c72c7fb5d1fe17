/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The plan being rendered, for components inside its MDX body (citations). */
    plan?: import('./model/citation.ts').CitablePlan;
  }
}

