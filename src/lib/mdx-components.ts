/** Components staff can use in any MDX file without importing them. */
import Fig from '../components/Fig.astro';
import Quote from '../components/Quote.astro';
import Source from '../components/Source.astro';
import DeltaMap from '../components/DeltaMapAuto.astro';
import ContactDetails from '../components/ContactDetails.astro';

export const mdxComponents = { Fig, Quote, Source, DeltaMap, ContactDetails };
