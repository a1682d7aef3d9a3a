// The README's cookie-audit example: consent-gate/audit is typed too.
import { classifyCookie } from 'consent-gate/audit';
import type { CategoryId } from 'consent-gate';

const category: CategoryId | undefined = classifyCookie('_ga')?.category;
// @ts-expect-error classifyCookie takes a cookie name
classifyCookie(42);
void category;
