/**
 * Sample voter personas for Ballot Buddy
 * Source: ballot-buddy-mockup
 *
 * Each entry stands in for a kind of voter; people can pick one of these
 * rather than answering a long set of onboarding questions.
 */

import type { Persona } from "../../types/persona";

export const personas: Persona[] = [
  {
    id: "persona_brianna_wake",
    name: "Brianna Coleman",
    county: "Wake",
    city: "Raleigh",
    age: 26,
    incomeLevel: "low",
    gender: "female",
    story: "Brianna took a job in Raleigh last spring and shares a rented flat a few blocks from the capitol. Just starting out professionally, she worries about climbing rents, getting to a doctor she can afford, and whether decisions at city hall will help or push her out of town over the next few years."
  },
  {
    id: "persona_terrence_durham",
    name: "Terrence Walsh",
    county: "Durham",
    city: "Durham",
    age: 43,
    incomeLevel: "medium",
    gender: "male",
    story: "Terrence owns his house and has three kids in public school. School funding, the county tax bill, and neighborhood policing matter a lot to him, yet he struggles to see what the lower races on the ballot actually change for his household."
  },
  {
    id: "persona_carol_guilford",
    name: "Carol Henning",
    county: "Guilford",
    city: "Greensboro",
    age: 71,
    incomeLevel: "medium",
    gender: "female",
    story: "Carol stopped working a few years ago and gets by on a pension. She reads the paper every morning, yet a ballot full of offices she has never heard of leaves her swamped. Power bills, what she owes on her home each year, and seeing a doctor without a long wait are what she frets about most."
  },
  {
    id: "persona_kevin_mecklenburg",
    name: "Kevin Liu",
    county: "Mecklenburg",
    city: "Charlotte",
    age: 37,
    incomeLevel: "high",
    gender: "male",
    story: "Kevin puts in late nights at an engineering firm and keeps up with public affairs only through headlines. Casting a sensible vote matters to him, though he would rather read a short summary with a plain suggestion than dig through sources on his own."
  },
  {
    id: "persona_sam_orange",
    name: "Sam Okoro",
    county: "Orange",
    city: "Hillsborough",
    age: 49,
    incomeLevel: "low",
    gender: "nonbinary",
    story: "Sam volunteers with two neighborhood groups and cares a great deal about fairness, public programs, and how the county is run. They regularly find that key council seats and bond questions get almost no explanation, even though residents live with the results."
  },
  {
    id: "persona_riley_mecklenburg",
    name: "Riley Mendoza",
    county: "Mecklenburg",
    city: "Matthews",
    age: 30,
    incomeLevel: "low",
    gender: "nonbinary",
    story: "Riley waits tables and has had to change apartments four times lately because rents kept going up and leases kept falling through. Their priorities are affordable care, renters' rights, and whether local choices will give some footing to people who have no savings to fall back on."
  }
];

/**
 * Get a persona by ID
 */
export function getPersonaById(id: string): Persona | undefined {
  return personas.find(p => p.id === id);
}

/**
 * Get personas by county
 */
export function getPersonasByCounty(county: string): Persona[] {
  return personas.filter(p => p.county.toLowerCase() === county.toLowerCase());
}
