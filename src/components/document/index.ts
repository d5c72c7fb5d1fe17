/** The components a plan's body uses (the JSX elements of its MDX), by name: see Tree.astro. */
import Agency from './Agency.astro';
import Bullet from './Bullet.astro';
import Clause from './Clause.astro';
import Closing from './Closing.astro';
import DocLine from './DocLine.astro';
import Duty from './Duty.astro';
import Lead from './Lead.astro';
import Notice from './Notice.astro';
import Preamble from './Preamble.astro';

export const documentComponents = { Agency, Bullet, Clause, Closing, DocLine, Duty, Lead, Notice, Preamble };
