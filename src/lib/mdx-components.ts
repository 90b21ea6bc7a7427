/** Components staff can use in any MDX file without importing them. */
import Fig from '../components/Fig.astro';
import DeltaMap from '../components/DeltaMapAuto.astro';

export const mdxComponents = { Fig, DeltaMap };
