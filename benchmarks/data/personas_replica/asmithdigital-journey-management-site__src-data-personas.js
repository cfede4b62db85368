export const PERSONA_COLORS = ['#0052CC', '#6554C0', '#36B37E', '#FF991F', '#00B8D9', '#FF5630']

export const PERSONAS = [
  {
    id: 'bronwyn-keane',
    name: 'Bronwyn Keane',
    photo: 'https://api.dicebear.com/7.x/personas/svg?seed=Bronwyn',
    initials: 'BK',
    age: 44,
    location: 'Regional WA',
    occupation: 'Office Manager, Dental Surgery',
    familyStatus: 'Married, two kids (7 and 11)',
    memberSince: '2009',
    products: ['Car Insurance', 'Home & Contents', 'Roadside Assist'],
    digitalConfidence: 'High',
    preferredChannel: 'Digital self-service',
    tagline: 'Long-standing TMA member who handles the whole family cover',
    quote: 'I\'ve stuck with you for more than ten years — all I ask is that running my policies feels as simple as online banking.',
    goals: [
      'Handle every household policy from one spot with no phone calls',
      'Know plainly what she\'s insured for and the reason her premium moved',
      'Have claims settled fast and with no hassle',
    ],
    frustrations: [
      'Renewal notices are tough to make sense of — what pushed the cost up?',
      'Can\'t view every policy side by side in My Account',
      'Must explain her situation again each time she gets in touch with TMA',
    ],
    behaviours: [
      'Signs in to My Account 3–5 times a year, largely around renewals',
      'Goes through the whole renewal PDF before she agrees',
      'Phones TMA whenever the online tools fail her',
    ],
    scenarios: [
      {
        title: 'Yearly renewal crunch',
        description: 'Three of her policies come due inside five weeks. Bronwyn hopes to check every renewal, grasp why the cost shifted, and approve or tweak each one without picking up the phone once.',
      },
      {
        title: 'After-hail claim',
        description: 'Once hail dents the roof, Bronwyn files a claim online but then can\'t tell how far along it is. She phones for an update and is annoyed that she had no way to look it up on her own.',
      },
    ],
    linkedJourneys: [
      { id: 'my-account', name: 'My Account' },
      { id: 'renewals', name: 'Renewals' },
      { id: 'claims', name: 'Claims' },
    ],
    personaEmotions: {
      renewals: [
        { stageId: 'renewal-notice', score: 4, note: 'The renewal notice lands yet the higher price isn\'t properly justified' },
        { stageId: 'review-renewal', score: 3, note: 'Struggles to spot what\'s different from the previous year' },
        { stageId: 'adjust-or-accept', score: 5, note: 'Agrees once she has rung to query the rise' },
      ],
      claims: [
        { stageId: 'incident-occurs', score: 2, note: 'Hail damage — sudden and upsetting' },
        { stageId: 'lodge-claim', score: 5, note: 'Filing the claim online is fairly easy to follow' },
        { stageId: 'claim-progress', score: 3, note: 'Never told how it is going; had to phone for progress' },
      ],
      'my-account': [
        { stageId: 'login', score: 6, note: 'Knows her password, gets in with no fuss' },
        { stageId: 'dashboard', score: 4, note: 'Can\'t get one summary of her three policies' },
        { stageId: 'manage-details', score: 6, note: 'Changes her address with no trouble' },
        { stageId: 'view-products', score: 4, note: 'The policy details screen is cluttered and tough to skim' },
        { stageId: 'member-benefits', score: 6, note: 'Happy to stumble on a discount she hadn\'t heard of' },
      ],
    },
  },
  {
    id: 'liam-hart',
    name: 'Liam Hart',
    photo: 'https://api.dicebear.com/7.x/personas/svg?seed=Liam',
    initials: 'LH',
    age: 27,
    location: 'Perth Metro',
    occupation: 'Junior Architect',
    familyStatus: 'Single, rents with three flatmates',
    memberSince: '2022',
    products: ['Car Insurance'],
    digitalConfidence: 'High',
    preferredChannel: 'Digital self-service',
    tagline: 'First-time buyer of cover, watches every dollar',
    quote: 'I\'d rather sort it online — if it drags past 10 minutes or means ringing someone, I\'m out.',
    goals: [
      'Be quoted and covered in less than 10 minutes',
      'Know precisely what he\'s insured for without wading through jargon',
      'Feel sure he\'s not paying more than rival insurers charge',
    ],
    frustrations: [
      'Forms that demand lots of details at the start with no reason given',
      'Quotes that don\'t line up with the figures comparison sites gave',
      'Being made to ring up to finish a task meant to be self-service',
    ],
    behaviours: [
      'Checks at least 4 insurers on QuoteHub or CoverCompare before choosing',
      'Drops out of a quote flow when it lags or poses puzzling questions',
      'Scans Google reviews and Reddit posts before signing with an unfamiliar insurer',
    ],
    scenarios: [
      {
        title: 'Quote for his first car',
        description: 'Liam has just picked up a second-hand ute and must be insured before the week is out. He begins on his mobile over lunch, gets halfway through the building details page, and gives up when he can\'t say what his roof is made of.',
      },
      {
        title: 'Yearly renewal review',
        description: 'When renewal comes, Liam takes 25 minutes weighing TMA\'s price against rivals. He spots an insurer $9/month cheaper and moves over without ringing TMA.',
      },
    ],
    linkedJourneys: [
      { id: 'quote-to-buy', name: 'Quote to Buy' },
    ],
    personaEmotions: {
      'quote-to-buy': [
        { stageId: 'start-quote', score: 3, note: 'Puzzled by the kinds of cover, can\'t tell which one suits him' },
        { stageId: 'home-address', score: 6, note: 'Finds the address fast, easy step' },
        { stageId: 'home-use', score: 5, note: 'Easy question, nothing hard' },
        { stageId: 'building-info', score: 2, note: 'Can\'t say what the walls or roof are made of — almost quits' },
        { stageId: 'contents-cover', score: 4, note: 'Swamped by choices, takes a stab at the sum insured' },
        { stageId: 'policy-holders', score: 4, note: 'Irritated at the amount of personal detail demanded' },
        { stageId: 'your-quote', score: 3, note: 'Quote comes in above the comparison site figure — thinks about walking away' },
        { stageId: 'summary-purchase', score: 5, note: 'Buys but doubts he landed the cheapest option' },
      ],
    },
  },
  {
    id: 'ritu-kapoor',
    name: 'Ritu Kapoor',
    photo: 'https://api.dicebear.com/7.x/personas/svg?seed=Ritu',
    initials: 'RK',
    age: 37,
    location: 'Perth CBD',
    occupation: 'Senior Management Accountant',
    familyStatus: 'In a relationship, no kids',
    memberSince: '2016',
    products: ['Car Insurance', 'Home & Contents'],
    digitalConfidence: 'High',
    preferredChannel: 'Mixed',
    tagline: 'Mid-career specialist who prizes openness over everything',
    quote: 'Simply explain why my premium rose. Don\'t leave me guessing.',
    goals: [
      'See plainly what made her premium shift from one year to the next',
      'Be sure what she\'s insured for before lodging any claim',
      'Sort problems out online, yet reach an expert human when it matters',
    ],
    frustrations: [
      'Unexplained premium rises with no itemised list showing what moved',
      'After two claims, she senses her loyalty isn\'t valued at all',
      'Policy wording runs long and key exclusions are impossible to pick out',
    ],
    behaviours: [
      'Saves and studies her PDS before agreeing to a renewal',
      'Relies on online self-service for everyday jobs; phones when a lot is riding on it',
      'Keeps a log of past claims and checks cover against last year',
    ],
    scenarios: [
      {
        title: 'Price rise at renewal time',
        description: 'Ritu gets a renewal notice showing a 16% rise. She expects a line-by-line account before agreeing. The notice doesn\'t include it, so she rings — and waits on hold for 25 minutes.',
      },
      {
        title: 'A second claim inside two years',
        description: 'Ritu has to file another claim. She\'s nervous about what it could do to her premium and wants to know the consequences in advance, but can\'t locate those details online.',
      },
    ],
    linkedJourneys: [
      { id: 'insurance', name: 'Insurance' },
      { id: 'renewals', name: 'Renewals' },
      { id: 'claims', name: 'Claims' },
    ],
    personaEmotions: {
      renewals: [
        { stageId: 'renewal-notice', score: 3, note: 'A 16% jump — the notice gives no reason' },
        { stageId: 'review-renewal', score: 2, note: 'Can\'t work out what moved; annoyed at how little is disclosed' },
        { stageId: 'adjust-or-accept', score: 5, note: 'Agrees after a lengthy call, though still unhappy' },
      ],
      claims: [
        { stageId: 'incident-occurs', score: 3, note: 'Vehicle dinged in a shopping centre lot — tense, fearful of what it does to her premium' },
        { stageId: 'lodge-claim', score: 6, note: 'Filing steps are easy to follow; photo uploads go smoothly' },
        { stageId: 'claim-progress', score: 4, note: 'Receives a single progress email but wants a clearer view of timing' },
      ],
    },
  },
