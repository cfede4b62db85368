/**
 * Family Customer Personas
 *
 * Households with children balancing several money targets - home loans, school funds,
 * everyday spending. Want straightforward tools for running a busy family budget.
 */

import { Persona } from '../../../../../../src/index.js';

@Persona({
  name: 'Lucia Ferreira - Working Mother',
  age: '37',
  occupation: 'Operations Lead at a regional grocery group',
  goals: [
    "Put money aside for the kids' university costs",
    'Keep the family budget under control',
    'Never miss a loan or utility payment',
    'Grow a rainy-day reserve for the household',
  ],
  painPoints: [
    'Keeping track of several accounts and targets feels exhausting',
    'Cannot see the whole household money picture in one place',
    'Payments and bills live in too many different apps',
    'Almost no spare hours for branch visits or banking chores',
  ],
  technicalProficiency: 'high',
  preferredChannels: [
    'mobile app',
    'web banking',
    'branch visit only for tricky requests',
  ],
  extensions: {
    income: 'GD$71,500/year',
    householdIncome: 'GD$128,000/year (husband is a nurse, GD$56,500)',
    family: 'Married, two kids (aged 9 and 6)',
    bankingNeeds: [
      'Household savings',
      'Kids education fund',
      'Home loan',
      'Credit card',
      'Automatic bill paying',
    ],
    behavior:
      'Opens the app several times a day; phone first for all everyday banking',
    painPointDetail:
      "Finds it hard to tell whether she is within budget across her various savings targets",
    quote:
      '"I want a bank that sees I\'m running a whole family, not a single account"',
    opportunity:
      'AI-driven savings targets and spending tracking could transform her week',
    successMetrics: 'Customer effort score, savings target completion, NPS',
  },
})
export class LuciaFerreiraPersona {}

@Persona({
  name: 'Tomas & Ines Brandt - Young Professional Couple',
  age: '31 (Tomas) & 29 (Ines)',
  occupation: 'Data Analyst (Tomas) & Architect (Ines)',
  goals: [
    'Build up a deposit for their first flat',
    'Run shared money smoothly as a pair',
    'Start investing side by side',
    'Prepare for having children later',
  ],
  painPoints: [
    'Juggling money between two separate accounts is awkward',
    "Old-style banks don't get how couples live today",
    'Getting a mortgage looks slow and confusing',
    'Want proper planning tools rather than bare accounts',
  ],
  technicalProficiency: 'high',
  preferredChannels: ['mobile app', 'web banking - branches are a no-go'],
  extensions: {
    combinedIncome: 'GD$131,000/year',
    lifeStage: 'Newly married, saving for a first home purchase',
    bankingNeeds: [
      'Shared account',
      'Mortgage',
      'Brokerage account',
      'Savings target for the deposit',
    ],
    behavior: 'Look everything up online first and expect a frictionless digital journey',
    motivation: 'Hope to own their home within 3 years',
    quote:
      '"Getting a mortgage ought to be as simple as booking our wedding trip was"',
    opportunity: 'Mortgage journey, then investment services as earnings rise',
    successMetrics:
      'Mortgage conversion, shared account uptake, digital engagement',
  },
})
export class TomasInesBrandtPersona {}
