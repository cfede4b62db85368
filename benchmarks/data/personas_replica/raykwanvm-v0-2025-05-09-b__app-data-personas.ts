export const PERSONAS = [
  {
    name: "Leah",
    title: "The Busy Professional",
    age: 31,
    occupation: "Product Marketing Lead at a fintech company",
    location: "The Loop, Chicago",
    goals: [
      "Keep worry and tension under control",
      "Settle into a self-care habit she can keep up",
    ],
    painPoints: [
      "Hardly any spare hours in the week",
      "Swamped by how many wellness choices exist",
    ],
    behaviors: [
      "Goes to evening classes at studios close to work",
      "Opens the Balance app every now and then",
    ],
    needs: [
      "Meditation sittings after work or over lunch",
      "A quiet, easy-to-reach room close to the office",
    ],
    quote:
      "I need one plain, steady habit that lets me step away from the noise of the job.",
    imgSrc: "/personas/p1.jpg",
  },
  {
    name: "Gordon",
    title: "The Skeptical Professional",
    age: 52,
    occupation: "Tax Attorney",
    location: "River North, Chicago",
    goals: ["Lower stress and sharpen concentration", "Sleep more soundly"],
    painPoints: [
      'Wary of anything that sounds "new-agey"',
      "Packed calendar, wants methods with proof behind them",
    ],
    behaviors: [
      "Follows podcasts about brain science and high performance",
      "Willing to try mindfulness if studies support it",
    ],
    needs: [
      "Meditation teaching grounded in research",
      "Short sessions that get to the point",
      "Sessions early in the day or late in the evening",
    ],
    quote: "Prove it makes my days better, and I'll give it a real try.",
    imgSrc: "/personas/p2.jpg",
  },
  {
    name: "Devin",
    title: "The Curious Beginner",
    age: 24,
    occupation: "Master's Student in Cognitive Science",
    location: "Logan Square, Chicago",
    goals: [
      "Find out what mindfulness can do for mental health",
      "Pick up some ways to meditate",
    ],
    painPoints: [
      "Put off by religious, mystical or otherworldly traditions",
      "Gets by on a tight student budget",
    ],
    behaviors: [
      "Watches mindfulness videos on YouTube",
      "Reads popular books on the brain and meditation",
    ],
    needs: [
      "Beginner sessions or low-key neighbourhood classes",
      "Teaching that leans on evidence and explanation",
      "Pay-what-you-can rates or discounts for students",
    ],
    quote:
      "I'm willing to try it, I just want something down-to-earth that welcomes first-timers.",
    imgSrc: "/personas/p3.jpg",
  },
  {
    name: "Nadia",
    title: "The Mindfulness Graduate",
    age: 40,
    occupation: "Art Director at a branding studio",
    location: "Wicker Park, Chicago",
    goals: [
      "Go past quick stress relief toward real change in how she lives",
      "Learn where mindfulness actually comes from, beyond apps and office seminars",
      "Settle on a practice that builds lasting understanding and a clear mind",
    ],
    painPoints: [
      "Finds that secular mindfulness chases output and efficiency instead of freedom or wisdom",
      "Let down that most office wellness schemes skip any moral or big-picture questions",
      "Has stalled on app sessions and brief courses and senses a gap she can't yet name",
    ],
    behaviors: [
      "Finished an eight-week MBCT course and still uses apps such as Waking Up or Ten Percent Happier",
      "Goes to mindfulness sessions at work and reads best-sellers about meditation and the brain",
      "Has begun dipping into Buddhist writings, though the devotional wording puts her off",
    ],
    needs: [
      "A friendly way into serious Buddhist practice that doesn't feel churchy or rigid",
      "Teaching that ties mindfulness to insight (say, impermanence, non-self, right conduct) in plain terms",
      "A group of committed meditators who care more about understanding than achievement",
      'Chances to practise and study with guidance and no push to "join" or sign up to a creed',
    ],
    quote:
      "Mindfulness got me through burning out, but now I want something that shows me who I am, not just how to cope.",
    imgSrc: "/personas/p4.jpg",
  },
  {
    name: "Walter",
    title: "The Senior Seeking Connection",
    age: 75,
    occupation: "Retired School Principal",
    location: "Lincoln Park, Chicago",
    goals: [
      "Keep his mind quick and his moods steady",
      "Spend time with other people somewhere calm",
    ],
    painPoints: [
      "Has felt cut off from people since he stopped working",
      "Gets around slowly; would rather meet face to face than online",
    ],
    behaviors: [
      "Joins classes at the neighbourhood senior centre",
      "Tries a little qigong and some guided sitting",
    ],
    needs: [
      "Rooms and facilities that suit older visitors",
      "Chances to socialise, such as tea afterwards or talk groups",
      "Slow movement classes and programmes on ageing mindfully",
    ],
    quote: "What matters is calm, being here now, and feeling I belong somewhere.",
    imgSrc: "/personas/p5.jpg",
  },
  {
    name: "Clara",
    title: "The Culturally Curious Student",
    age: 20,
    occupation: "Undergraduate, Asian Languages and Cultures Major",
    location: "Hyde Park, Chicago",
    goals: [
      "Try meditation as a way into the philosophy of East Asia",
      "Learn the cultural background of Buddhism and mindfulness",
    ],
    painPoints: [
      "Squeezed for time between lectures, a part-time job, and coursework",
      "Can't easily find places that respect the cultural roots instead of borrowing them",
    ],
    behaviors: [
      "Takes Mandarin and reads classical Chinese texts",
      "Goes to East Asian cinema nights, guest talks, and tea gatherings",
      "Does simple breathing exercises she picked up in a seminar",
    ],
    needs: [
      "Classes that explain where the practice came from (for instance its Chan/Zen lineage)",
      "Drop-in times that fit around her week and are easy to reach on the L",
    ],
    quote:
      "I'd like to meet meditation on its own terms, not as the latest self-care fad.",
    imgSrc: "/personas/p6.jpg",
  },
  {
    name: "Wei",
    title: "The Dedicated Chan Practitioner",
    age: 49,
    occupation: "Operations Manager",
    location: "Chinatown, Chicago",
    goals: [
      "Take his Chan practice further within the Cloud Gate lineage",
      "Bring Buddhist values into his home life and his job",
    ],
    painPoints: [
      "Rarely has the time to drive out to the Cloud Gate Retreat Center in Wisconsin",
      "Hard to find nearby groups that stay true to classic Chan and rest on genuine teachings passed down through a lineage",
    ],
    behaviors: [
      "Keeps up silent sitting, slow walking practice, and study of the precepts",
      "Goes on retreat at Cloud Gate Retreat Center whenever he can",
      "Joins Dharma talks and lineage study circles online",
    ],
    needs: [
      "Teachers or leaders with real transmission or many years inside the tradition",
      "Room for committed group practice (for instance long sits, ceremonial parts)",
      "Ways to give back (helping out, leading practice circles, and so on)",
    ],
    quote:
      "Real practice means dropping the fixation on me, not just feeling peaceful for sixty minutes.",
    imgSrc: "/personas/p7.jpg",
  },
  {
    name: "Rafael",
    title: "The Seasoned Vipassana Practitioner",
    age: 42,
    occupation: "Founder of a Software Company",
    location: "Andersonville, Chicago",
    goals: [
      "Deepen her understanding of how the mind works and why it suffers",
      "Keep practising steadily in the gaps between long retreats",
      "Find a quiet, uncluttered place to sit in silence alongside others",
      "Meet people who take meditation as seriously as she does",
    ],
    painPoints: [
      "Finds it hard to carry retreat clarity back into ordinary days",
      "Lots of centres come across as too top-down, churchy, or bound by custom",
      "Tried some Zen groups but the long bowing and ceremony felt off-putting and got in the way",
    ],
    behaviors: [
      "Sits a 10-day and a month-long silent retreat every year",
      "Does vipassana and loving-kindness practice at home each day",
      "Reads the early suttas as well as modern meditation teachers",
    ],
    needs: [
      "A friendly, pared-back room to meditate quietly with other people",
      "Openness: a group that welcomes meditators from any tradition or from none",
      "Now and then, sessions on studying the suttas or putting mindfulness to work",
    ],
    quote:
      "I can do without chants and robes; all I want is a calm room where people sit together honestly.",
    imgSrc: "/personas/p8.jpg",
  },
  {
    name: "Jordan",
    title: "The Recovering Lotus Crown Devotee",
    age: 44,
    occupation: "Service Designer at a community health charity",
    location: "Pilsen, Chicago",
    goals: [
      "Go further in meditation and Dharma study in a manner that feels honest and ethical",
      "Find fellow practitioners who think alike without any pressure to fit in",
      "Dig into teachings on emptiness through Vasubandhu, Asanga, and the earliest sutras",
    ],
    painPoints: [
      "Left bruised by the Lotus Crown abuse scandals they lived through and now distrust groups built around one teacher",
      "Doubtful of ranked organisations or groups that revolve around a founding leader",
      "Sees a lot of Buddhist centres as too worshipful, too inflexible, or too quick to brush off abuse reports",
    ],
    behaviors: [
      "Keeps a firm meditation practice on their own",
      "Reads Vasubandhu and Asaṅga on a regular basis",
      "Drops into open Dharma talks now and then but seldom joins a group until trust is earned",
    ],
    needs: [
      "A morally sound, flat practice space with open and accountable leaders",
      "Dharma teaching rooted in the texts but free of rigid doctrine",
      "Group options that put questioning together ahead of belief or membership",
      "Regard for serious philosophy with no devotional rites required",
    ],
    quote:
      "I haven't lost faith in the Dharma. It just can't come with gatekeepers, guru worship, and using spirituality to dodge hard things.",
    imgSrc: "/personas/p9.jpg",
  },
  {
    name: "Lucia",
    title: "The Wounded Seeker",
    age: 34,
    occupation: "Family Counselor",
    location: "Albany Park, Chicago",
    goals: [
      "Find her way back to something sacred free of guilt, shame, or ranks",
      "Grow calm and emotional strength through meditation",
      "Work out her own spirituality, with room to question and to heal",
    ],
    painPoints: [
      "Raised in a strict Pentecostal home that stressed obeying and sinning more than kindness and knowing oneself",
      "Religious wording, ranks, and spiritual authority run by men still set her on edge",
      "Afraid of slipping back into judging herself spiritually or trying to please everyone when she joins a new group",
    ],
    behaviors: [
      "Does yoga and guided meditation on apps and at the odd retreat",
      "Reads memoirs and follows podcasts by seekers, people healing from trauma, and those who left religion",
      "Tries out different spiritual groups but tends to walk away if they feel preachy or showy",
    ],
    needs: [
      "A soft, undogmatic first step into Buddhist practice that invites questions and honours her healing",
      "Teachers and guides who understand trauma and don't lean on strict rank or command",
      "A place where quiet, ritual, or beauty can be felt without being told to &quot;believe&quot;",
      "A group founded on ethics and honesty instead of rules, rank, or showy devotion",
    ],
    quote:
      "I haven't given up on the spiritual life, but I've given up on guilt, shame, and following leaders without question.",
    imgSrc: "/personas/p10.jpg",
  },
];

export interface Persona {
  name: string;
  title: string;
  age: number;
  occupation: string;
  location: string;
  goals: string[];
  painPoints: string[];
  behaviors: string[];
  needs: string[];
  quote: string;
  imgSrc: string;
}
