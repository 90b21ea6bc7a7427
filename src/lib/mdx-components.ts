/** Components staff can use in any MDX file without importing them. */
import Fig from '../components/Fig.astro';
import DeltaMap from '../components/DeltaMapAuto.astro';
import ContactDetails from '../components/ContactDetails.astro';

export const mdxComponents = { Fig, DeltaMap, ContactDetails };
