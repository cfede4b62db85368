export const personas = [
  {
    id: 1,
    name: 'Priya Nair',
    role: 'Casual Fan',
    age: 24,
    image: 'https://placehold.co/120x120/f97316/white?text=PN',
    goals: ['Catch the big matches live', 'Keep up with favourite squads', 'Chat with other viewers'],
    frustrations: ['Confusing group-stage and playoff formats', 'Live broadcasts that are hard to find', 'No way to watch with friends'],
    interaction: 'Mostly on her phone, skims highlight clips, joins the live chat'
  },
  {
    id: 2,
    name: 'Diego Ramos',
    role: 'Competitive Player',
    age: 20,
    image: 'https://placehold.co/120x120/22c55e/white?text=DR',
    goals: ['Follow his own match numbers', 'Scout rival team tactics', 'See upcoming scrim times'],
    frustrations: ['Stats that update unevenly between events', 'Brackets that are hard to read', 'Too few saved match replays'],
    interaction: 'Laptop plus phone, numbers-driven, opens the app several times a day'
  },
  {
    id: 3,
    name: 'Kenji Mori',
    role: 'Event Organizer',
    age: 31,
    image: 'https://placehold.co/120x120/eab308/white?text=KM',
    goals: ['Run venue and schedule logistics', 'Keep an eye on turnout', 'Stay in sync with team captains'],
    frustrations: ['Messages lost between staff and teams', 'Updates that never arrive in real time', 'Staff and equipment spread too thin'],
    interaction: 'Tablet and laptop, admin dashboards, follows events as they happen'
  }
];


