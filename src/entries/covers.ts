/** Script-tag part (dist/consent-gate.covers.js): fetched by the loader only on a page with a blocked embed. */
import { registerPart } from '../page/parts';
import { coverEmbeds } from '../ui/embed-cover';

registerPart('covers', { cover: coverEmbeds });
