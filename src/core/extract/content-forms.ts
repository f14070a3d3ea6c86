import { attributeValue } from '../dom/attribute-value';
import { unwrap } from '../dom/unwrap';

// Controls a reader fills in or picks from, and submit buttons; hidden inputs
// and script-driven buttons are not.
const FIELD = 'textarea, select, button:not([type]), button[type="submit"], input[type="submit"], input[type="image"], input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="password"], input[type="number"], input[type="tel"], input[type="url"], input[type="checkbox"], input[type="radio"], input[type="file"]';

// The working copy has lost its controls: a form is told from the page's own by these.
const formKey = (form: Element): string => ['action', 'id', 'class', 'name'].map((name) => attributeValue(form, name) ?? '').join('\n');

/** The forms of the page that hold a control, by what tells them apart in a working copy that has lost its controls. */
export function fieldFormKeys(page: Document): Set<string> {
  const keys = new Set<string>();
  for (const form of Array.from(page.getElementsByTagName('form'))) if (form.querySelector(FIELD)) keys.add(formKey(form));
  return keys;
}

/**
 * Forms with nothing to fill in wrap content, not controls: a thread in its
 * moderation form, each comment in its edit-in-place form. In the working
 * copy they give way to their content, so that the sanitizer, which drops
 * short forms as sets of controls, keeps what they hold. A form that cannot be
 * told apart from one with fields (`fieldForms`: fieldFormKeys of the page) stays.
 */
export function unwrapContentForms(root: Element, fieldForms: () => ReadonlySet<string>): void {
  const forms = Array.from(root.getElementsByTagName('form'));
  if (!forms.length) return;
  const withFields = fieldForms();
  for (const form of forms) if (!withFields.has(formKey(form))) unwrap(form);
}
