// ============================================================================
// AUDIENCE PERSONAS - Industry-specific targeting profiles
// ============================================================================

export const AUDIENCE_PERSONAS: Record<string, AudiencePersona> = {
  // ========== FITNESS & WELLNESS ==========
  fitness_transformation: {
    name: 'Fitness Transformation Seeker',
    description: 'Busy 32-48 year old employees hoping to drop pounds and rebuild stamina',
    painPoints: [
      'Winded after one flight of stairs',
      'Every meal plan so far has fizzled out',
      'Schedule leaves no room for workouts',
      'Avoids mirrors and group photos lately',
      'Doctor flagged rising blood sugar and weight'
    ],
    desires: [
      'Enjoy being in pictures again',
      'Walk onto the beach without a cover-up',
      'Keep up with the children on weekends',
      'Zip up the jeans from five years ago',
      'Bring checkup numbers back to normal'
    ],
    languagePatterns: [
      'I miss the old version of me',
      'Give me something simple I can actually follow',
      'Nothing has ever stuck for me',
      'I want this to be the last time',
      'Someone needs to keep me honest'
    ],
    objections: [
      'My calendar is already packed',
      'Programs like this never worked for me',
      'The monthly price seems way too steep',
      'Not willing to quit pizza and dessert',
      'Feels too late at my age to begin'
    ],
    emotionalTriggers: [
      'Shame about how they look',
      'Dread of a future diagnosis',
      'Wanting to feel desirable again',
      'Satisfaction in hitting a milestone',
      'Missing out on an active crowd'
    ],
    demographics: {
      ageRange: '32-48',
      income: '$55k-$140k',
      occupation: 'Professional/Parent'
    }
  },

  // ========== REAL ESTATE ==========
  real_estate_seller: {
    name: 'Home Seller',
    description: 'Property owner hoping to close fast while getting the best possible price',
    painPoints: [
      'Has no idea what buyers would pay today',
      'Afraid of leaving thousands on the table',
      'Needs fixes done before photos are taken',
      'Dreads a long season of open houses',
      'Bothered by the size of the realtor cut'
    ],
    desires: [
      'Top-of-market sale price',
      'Painless, speedy closing',
      'Polished listing promotion',
      'A pro walking them through each step',
      'Steer clear of expensive errors'
    ],
    languagePatterns: [
      'What would my place sell for?',
      'How fast could this close?',
      'I refuse to undersell',
      'I want a realtor who is straight with me',
      'Which repairs actually matter?'
    ],
    objections: [
      'Listing commissions cost far too much',
      'Selling it on my own seems doable',
      'This year feels wrong for listing',
      'Prices could swing any direction soon',
      'Hate having strangers walk through rooms'
    ],
    emotionalTriggers: [
      'Worry about a lowball outcome',
      'Nerves about what happens next',
      'Attachment to the house',
      'Hope for a big payday',
      'Escape from the chore of selling'
    ],
    demographics: {
      ageRange: '38-68',
      income: '$80k+',
      occupation: 'Homeowner'
    }
  },

  real_estate_buyer: {
    name: 'First Time Home Buyer',
    description: 'Early-career worker or young household shopping for a first house',
    painPoints: [
      'Lost in the steps of a purchase',
      'Scared of paying above true value',
      'Baffled by the mortgage preapproval paperwork',
      'Nervous about defects nobody mentions',
      'Keeps getting outbid on offers'
    ],
    desires: [
      'Land the ideal house',
      'Pay a reasonable price',
      'A purchase with no drama',
      'Knowledgeable help along the way',
      'Grow equity by owning'
    ],
    languagePatterns: [
      'What is step one here?',
      'What price range fits my budget?',
      'What red flags should I watch for?',
      'I really can\'t afford to get this wrong',
      'Should I wait or buy now?'
    ],
    objections: [
      'Not enough saved for the deposit',
      'Renting still costs me less monthly',
      'Listing prices look way too inflated',
      'Fear of a mortgage eating every paycheck',
      'The whole thing looks overwhelmingly complex'
    ],
    emotionalTriggers: [
      'Fear of missing the right moment',
      'Craving for roots',
      'Pride in owning a place',
      'Planning for tomorrow',
      'Worry about second-guessing later'
    ],
    demographics: {
      ageRange: '26-42',
      income: '$65k-$125k',
      occupation: 'Young Professional/Family'
    }
  },

  // ========== SAAS & B2B ==========
  saas_startup_founder: {
    name: 'SaaS Startup Founder',
    description: 'Software founder launching or growing a subscription product',
    painPoints: [
      'Pipeline lacks sales-ready prospects',
      'Paying far too much per new customer',
      'Cancellations wipe out each month\'s gains',
      'Deals drag on for many months',
      'Growth is capped without another raise'
    ],
    desires: [
      'Steady, forecastable revenue',
      'Cheaper acquisition',
      'Shorter time to close',
      'Tighter fit with the market',
      'A funding round that lands'
    ],
    languagePatterns: [
      'We have to grow quicker',
      'How can we keep customers longer?',
      'Recurring revenue is barely moving',
      'We want bigger logos signing on',
      'How do we fix our margins per account?'
    ],
    objections: [
      'We self-fund, so no spare cash',
      'Our focus has to stay on building',
      'Our own team can work this out',
      'Agencies already burned us once before',
      'Payback feels far too hard to predict'
    ],
    emotionalTriggers: [
      'Dread of the bank balance hitting zero',
      'Urge to outpace rivals',
      'Pride in creating a company',
      'Weight of being accountable',
      'Hunger to grow big'
    ],
    demographics: {
      ageRange: '27-47',
      income: '$90k-$220k+',
      occupation: 'Founder/CEO'
    }
  },

  b2b_marketing_manager: {
    name: 'B2B Marketing Manager',
    description: 'Head of marketing at a midsize or large business',
    painPoints: [
      'Constantly pushed to deliver more pipeline',
      'Cannot tell which campaigns drive revenue',
      'Leadership keeps asking for proof of return',
      'Too few people for too many projects',
      'Martech tools are tangled and overlapping'
    ],
    desires: [
      'Meet the quarterly pipeline number',
      'Show clear return on spend',
      'Simplify workflows',
      'Grow a lean, capable team',
      'Earn the next promotion'
    ],
    languagePatterns: [
      'Sales keeps asking for better leads',
      'How can I show marketing pays off?',
      'Our attribution model is broken',
      'My people are stretched to the limit',
      'Budget shrinks but goals keep climbing'
    ],
    objections: [
      'Leadership must sign off before anything',
      'We already pay for similar software',
      'Rolling this out looks too disruptive',
      'What we use now is "fine for now"',
      'This year\'s budget is already committed'
    ],
    emotionalTriggers: [
      'Dread of a missed quarter',
      'Wanting credit for wins',
      'Strain from constant pressure',
      'Satisfaction in strong numbers',
      'Climbing the career ladder'
    ],
    demographics: {
      ageRange: '31-52',
      income: '$85k-$160k',
      occupation: 'Marketing Manager/Director'
    }
  },

  // ========== E-COMMERCE ==========
  ecommerce_shopper_fashion: {
    name: 'Fashion E-commerce Shopper',
    description: 'Trend-aware web shopper hunting for fresh pieces',
    painPoints: [
      'Local malls all carry the same looks',
      'Hates showing up in identical outfits',
      'Sizes vary wildly between online brands',
      'Sending items back is a chore',
      'Endless choices leave her unable to pick'
    ],
    desires: [
      'Look one of a kind',
      'Nail the right fit',
      'Hear people praise the outfit',
      'Simple send-backs',
      'Find labels nobody knows yet'
    ],
    languagePatterns: [
      'Does this run small?',
      'What does it look like on a real person?',
      'I want a piece nobody else owns',
      'Is a discount coming soon?',
      'How do returns work here?'
    ],
    objections: [
      'No way to try things on',
      'Delivery fees are way too high',
      'Unsure the size will actually work',
      'Another store might sell it cheaper',
      'The return process looks like a hassle'
    ],
    emotionalTriggers: [
      'Wanting to look good',
      'Worry about a style misstep',
      'Missing out on what\'s hot',
      'Pride in a signature look',
      'Thrill of finding something new'
    ],
    demographics: {
      ageRange: '21-38',
      income: '$35k-$95k',
      occupation: 'Professional/Student'
    }
  },

  // ========== COACHING & CONSULTING ==========
  business_coach_client: {
    name: 'Business Owner Seeking Coaching',
    description: 'Founder or owner of a small firm whose growth has stalled',
    painPoints: [
      'Sales have flatlined for two years',
      'Putting in sixty-hour weeks nonstop',
      'Struggles to hire people worth keeping',
      'Margins get thinner every single quarter',
      'Feels trapped and buried in work'
    ],
    desires: [
      'Reach seven-figure revenue',
      'Fewer hours, bigger profit',
      'Assemble a solid staff',
      'Put processes in place',
      'A plan to sell someday'
    ],
    languagePatterns: [
      'Every task lands on my desk',
      'I keep hitting the same wall',
      'I can\'t see my own blind spots',
      'I want advice from someone who\'s done it',
      'How do I grow and keep standards high?'
    ],
    objections: [
      'Coaches charge far too much money',
      'Other coaches already let me down',
      'No spare hours for weekly sessions',
      'Doubt this fits my kind of company',
      'I will work it out on my own'
    ],
    emotionalTriggers: [
      'Annoyance at being stuck',
      'Dread of going under',
      'Longing for independence',
      'Pride in what they built',
      'Avoiding total exhaustion'
    ],
    demographics: {
      ageRange: '38-62',
      income: '$120k-$550k',
      occupation: 'Business Owner'
    }
  },

  life_coach_client: {
    name: 'Life Transformation Seeker',
    description: 'Person who feels in a rut and wants a big personal shift',
    painPoints: [
      'Job brings no real satisfaction anymore',
      'Close relationships keep falling apart',
      'No longer sure what matters most',
      'Keeps falling into the same habits',
      'Little belief in their own worth'
    ],
    desires: [
      'Discover real meaning',
      'Stronger bonds with others',
      'Self-assurance and direction',
      'Escape old habits',
      'Build a life that matters'
    ],
    languagePatterns: [
      'I\'m spinning my wheels',
      'Surely life offers more than this',
      'I miss the old version of me',
      'Help me work out what I really want',
      'I make the same errors over and over'
    ],
    objections: [
      'Maybe a therapist would suit me better',
      'Money is too tight for coaching',
      'Doubt this would help someone like me',
      'I ought to solve this by myself',
      'What if I pay and stay stuck?'
    ],
    emotionalTriggers: [
      'Hurt of where they are now',
      'Hope for a new chapter',
      'Dread of a wasted life',
      'Longing for joy',
      'Pride in personal growth'
    ],
    demographics: {
      ageRange: '27-58',
      income: '$45k-$140k',
      occupation: 'Various'
    }
  },

  // ========== LOCAL SERVICES ==========
  local_service_homeowner: {
    name: 'Local Service Customer',
    description: 'Homeowner who needs a plumber, heating tech, electrician or handyman',
    painPoints: [
      'Unsure which contractor is honest',
      'Afraid the bill will be padded',
      'Got burned by a past contractor',
      'Panicked when something breaks suddenly',
      'Nobody returns calls or turns up'
    ],
    desires: [
      'Dependable, upfront work',
      'Reasonable rates',
      'Arrive when promised',
      'Get it fixed on the first visit',
      'No surprise charges'
    ],
    languagePatterns: [
      'Can somebody come out now?',
      'What will this run me?',
      'Do you carry a license and insurance?',
      'Is same-day possible?',
      'Where can I read your reviews?'
    ],
    objections: [
      'The quote is way too high',
      'I want a second price first',
      'My brother-in-law can probably fix it',
      'Could this wait a few weeks?',
      'Do I actually need this repair?'
    ],
    emotionalTriggers: [
      'Worry about damage spreading',
      'Panic of a breakdown',
      'Wanting things to feel safe',
      'Trust and dependability',
      'Pride in a cared-for house'
    ],
    demographics: {
      ageRange: '28-72',
      income: '$45k-$160k',
      occupation: 'Homeowner'
    }
  },
};
