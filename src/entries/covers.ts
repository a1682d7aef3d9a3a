/** Script-tag part (dist/consent-gate.covers.js): fetched by the loader only on a page with a blocked embed. */
import { registerPart } from '../parts';
import { coverEmbeds } from './embed-cover';

registerPart('covers', { cover: coverEmbeds });
