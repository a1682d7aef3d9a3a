// Stands for an analytics SDK an app imports in code.
export function started() {
  return 'analytics started';
}
