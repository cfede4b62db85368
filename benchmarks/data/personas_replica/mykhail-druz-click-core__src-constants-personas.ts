export const personas = [
  {
    name: "Founder Fiona",
    description: "Pre-seed founder looking for quick experiments, a sharp market message, and angel money.",
    goals: [
      "Test the core idea fast",
      "Ship a first version on a shoestring",
      "Raise a first angel round"
    ],
    challenges: [
      "Little hands-on engineering know-how",
      "Runway funded from personal savings",
      "No clear read on demand"
    ]
  },
  {
    name: "Intrapreneur Igor",
    description: "Enterprise manager running new internal ventures, looking for leaner ways of working.",
    goals: [
      "Shorten the experiment loop",
      "Work around enterprise bureaucracy",
      "Show results leadership can count"
    ],
    challenges: [
      "Approval layers and internal politics",
      "Old platforms that resist change",
      "Getting departments pulling together"
    ]
  },
  {
    name: "Growth-Stage Grace",
    description: "Leader of a fast-growing company who needs automation, dashboards, and plans to stay competitive.",
    goals: [
      "Streamline day-to-day processes",
      "Grow without waste",
      "Win a larger slice of the market"
    ],
    challenges: [
      "Deciding where people and money go",
      "Shortcuts in the codebase piling up",
      "Keeping up the growth rate"
    ]
  }
];