/** Components staff can use in any MDX file without importing them. */
import Fig from './sources/Fig.astro';
import Quote from './sources/Quote.astro';
import Source from './sources/Source.astro';
import DeltaMap from './projects/DeltaMapAuto.astro';
import ContactDetails from './contact/ContactDetails.astro';

export const mdxComponents = { Fig, Quote, Source, DeltaMap, ContactDetails };
