/** The components a plan's body uses (the JSX elements of its MDX), by name: see Tree.astro. */
import Agency from './Agency.astro';
import Appendix from './Appendix.astro';
import Attachments from './Attachments.astro';
import Bullet from './Bullet.astro';
import Clause from './Clause.astro';
import Closing from './Closing.astro';
import DocLine from './DocLine.astro';
import DocTable from './DocTable.astro';
import Duty from './Duty.astro';
import Lead from './Lead.astro';
import Metadata from './Metadata.astro';
import MetaField from './MetaField.astro';
import Notice from './Notice.astro';
import Preamble from './Preamble.astro';

export const documentComponents = {
  Agency,
  Appendix,
  Attachments,
  Bullet,
  Clause,
  Closing,
  DocLine,
  DocTable,
  Duty,
  Lead,
  Metadata,
  MetaField,
  Notice,
  Preamble,
};
