/**
 * How a role is named in answers: "Managing Director, UNIDO", but just
 * "Vice Minister of Industry and Information Technology" when the role
 * already belongs to one organisation.
 */
import type { Language } from '../corpus/article.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export function describeRole(lexicon: Lexicon, role: string, org: string | undefined, language: Language): string {
  const roleName = lexicon.name(role, language);
  if (!org || lexicon.get(role)?.org) return roleName;
  return `${roleName}, ${lexicon.name(org, language)}`;
}

/** A person with the role the lexicon records, e.g. "Ciyong Zou (Managing Director, UNIDO)". */
export function personWithRole(lexicon: Lexicon, key: string, language: Language): string {
  const person = lexicon.get(key);
  const name = lexicon.name(key, language);
  if (!person?.role) return person?.org ? `${name} (${lexicon.name(person.org, language)})` : name;
  return `${name} (${describeRole(lexicon, person.role, person.org, language)})`;
}
